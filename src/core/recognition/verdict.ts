// What a page's message reports, judged from the words of its sentences (read on the page by
// message.ts): words count only where the page reports something, not inside instructions ("if
// either account is wrong, click Cancel"), and a rule stated for everyone ("logins containing &
// cannot be linked") is this page's failure only where the page offers no step and it is all
// the page says: shown as an error, or on the linking script's own answer. Pure: words in,
// indices out, so the judging can happen where the page's elements are not.
import type { MessageReading } from './message';
import { isGenericRule, isInstruction, reasonFrom, saysFailed, saysLinked } from './statements';
import type { ErrorReason } from './types';

/** Words of a failure about linking: the accounts, logins, passwords, characters, upgrading. */
const ABOUT_ACCOUNTS = /\b(?:link\w*|connect\w*|associat\w*|accounts?|logins?|user ?names?|passwords?|pacer|cm\/ecf|upgrad\w*|characters?|credentials)\b/;

/** A failure the message reports: which sentence, and the reason its words give. */
export interface Failure {
  readonly at: number;
  readonly reason: ErrorReason;
}

export interface MessageVerdict {
  /** The first sentence reporting the link as made, if any (its index in the reading). */
  readonly linked: number | null;
  /** The failure reported in a block styled as a message (an error box, red or bold text). */
  readonly failedStyled: Failure | null;
  /** The failure reported anywhere in the message. */
  readonly failed: Failure | null;
}

interface Candidate {
  readonly at: number;
  readonly words: string;
  readonly generic: boolean;
}

/** The failure that best says what went wrong: a particular one over a rule, then one with a known reason over one without. */
function bestFailure(candidates: readonly Candidate[]): Failure | null {
  const known = (c: Candidate) => reasonFrom(c.words) !== 'unknown';
  const best = candidates.find((c) => !c.generic && known(c)) ?? candidates.find((c) => !c.generic) ?? candidates.find(known) ?? candidates[0];
  return best ? { at: best.at, reason: reasonFrom(best.words) } : null;
}

export function judgeMessage({ said, context }: MessageReading): MessageVerdict {
  const allowRules = !context.offersStep && (context.answersForm || context.onLinkingScript);
  // The styled blocks' sentences are mostly the whole message's again: each is judged once.
  const judged = new Map<string, boolean>();
  const fails = (words: string) => {
    let verdict = judged.get(words);
    if (verdict === undefined) judged.set(words, (verdict = saysFailed(words) && (context.aboutLinking || ABOUT_ACCOUNTS.test(words)) && !isInstruction(words)));
    return verdict;
  };
  const styled: Candidate[] = [];
  const anywhere: Candidate[] = [];
  let linked: number | null = null;
  said.forEach(({ words, styled: inBlock, asError }, at) => {
    if (inBlock) {
      if (!fails(words)) return;
      const generic = isGenericRule(words);
      if (!generic || (!context.offersStep && (asError || allowRules))) styled.push({ at, words, generic });
      return;
    }
    if (linked === null && saysLinked(words, context.answersForm) && !isInstruction(words)) linked = at;
    if (!fails(words)) return;
    const generic = isGenericRule(words);
    if (!generic || allowRules) anywhere.push({ at, words, generic });
  });
  // Styled failures first: a message box says more than a banner's prose.
  return { linked, failedStyled: bestFailure(styled), failed: bestFailure([...styled, ...anywhere]) };
}
