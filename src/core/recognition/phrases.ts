// The words that mark the linking flow, compared after `norm()` (lower-case, single spaces,
// `cm/ecf` spelled one way). Examples that must and must not match: phrases.examples.ts.
import type { ErrorReason } from './types';

const END = '[.:!]?$';

/** "Link a CM/ECF account to my PACER account", as a whole label (not a sentence about it). */
const LINK_ITEM = new RegExp(
  `^link (?:a |an |my |your )?(?:cm/ecf|ecf) (?:filer )?(?:account|login) to (?:my |your |an? )?(?:upgraded )?pacer (?:account|login)${END}`,
);
export function isLinkItemLabel(words: string): boolean {
  // The prefix test first: most labels fail it, and then the long pattern need not even be compiled.
  return words.startsWith('link ') && LINK_ITEM.test(words);
}

/** "NextGen Release 1.1 Menu Items": the Utilities link to the page that holds the item in some courts. */
const NEXTGEN_MENU = new RegExp(`^next ?gen (?:cm/ecf )?release [0-9.]+ menu items?${END}`);
export function isNextGenMenuLabel(words: string): boolean {
  return words.startsWith('next') && NEXTGEN_MENU.test(words);
}

/** Words that say the page is about linking a CM/ECF account and a PACER account. */
const LINKING_CONTEXT = /\blink(?:ed|ing|s)?\b.{0,80}\b(?:pacer|cm\/ecf)\b|\b(?:pacer|cm\/ecf) (?:account|login|username)\b.{0,80}\blink/;
export function mentionsLinking(words: string): boolean {
  return LINKING_CONTEXT.test(words);
}

const SUCCESS = /\b(?:successfully linked|(?:has|have) (?:now )?been (?:successfully )?linked|(?:is|are) now linked|link(?:ing)? (?:was |is |has been )?(?:successful|completed?)\b)/;
const NEGATED = /\bnot (?:been |be )?(?:successfully )?linked|\bunsuccessful|\bcould not\b|\bcannot be linked|\bunable to link|\bfailed\b|\berror\b/;
export function saysLinked(words: string): boolean {
  return SUCCESS.test(words) && !NEGATED.test(words);
}

/** Headings of a help page: an FAQ quotes the success and error messages, but is neither. */
const HELP_HEADLINE = /\b(?:faqs?|frequently asked|help|instructions|how (?:do i|to))\b|\?.*\?/;
export function readsAsHelp(headline: string): boolean {
  return HELP_HEADLINE.test(headline);
}

const FAILURE = /\b(?:error|cannot|can ?not|could not|unable|failed|invalid|incorrect|not (?:be |been )?linked|already (?:been )?linked|not an? upgraded|must (?:first )?be upgraded|legacy (?:pacer )?account|does not match|not recogni[sz]ed|not found)\b/;
export function saysFailed(words: string): boolean {
  return FAILURE.test(words);
}

/** The reason a linking or login failure gives, from its words. */
export function reasonFrom(words: string): ErrorReason {
  if (/\balready (?:been )?linked\b|\blinked to (?:another|a different)\b|\balready associated\b/.test(words)) return 'already-linked';
  if (/\bupgrad|\blegacy (?:pacer )?account\b/.test(words)) return 'not-upgraded';
  if (/\b(?:invalid|incorrect|wrong|does not match|not recogni[sz]ed|not found|login failed|authentication failed)\b/.test(words)) {
    return 'bad-credentials';
  }
  return 'unknown';
}
