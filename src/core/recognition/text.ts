// Words compared by meaning: case, spacing, non-breaking spaces and split labels
// (`<u>U</u>tilities`) must not matter. Nothing here reads layout.
import { readableText } from './page-shape';

/** Lower-case, single-spaced, trimmed; `cm / ecf` and `cmecf` read as `cm/ecf`. */
export function norm(text: string): string {
  // \s already holds the non-breaking and typographic spaces; the zero-width space is added.
  const words = text.toLowerCase().replace(/[\s\u200b]+/g, ' ');
  // Most words name no CM/ECF: the spelling is mended only where one may.
  return (words.includes('ecf') ? words.replace(/\bcm ?\/ ?ecf\b|\bcmecf\b/g, 'cm/ecf') : words).trim();
}

/** The element's words as written (case kept), single-spaced, for reports and callouts. */
export function displayText(element: Element | null | undefined, max = 120): string {
  if (!element) return '';
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The element's words, normalised for comparison. */
export function wordsOf(element: Element | null | undefined): string {
  return element ? norm(element.textContent ?? '') : '';
}

/** The page's `<label for>` elements by the id they name, built once per look at the page. */
let labelIndex: { readonly doc: Document; readonly byFor: Map<string, Element> } | null = null;

function labelsOf(doc: Document): Map<string, Element> {
  if (labelIndex?.doc !== doc) {
    const byFor = new Map<string, Element>();
    for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
      const id = label.getAttribute('for');
      if (id && !byFor.has(id)) byFor.set(id, label);
    }
    labelIndex = { doc, byFor };
  }
  return labelIndex.byFor;
}

/**
 * Forgets the label index: classify calls this at the start and end of each look, since the
 * page may have changed in between (and a page of thousands of fields must not cost a scan of
 * every label per field).
 */
export function forgetLabels(): void {
  labelIndex = null;
}

/**
 * The words that name a form field: its `<label for>`, a wrapping `<label>`, the table cell
 * before it (CM/ECF's layout), then aria-label, placeholder or title.
 */
export function fieldLabel(input: Element): string {
  const id = input.getAttribute('id');
  const byFor = id ? labelsOf(input.ownerDocument).get(id) : undefined;
  if (byFor) return displayText(byFor);
  const wrapping = input.closest('label');
  if (wrapping) return displayText(wrapping);
  const previousCell = input.closest('td, th')?.previousElementSibling;
  if (previousCell) return displayText(previousCell);
  return (input.getAttribute('aria-label') ?? input.getAttribute('placeholder') ?? input.getAttribute('title') ?? '').trim();
}

export interface BoundedText {
  /** Normalised words of a short element; '' when it is long (see `complete`). */
  readonly text: string;
  /** Whether the element's words fit the budget (a short page), and so were read. */
  readonly complete: boolean;
}

/**
 * The words of an element, skipping scripts and styles, if they are at most `budget`
 * characters. Linking pages are short; a megabyte docket report is told long by the browser's
 * own count of its text, before any of it is walked node by node here.
 */
export function boundedText(root: Node | null, budget: number): BoundedText {
  if (!root) return { text: '', complete: true };
  const { length, held } = readableText(root);
  if (length > budget) return { text: '', complete: false };
  const doc = root.ownerDocument ?? (root as Document);
  // The browser hands over text nodes only, not every element too; the few skipped elements
  // are passed in document order, alongside.
  const walker = doc.createTreeWalker(root, 0x4 /* text */);
  const parts: string[] = [];
  let k = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let position = k < held.length ? held[k]!.compareDocumentPosition(node) : 0;
    // Past a skipped element (the node follows it and is not inside it): on to the next one.
    while (k < held.length && position & FOLLOWING && !(position & CONTAINED)) {
      k++;
      position = k < held.length ? held[k]!.compareDocumentPosition(node) : 0;
    }
    if (!(position & CONTAINED)) parts.push(node.nodeValue ?? '');
  }
  return { text: norm(parts.join(' ')), complete: true };
}

const FOLLOWING = 0x4; // Node.DOCUMENT_POSITION_FOLLOWING, without the Node global (Node.js)
const CONTAINED = 0x10; // Node.DOCUMENT_POSITION_CONTAINED_BY
