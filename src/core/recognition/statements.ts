// What a page's statements report, from their words: a success, a failure and its reason, or
// only an instruction or a rule stated for everyone. Judged where the guide decides what to say
// (the background, for court pages: their scripts carry none of these patterns), on the few
// sentences that hold a word of success or failure (phrases.ts). Examples: phrases.examples.ts.
import { DONE_WORDS, FAILURE_WORDS, holdsOne } from './phrases';
import type { ErrorReason } from './types';

/**
 * A sentence that tells the user what to do, or what would happen if: "If either account is
 * wrong, click Cancel", "Passwords are case sensitive", "Once linked, press F5". Its words
 * describe outcomes without reporting one, so they never decide success or failure.
 */
const INSTRUCTION_START = /^(?:if|when|whenever|unless|once|after|before|until|while|in case|in order|to (?!the\b)\w+|please|kindly|make sure|be sure|ensure|note|remember|tip|reminder|do not|don't|never|always|you (?:may|can|might|will be asked|will need)|click|select|enter|type|press|choose|contact|call|e-?mail|return|go|use|check|verify|confirm|review|refresh|log (?:in|out) (?:with|again|to|using|and)|each|every|all (?:filers|users|attorneys))\b/;
const INSTRUCTION_ANYWHERE = /\b(?:if|unless|in case|whether)\b|\bcase[- ]sensitive\b|\bwill be (?:locked|disabled|suspended)\b|\bafter \w+ (?:failed|unsuccessful|invalid|incorrect)\b|\b(?:must|should) (?:never|not)\b|\b(?:can|may|will|would|could|should) (?:be (?:reset|changed|unlocked|looked up|recovered|found)|also|only|always|still)\b/;
export function isInstruction(sentence: string): boolean {
  // A question asks ("Not upgraded?", "Receiving an error?"); it reports nothing.
  if (sentence.endsWith('?')) return true;
  // "Please upgrade your PACER account, then try linking again" tells of a failure, unless it is only a possibility ("if ...").
  if (/\btry (?:\w+ )?again\b/.test(sentence) && !/\b(?:if|unless|when|in case)\b/.test(sentence)) return false;
  return INSTRUCTION_START.test(sentence) || INSTRUCTION_ANYWHERE.test(sentence);
}

/**
 * A rule stated for everyone ("Logins containing special characters cannot be linked", "Legacy
 * PACER accounts must be upgraded first"): on a page that offers the step it is an instruction.
 * A report names this user's account ("this", "your", "that login").
 */
export function isGenericRule(statement: string): boolean {
  return (
    (/^(?:only |all |no |note:? |over |more than |nearly |about |almost |some |many |most |several |[\d,]+ )*(?:(?:legacy|upgraded|shared|firm|individual) )?(?:(?:pacer|cm\/ecf|ecf|e-?filing) )?(?:logins|accounts|users|filers|attorneys|lawyers|parties|members|people|passwords|usernames|special characters|characters|those|anyone|everyone)\b/.test(statement) ||
      /^(?:failed|invalid|incorrect|unsuccessful|expired|repeated) (?:attempts|logins|passwords|entries|requests|codes)\b/.test(statement)) &&
    !/\b(?:your|this|that|the following)\b/.test(statement)
  );
}

/** The words for two accounts made one: linked, and the other verbs courts may use for it. */
const JOINED = '(?:linked|connected|associated|merged|tied(?: together)?|joined|combined|paired|synchroni[sz]ed)';

/** Linked, connected, associated, complete: said as done (not "will be", not "to link"). */
export const DONE = new RegExp(
  [
    `\\bsuccessfully (?:${JOINED}|processed|completed)\\b`,
    `\\b(?:has|have|had) (?:now )?(?:been )?(?:successfully )?${JOINED}\\b`,
    `\\b(?:is|are|were|was) (?:now |successfully |all )*${JOINED}\\b`,
    '\\b(?:link|linking|connection|association|account linking)(?: request| process)? (?:was |is |has been )?(?:successful|succeeded|completed?|done)\\b',
    `\\b(?:${JOINED}|processed|completed) successfully\\b`,
    '\\b(?:link|connection|association)\\b.{0,60}\\b(?:has been|have been|was|is now) (?:established|created|made|set up|completed|processed)\\b',
    '\\brequest\\b.{0,60}\\b(?:has been|was) (?:processed|completed|approved)\\b',
    '^(?:success|done|complete|linked|connected|congratulations)\\b',
  ].join('|'),
);
/** A success said about these accounts: to the user, about "the accounts", or with the accounts as its subject. */
const ABOUT_USER =
  /\b(?:you|your)\b|\b(?:the|this|these|both)(?: two| following)? (?:(?:cm\/ecf|ecf|pacer|filer|e-?filing) )?(?:accounts?|logins?)\b|^(?:(?:the )?(?:cm\/ecf|ecf|pacer|filer|e-?filing) (?:accounts?|logins?)|accounts?|(?:account )?link(?:ing)?|connection|association|success|done|complete|linked|connected|congratulations)\b|\b(?:the |account )?link(?:ing)? (?:request |process )?(?:was|is|has)\b/;
const NEGATED = /\b(?:not|never|no longer|un(?:able|successful)|could ?n[o']t|can ?n[o']t|failed|fail(?:ure)?|error|denied|rejected|already|previously|another|a different)\b/;

/**
 * Whether one statement reports the accounts as linked. Without evidence that the page answers
 * the linking form, it must speak to the user or of the accounts ("your accounts are now
 * connected"): a news page's "500 attorneys have linked" reports nothing about this user.
 */
export function saysLinked(statement: string, answersForm = false): boolean {
  // On the page that answers the verification, a success said any way is this link's success.
  return holdsOne(DONE_WORDS, statement) && DONE.test(statement) && (answersForm || ABOUT_USER.test(statement)) && !NEGATED.test(statement);
}

/** A failure reported: the link, the login or the request did not go through. */
export const FAILURE = new RegExp(
  [
    '\\b(?:could ?n[o\']t|can ?n[o\']t|cannot|unable to|was not able to|were not able to|not able to)\\b.{0,50}\\b(?:link|connect|associat|verif|validat|find|locate|authenticat|process|complet|log ?in)',
    '\\b(?:not|never) (?:been |be )?(?:successfully )?(?:linked|connected|associated)\\b',
    '\\b(?:failed|failure|unsuccessful|denied|rejected|refused)\\b',
    '\\b(?:invalid|incorrect|wrong|unknown|unrecogni[sz]ed)\\b',
    '\\b(?:do|does|did)(?: not|n\'t) match\\b',
    '\\bnot (?:recogni[sz]ed|found|valid|authorized|permitted|allowed|eligible|supported|accepted)\\b',
    '\\bno (?:such|matching|record of)\\b',
    '^error(?::|\\s*-|$)|\\ban error (?:has )?occurred\\b|\\berror (?:code|number)\\b',
    '\\b(?:already|previously) (?:been )?(?:linked|associated|connected|in use|used)\\b|\\blinked to (?:another|a different)\\b|\\bin use by another\\b',
    '\\bnot (?:been |yet )?(?:an? )?upgraded\\b|\\bnon-?upgraded\\b|\\blegacy (?:pacer )?accounts?\\b|\\bmust (?:first )?(?:be )?upgrad|\\bonly (?:an? )?upgraded\\b',
    '\\bno (?:\\S+ ){0,3}(?:was|were|is|are|could be) found\\b',
    `\\balready\\b.{0,40}\\b${JOINED}\\b|\\bduplicate\\b`,
    '\\b(?:characters?|[&@$*])\\b.{0,50}\\b(?:not (?:be )?(?:allowed|permitted|supported|accepted)|cannot|may not|must not|invalid)\\b|\\b(?:may|must|can) ?not contain\\b|\\binvalid characters?\\b',
    '\\btry (?:\\w+ )?again\\b',
    '\\b(?:did not|didn\'t|failed to|was unable to|were unable to)\\b',
    '\\berror \\d{3}\\b|\\b(?:timed out|time-?out|temporarily unavailable|service unavailable|not respond(?:ing)?)\\b',
    '\\bexpired\\b',
  ].join('|'),
);
export function saysFailed(statement: string): boolean {
  return holdsOne(FAILURE_WORDS, statement) && FAILURE.test(statement);
}

/** The reason a linking or login failure gives, from its words. */
export function reasonFrom(words: string): ErrorReason {
  if (/\b(?:already|previously) (?:been )?(?:linked|associated|connected|in use|used)\b|\balready\b.{0,40}\b(?:linked|associated|connected|tied|merged|joined)\b|\bduplicate\b|\blinked to (?:another|a different)\b|\bin use by another\b/.test(words)) return 'already-linked';
  if (/\bupgrad|\blegacy\b(?! (?:cm\/ecf|ecf|e-?filing|filer|login|system))|\bnon-?upgraded\b/.test(words)) return 'not-upgraded';
  if (/\bcharacters?\b|[&@$*] or [&@$*]|\bampersand\b/.test(words) && /\b(?:cannot|can ?not|not (?:be )?(?:allowed|permitted|supported|accepted)|invalid|unable|contains?)\b/.test(words)) return 'bad-character';
  if (/\b(?:pass ?code|one-?time|verification code|security code|authentication code|mfa|otp|token)\b/.test(words)) return 'bad-passcode';
  if (/\b(?:invalid|incorrect|wrong|unknown|(?:do|does|did)(?: not|n't) match|not recogni[sz]ed|not found|no such|no matching|login failed|authentication failed|could not be verified|not valid)\b|\bno (?:\S+ ){0,3}(?:was|were|is|are|could be) found\b|\b(?:could not|couldn't|cannot|can't|unable to|did not|didn't) (?:find|locate|verify|validate|authenticate|match|recogni[sz]e)\b/.test(words)) {
    return 'bad-credentials';
  }
  return 'unknown';
}
