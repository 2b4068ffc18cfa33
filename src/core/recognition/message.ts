// The page's own message (a success, an error): its sentences that hold a word of success or
// failure, with where each was said, read from the page here and judged apart (verdict.ts,
// where the guide decides what to say: the background, for court pages), since what a
// sentence reports is a matter of its words alone. Read on short pages only (linking pages are
// short); no layout is read.
import { inMenuBar } from './menubar';
import { DONE_WORDS, FAILURE_WORDS, holdsOne, sentencesOf } from './phrases';
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

/**
 * One sentence worth judging: a styled block's (an error box, red or bold text, a heading),
 * which can only report a failure, or the whole message's, in reading order.
 */
export interface Said {
  readonly words: string;
  /** Said in a styled block (else in the whole message). */
  readonly styled: boolean;
  /** The block is styled as an error: a rule it states for everyone is this page's failure. */
  readonly asError: boolean;
}

/** How the page frames its message, for the judge: plain flags. */
export interface MessageContext {
  /** The page answers the linking form or the verification (flow evidence): looser success words count. */
  readonly answersForm: boolean;
  /** The page offers a step (the form, the item, the NextGen link): rules stated for everyone are its instructions. */
  readonly offersStep: boolean;
  /** The page's address runs a linking script: a rule it states is the reason it gives. */
  readonly onLinkingScript: boolean;
  /** The page's heading or address is about linking: any failure it reports is about linking (else only one that speaks of the accounts). */
  readonly aboutLinking: boolean;
}

/** The message as the judge needs it: its sentences worth judging and how the page frames them. */
export interface MessageReading {
  readonly said: readonly Said[];
  readonly context: MessageContext;
}

/** A reading of the page's message, with the elements its sentences were said in (they stay on the page). */
export interface PageMessageReading extends MessageReading {
  readonly root: Element;
  /** For each sentence, the block that says it. */
  readonly blocks: readonly Element[];
}

/**
 * The sentences of the message under `root` that can report something: a styled block's that
 * hold a failure word, and the whole message's that hold a failure or a success word. Every
 * other sentence reports nothing, whatever its other words, and is not read further.
 */
export function readMessage(root: Element, context: MessageContext): PageMessageReading {
  const said: Said[] = [];
  const blocks: Element[] = [];
  for (const element of Array.from(root.querySelectorAll(MESSAGE_SELECTOR))) {
    if (inMenuBar(element) || element.closest('label, button, option, select, a')) continue;
    const asError = element.closest(ERROR_SELECTOR) !== null;
    for (const words of sentencesOf(blockWords(element))) {
      if (!holdsOne(FAILURE_WORDS, words)) continue;
      said.push({ words, styled: true, asError });
      blocks.push(element);
    }
  }
  for (const words of sentencesOf(blockWords(root))) {
    if (!holdsOne(FAILURE_WORDS, words) && !holdsOne(DONE_WORDS, words)) continue;
    said.push({ words, styled: false, asError: false });
    blocks.push(root);
  }
  return { said, context, root, blocks };
}

/** The smallest element of the message whose words contain sentence `at`: for the guide to stand beside (not over). */
export function blockOf(message: PageMessageReading, at: number): Element {
  const words = message.said[at]!.words;
  const probe = words.slice(0, 60);
  let best = message.blocks[at]!;
  for (const element of Array.from(best.querySelectorAll('p, div, td, li, dd, h1, h2, h3, h4, h5, h6, font, b, strong, span, center'))) {
    if (!best.contains(element) || inMenuBar(element)) continue;
    if (norm(element.textContent ?? '').includes(probe)) best = element;
  }
  return best;
}
