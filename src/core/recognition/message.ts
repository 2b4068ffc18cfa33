// The page's own message (a success, an error), read as statements: words count only where
// the page reports something, not inside instructions ("if either account is wrong, click
// Cancel"). Read on short pages only (linking pages are short); no layout is read.
import { inMenuBar } from './menubar';
import { isGenericRule, isInstruction, reasonFrom, saysFailed, saysLinked, sentencesOf } from './phrases';
import { norm } from './text';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'LABEL',
]);
/** Not message words: scripts and lists, and the page's links and buttons ("Try again" is a way on, not a report). */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA', 'A', 'BUTTON']);

/** A court's news, banner or tip: its words are announcements for everyone, never this page's message. */
function isBanner(element: Element): boolean {
  return element.tagName === 'MARQUEE' || /news|announce|banner|marquee|ticker|(?:^|[\s_-])tips?(?:$|[\s_-])|sidebar/i.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}

/** An element's words, one normalised line per block (paragraph, cell, heading, line break). */
export function blockWords(root: Element): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const words = norm(line);
    if (words) lines.push(words);
    line = '';
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        line += ` ${child.nodeValue ?? ''}`;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (SKIPPED.has(element.tagName) || element.getAttribute('aria-hidden') === 'true' || inMenuBar(element) || isBanner(element)) continue;
      const block = BLOCKS.has(element.tagName);
      if (block) flush();
      visit(element);
      if (block) flush();
    }
  };
  visit(root);
  flush();
  return lines.join('\n');
}

/** Elements styled as an error: a rule stated for everyone counts as this page's failure only there. */
const ERROR_SELECTOR = [
  '[role=alert]', '.ui-message-error', '.ui-messages-error', '[class*=error i]', '[class*=alert i]', '[id*=error i]', '[id*=alert i]',
  'font[color=red i]', 'font[color="#ff0000" i]', 'font[color="#cc0000" i]', 'font[color="#c00" i]', 'font[color="#b00" i]', '[style*="color:red" i]', '[style*="color: red" i]',
].join(', ');
/** Elements that hold a page's message by their role, class, colour or weight. */
const MESSAGE_SELECTOR = [
  ERROR_SELECTOR, '[role=status]', '[aria-live]', 'font[color]', '.ui-message', '.ui-messages', '[class*=message i]', '[class*=msg i]', '[class*=success i]',
  '[class*=warn i]', '[class*=notice i]', '[class*=confirm i]', '[class*=status i]', '[id*=message i]', '[id*=msg i]', 'b', 'strong', 'h1', 'h2', 'h3', 'h4',
].join(', ');

export interface Statement {
  readonly words: string;
  /** The smallest block that says it, for the guide to stand beside (not over). */
  readonly element: Element;
}

export interface PageMessage {
  /** The page's first statement reporting the link as made, if any. */
  readonly linked: Statement | null;
  /** The failure reported in an element styled as a message (an error box, red or bold text). */
  readonly failedStyled: Statement | null;
  /** The failure reported anywhere in the message words. */
  readonly failed: Statement | null;
}

interface Candidate {
  readonly words: string;
  readonly root: Element;
  readonly generic: boolean;
}

/** The failures among `sentences`, said under `root` (not as instructions), each with whether it is a rule stated for everyone. */
function failuresIn(root: Element, failed: (words: string) => boolean, relevant: (words: string) => boolean, sentences: readonly string[]): Candidate[] {
  return sentences
    .filter((words) => failed(words) && relevant(words) && !isInstruction(words))
    .map((words) => ({ words, root, generic: isGenericRule(words) }));
}

/** The failure that best says what went wrong: a particular one over a rule, then one with a known reason over one without. */
function bestFailure(candidates: readonly Candidate[]): Candidate | null {
  const known = (c: Candidate) => reasonFrom(c.words) !== 'unknown';
  return candidates.find((c) => !c.generic && known(c)) ?? candidates.find((c) => !c.generic) ?? candidates.find(known) ?? candidates[0] ?? null;
}

/** The smallest element under `root` whose words contain the statement. */
function narrowest(root: Element, words: string): Element {
  const probe = words.slice(0, 60);
  let best = root;
  for (const element of Array.from(root.querySelectorAll('p, div, td, li, dd, h1, h2, h3, h4, h5, h6, font, b, strong, span, center'))) {
    if (!best.contains(element) || inMenuBar(element)) continue;
    if (norm(element.textContent ?? '').includes(probe)) best = element;
  }
  return best;
}

const asStatement = (c: Candidate | null): Statement | null => c && { words: c.words, element: narrowest(c.root, c.words) };

export interface MessageContext {
  /** The page answers the linking form or the verification (flow evidence): looser success words count. */
  readonly answersForm: boolean;
  /** The page offers a step (the form, the item, the NextGen link): rules stated for everyone are its instructions. */
  readonly offersStep: boolean;
  /** The page's address runs a linking script: a rule it states is the reason it gives. */
  readonly onLinkingScript: boolean;
  /** Whether a failure is about linking at all ("there are no documents in this case" is not). */
  readonly relevant: (words: string) => boolean;
}

/**
 * Reads the message of a short page under `root`. A rule stated for everyone ("logins
 * containing & cannot be linked") is this page's failure only where the page offers no step
 * and it is all the page says: shown as an error, or on the linking script's own answer.
 */
export function readMessage(root: Element, context: MessageContext): PageMessage {
  const allowRules = !context.offersStep && (context.answersForm || context.onLinkingScript);
  // The styled elements' sentences are mostly the whole message's again: each is judged once.
  const judged = new Map<string, boolean>();
  const failed = (words: string) => {
    let verdict = judged.get(words);
    if (verdict === undefined) judged.set(words, (verdict = saysFailed(words)));
    return verdict;
  };
  const styled: Candidate[] = [];
  for (const element of Array.from(root.querySelectorAll(MESSAGE_SELECTOR))) {
    if (inMenuBar(element) || element.closest('label, button, option, select, a')) continue;
    const asError = element.matches(ERROR_SELECTOR) || element.closest(ERROR_SELECTOR) !== null;
    for (const candidate of failuresIn(element, failed, context.relevant, sentencesOf(blockWords(element)))) {
      if (!candidate.generic || (!context.offersStep && (asError || allowRules))) styled.push(candidate);
    }
  }
  // Styled failures first: a message box says more than a banner's prose.
  // The whole message's sentences, read once for its failures and its success.
  const sentences = sentencesOf(blockWords(root));
  const anywhere = failuresIn(root, failed, context.relevant, sentences).filter((c) => !c.generic || allowRules);
  const linked = sentences.find((words) => saysLinked(words, context.answersForm) && !isInstruction(words)) ?? null;
  const failedStyled = bestFailure(styled);
  return {
    linked: linked ? { words: linked, element: narrowest(root, linked) } : null,
    failedStyled: asStatement(failedStyled),
    failed: asStatement(bestFailure([...styled, ...anywhere])),
  };
}
