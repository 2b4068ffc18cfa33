// The page's own message (a success, an error), read as statements: words count only where
// the page reports something, not inside instructions ("if either account is wrong, click
// Cancel"). Read on short pages only (linking pages are short); no layout is read.
import { inMenuBar } from './menubar';
import { saysFailed, saysLinked, statementsOf } from './phrases';
import { norm } from './text';

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'CAPTION', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LEGEND', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL', 'BUTTON', 'LABEL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA']);

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
      if (SKIPPED.has(element.tagName) || element.getAttribute('aria-hidden') === 'true' || inMenuBar(element)) continue;
      const block = BLOCKS.has(element.tagName);
      if (block) flush();
      // A button's or an input's caption is words on the page too ("Submit", "Continue").
      if (element.tagName === 'INPUT' && /^(?:submit|button|reset)$/i.test(element.getAttribute('type') ?? '')) line += ` ${element.getAttribute('value') ?? ''}`;
      visit(element);
      if (block) flush();
    }
  };
  visit(root);
  flush();
  return lines.join('\n');
}

/** Elements that hold a page's message by their role, class or colour. */
const MESSAGE_SELECTOR = [
  '[role=alert]', '[role=status]', '[aria-live]', 'font[color]', '.ui-message', '.ui-messages', '.ui-message-error', '.ui-messages-error',
  '[class*=error i]', '[class*=alert i]', '[class*=message i]', '[class*=msg i]', '[class*=success i]', '[class*=warn i]', '[class*=notice i]', '[class*=confirm i]',
  '[id*=error i]', '[id*=message i]', '[id*=msg i]', '[id*=alert i]', 'b', 'strong',
].join(', ');

export interface Statement {
  readonly words: string;
  /** The smallest block that says it, for the guide to stand beside (not over). */
  readonly element: Element;
}

export interface PageMessage {
  /** The page's first statement reporting the link as made, if any. */
  readonly linked: Statement | null;
  /** The first failure reported in an element styled as a message (an error box, red text). */
  readonly failedStyled: Statement | null;
  /** The first failure reported anywhere in the message words. */
  readonly failed: Statement | null;
}

function statementIn(root: Element, test: (words: string) => boolean): Statement | null {
  for (const words of statementsOf(blockWords(root))) if (test(words)) return { words, element: root };
  return null;
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

/**
 * Reads the message of a short page under `root`. `answersForm`: the page is the answer to the
 * linking form or the verification (flow evidence), which makes looser success words count.
 */
export function readMessage(root: Element, answersForm: boolean): PageMessage {
  const linkedTest = (words: string) => saysLinked(words, answersForm);
  let failedStyled: Statement | null = null;
  for (const element of Array.from(root.querySelectorAll(MESSAGE_SELECTOR))) {
    if (inMenuBar(element) || element.closest('label, button, option, select')) continue;
    failedStyled = statementIn(element, saysFailed);
    if (failedStyled) break;
  }
  const linked = statementIn(root, linkedTest);
  const failed = failedStyled ?? statementIn(root, saysFailed);
  return {
    linked: linked && { words: linked.words, element: narrowest(root, linked.words) },
    failedStyled: failedStyled && { words: failedStyled.words, element: narrowest(failedStyled.element, failedStyled.words) },
    failed: failed && { words: failed.words, element: narrowest(failed.element, failed.words) },
  };
}
