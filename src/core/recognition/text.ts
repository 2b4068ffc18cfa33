// Words compared by meaning: case, spacing, non-breaking spaces and split labels
// (`<u>U</u>tilities`) must not matter. Nothing here reads layout.

/** Lower-case, single-spaced, trimmed; `cm / ecf` and `cmecf` read as `cm/ecf`. */
export function norm(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\bcm ?\/ ?ecf\b|\bcmecf\b/g, 'cm/ecf')
    .trim();
}

/** The element's words as written (case kept), single-spaced, for reports and callouts. */
export function displayText(element: Element | null | undefined, max = 120): string {
  if (!element) return '';
  const text = (element.textContent ?? '').replace(/[\u00a0\s]+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** The element's words, normalised for comparison. */
export function wordsOf(element: Element | null | undefined): string {
  return element ? norm(element.textContent ?? '') : '';
}

/**
 * The words that name a form field: its `<label for>`, a wrapping `<label>`, the table cell
 * before it (CM/ECF's layout), then aria-label, placeholder or title.
 */
export function fieldLabel(input: Element): string {
  const id = input.getAttribute('id');
  if (id) {
    for (const label of Array.from(input.ownerDocument.querySelectorAll('label[for]'))) {
      if (label.getAttribute('for') === id) return displayText(label);
    }
  }
  const wrapping = input.closest('label');
  if (wrapping) return displayText(wrapping);
  const previousCell = input.closest('td, th')?.previousElementSibling;
  if (previousCell) return displayText(previousCell);
  return (input.getAttribute('aria-label') ?? input.getAttribute('placeholder') ?? input.getAttribute('title') ?? '').trim();
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA']);

export interface BoundedText {
  /** Normalised words, at most `budget` characters of source text. */
  readonly text: string;
  /** Whether the whole of the element was read (a short page). */
  readonly complete: boolean;
}

/**
 * The words of an element, skipping scripts and styles, stopping after `budget` characters.
 * Linking pages are short; a megabyte docket report is abandoned early.
 */
export function boundedText(root: Node | null, budget: number): BoundedText {
  if (!root) return { text: '', complete: true };
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* elements and text */);
  const parts: string[] = [];
  let used = 0;
  let node: Node | null = walker.currentNode;
  while (node) {
    if (node.nodeType === 1 && SKIPPED.has((node as Element).tagName)) {
      node = skipSubtree(walker);
      continue;
    }
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      used += value.length;
      parts.push(value);
      if (used > budget) return { text: norm(parts.join(' ')).slice(0, budget), complete: false };
    }
    node = walker.nextNode();
  }
  return { text: norm(parts.join(' ')), complete: true };
}

function skipSubtree(walker: TreeWalker): Node | null {
  const start = walker.currentNode;
  let node: Node | null = start;
  while (node) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
    node = walker.parentNode();
    if (!node || node === walker.root) return null;
  }
  return null;
}
