// The words that mark the linking flow, learnt as meanings rather than fixed strings, and
// compared after `norm()` (lower-case, single spaces, `cm/ecf` spelled one way). Nobody has
// published the linking pages, so each meaning accepts the many ways a court may say it.
// Examples that must and must not match: phrases.examples.ts.
import type { ErrorReason } from './types';

/** Words of help, news and instructions: a label or page with them explains linking, it is not a step of it. */
const EXPLAINS = /\b(?:faqs?|frequently asked|help|instructions?|how (?:do i|to)|guide|tutorial|video|training|learn|about|questions?|news|announcements?|info(?:rmation)?|pdf)\b|\?/;

/** The old account: CM/ECF, ECF, e-filing or filer. */
const OLD_ACCOUNT = /\b(?:cm\/ecf|ecf|e-?fil(?:ing|er)|filer)\b/;

/**
 * How surely a link's words name the linking item, "Link a CM/ECF account to my PACER account"
 * in all its forms: 2 for a label that is plainly it, 1 for a looser one (worth taking only on
 * the Utilities page or when its address agrees), 0 for anything else. Labels are short
 * imperative phrases; a sentence about the item, a help link or the old system's
 * "Change Your PACER Login" are not it.
 */
export function linkItemScore(words: string): 0 | 1 | 2 {
  // Whatever else it says, a label that does not start by linking is not the item: tested first,
  // since it is cheap and nearly every link on a page fails it.
  const startsWithLink = /^(?:link|connect|associate)\b/.test(words) || /^(?:(?:cm\/ecf|pacer|e-?filing) )?accounts? link(?:ing|age)?\b/.test(words);
  if (!startsWithLink) return 0;
  if (words.length > 100 || words.length < 4 || EXPLAINS.test(words) || /\bdefault\b|\bchange\b|^to /.test(words)) return 0;
  // "Link my filer account to my PACER account" is the courts of appeals' own item: not this flow.
  if (/\bfiler account\b/.test(words) && !/\b(?:cm\/ecf|ecf|e-?filing)\b/.test(words)) return 0;
  const pacer = /\bpacer\b/.test(words);
  if (pacer && OLD_ACCOUNT.test(words)) return 2;
  return pacer || OLD_ACCOUNT.test(words) || /\baccounts?\b/.test(words) ? 1 : 0;
}

export function isLinkItemLabel(words: string): boolean {
  return linkItemScore(words) === 2;
}

/** Whether an address runs a linking script: LinkAcct.pl, LinkAccount.pl, link_account.pl, LinkCMECF.pl, AcctLink.pl. */
export function isLinkingScript(script: string): boolean {
  return /link(?!s\.)|(?:acct|account).{0,3}link/.test(script) && !/^(?:qry|query)|links\.pl$/.test(script);
}

/** "NextGen Release 1.1 Menu Items": the Utilities link to the page that holds the item in some courts. */
const NEXTGEN_MENU = /^(?:next ?gen (?:cm\/ecf )?(?:release )?(?:[0-9.]+ )?(?:new )?menu(?: items?)?|(?:next ?gen )?(?:cm\/ecf )?release [0-9.]+ (?:new )?menu(?: items?)?)[.:!]?$/;
export function isNextGenMenuLabel(words: string): boolean {
  return (words.startsWith('next') || words.includes('release')) && NEXTGEN_MENU.test(words);
}

/** Words that say the page is about linking a CM/ECF account and a PACER account. */
const LINKING_CONTEXT = /\blinking form\b|\b(?:link|connect|associat)\w*\b.{0,80}\b(?:pacer|cm\/ecf)\b|\b(?:pacer|cm\/ecf) (?:account|login|username)\b.{0,80}\b(?:link|connect|associat)|\baccounts? link(?:ing|age)?\b|\blink(?:ing)? (?:your |the |my |these |both )?accounts\b/;
export function mentionsLinking(words: string): boolean {
  return LINKING_CONTEXT.test(words);
}

/** Headings of a help page: an FAQ quotes the success and error messages, but is neither. */
const HELP_HEADLINE = /\b(?:faqs?|frequently asked|help(?! desk)|instructions|how (?:do i|to)|news|announcements?)\b|\?.*\?/;
export function readsAsHelp(headline: string): boolean {
  return HELP_HEADLINE.test(headline);
}

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
 * The sentences of a message block's words (already normalised), instructions still in: a
 * reader asks `isInstruction` only of the few that say something (a failure, a success), so a
 * page that says nothing never runs the instruction rules.
 */
export function sentencesOf(words: string): string[] {
  // Words in quotation marks are quoted (a news page quoting the success message), not said.
  return words
    .replace(/"[^"\n]{0,300}"|“[^”\n]{0,300}”/g, ' "…" ')
    .split(/\n+|(?<=[.!?])\s+|\s*[;•|]\s*/)
    .map((sentence) => sentence.trim().replace(/^(?:error|alert|problem|message|notice|success|warning|caution|important|attention)\s*[:!-]\s*/, (label) => (/^error|^problem/.test(label) ? 'error: ' : '')))
    .filter((sentence) => sentence.length > 2);
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
/**
 * Words every success DONE reads must contain one of (its verbs, and "success", "complete",
 * "done"...): a statement with none of them is no success, and the long pattern never runs on
 * it. A test holds each of DONE's alternatives to this list.
 */
export const DONE_WORDS = ['succe', 'linked', 'connected', 'associated', 'merged', 'tied', 'joined', 'combined', 'paired', 'synchroni', 'processed', 'complet', 'done', 'congratulations', 'established', 'created', 'made', 'set up', 'approved'];

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
  return DONE_WORDS.some((word) => statement.includes(word)) && DONE.test(statement) && (answersForm || ABOUT_USER.test(statement)) && !NEGATED.test(statement);
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
/**
 * Words every failure FAILURE reads must contain one of: a statement with none of them reports
 * no failure, and the long pattern, the costliest the guide runs, never runs on it (most of a
 * page's sentences). A test holds each of FAILURE's alternatives to this list.
 */
export const FAILURE_WORDS = [
  'can', 'could', 'unable', 'able', 'not', 'never', 'fail', 'unsuccessful', 'denied', 'rejected', 'refused', 'invalid', 'incorrect', 'wrong', 'unknown',
  'unrecogni', 'match', 'no ', 'error', 'already', 'previously', 'another', 'upgrad', 'legacy', 'found', 'duplicate', 'contain', 'again', 'did', 'time',
  'unavailable', 'respond', 'expired',
];

export function saysFailed(statement: string): boolean {
  return FAILURE_WORDS.some((word) => statement.includes(word)) && FAILURE.test(statement);
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
