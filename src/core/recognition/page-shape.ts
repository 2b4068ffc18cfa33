// The cheap facts of a CM/ECF page's shape, shared by the readers and the gate (which must
// stay tiny, so this file imports nothing): where the menu bar and the main content are, which
// menus only filers see, and how long the text a person reads is.

/** Menus only filers see, by their DisplayMenu names: their presence is the best evidence that linking worked. */
export const FILING_MENU_NAMES = ['bankruptcyevents', 'adversaryevents', 'civilevents', 'criminalevents'] as const;

/** A selector for links to the filing menus (the browser compares addresses case-insensitively). */
export function filingMenuLinks(): string {
  return FILING_MENU_NAMES.map((name) => `a[href*="${name}" i]`).join(', ');
}

/** Words read from a page's main content before it counts as long (a report, not a linking page). */
export const MAIN_TEXT_BUDGET = 12_000;

/** The CM/ECF menu bar, by its id or class (`div#topmenu.yuimenubar`). */
export const MENU_BAR = '#topmenu, .yuimenubar';

/** A drop-down menu the menu bar's script (YUI) builds for each top-level label. */
export const DROP_DOWN_MENU = '.yuimenu';

/** The menu bar or any of its drop-down menus. */
export const ANY_MENU = `${MENU_BAR}, ${DROP_DOWN_MENU}`;

/** The CM/ECF menu bar's root. */
export function menuBarRoot(doc: Document): Element | null {
  return doc.getElementById('topmenu') ?? doc.querySelector('.yuimenubar');
}

/** The menu bar holding an element, or null. */
export function menuBarOf(element: Element): Element | null {
  return element.closest(MENU_BAR);
}

/** The drop-down menu holding an item, or null. */
export function dropDownMenuOf(item: Element): Element | null {
  return item.closest(DROP_DOWN_MENU);
}

/** Where a CM/ECF page keeps what it says: its main content, or the whole body. */
export function mainContent(doc: Document): HTMLElement | null {
  return (doc.getElementById('cmecfMainContent') as HTMLElement | null) ?? doc.body;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA']);
export const SKIPPED_SELECTOR = 'script, style, noscript, template, select, option, textarea';

/**
 * The length of the text a person reads under `root` (all of it, less what scripts, styles and
 * lists hold), by the browser's own count, and the elements that hold the rest.
 */
export function readableText(root: Node): { length: number; held: Element[] } {
  const all = root.nodeType === 9 ? ((root as Document).documentElement?.textContent ?? '') : (root.textContent ?? '');
  if (!('querySelectorAll' in root)) return { length: all.length, held: [] };
  let length = all.length;
  const held: Element[] = [];
  // In document order an outer skipped element comes before those inside it: count it once.
  for (const element of Array.from((root as ParentNode).querySelectorAll(SKIPPED_SELECTOR))) {
    if (!SKIPPED.has(element.tagName) || held.at(-1)?.contains(element)) continue;
    held.push(element);
    length -= element.textContent?.length ?? 0;
  }
  return { length, held };
}
