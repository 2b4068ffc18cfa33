// The words that mark the linking flow, learnt as meanings rather than fixed strings, and
// compared after `norm()` (lower-case, single spaces, `cm/ecf` spelled one way). Nobody has
// published the linking pages, so each meaning accepts the many ways a court may say it.
// What a message's statements report (a success, a failure, an instruction) is read in
// statements.ts, where the page's words are judged (the background, for court pages).
// Examples that must and must not match: phrases.examples.ts.

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
 * Words every success must contain one of (the verbs for accounts made one, and "success",
 * "complete", "done"...; statements.ts, DONE): a statement with none of them reports no success.
 * A test holds each alternative of DONE to this list.
 */
export const DONE_WORDS = ['succe', 'linked', 'connected', 'associated', 'merged', 'tied', 'joined', 'combined', 'paired', 'synchroni', 'processed', 'complet', 'done', 'congratulations', 'established', 'created', 'made', 'set up', 'approved'];

/**
 * Words every failure must contain one of (statements.ts, FAILURE): a statement with none of
 * them reports no failure. Most of a page's sentences have none, and are never judged. A test
 * holds each alternative of FAILURE to this list.
 */
export const FAILURE_WORDS = [
  'can', 'could', 'unable', 'able', 'not', 'never', 'fail', 'unsuccessful', 'denied', 'rejected', 'refused', 'invalid', 'incorrect', 'wrong', 'unknown',
  'unrecogni', 'match', 'no ', 'error', 'already', 'previously', 'another', 'upgrad', 'legacy', 'found', 'duplicate', 'contain', 'again', 'did', 'time',
  'unavailable', 'respond', 'expired',
];

/** Whether a statement holds one of `words` (a word list above). */
export function holdsOne(words: readonly string[], statement: string): boolean {
  return words.some((word) => statement.includes(word));
}
