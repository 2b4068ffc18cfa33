// The CM/ECF top menu bar (`div#topmenu.yuimenubar`), seen on every logged-in page.
// Examples it must and must not find: menubar.examples.ts.
import { linkTarget, menuName, scriptName } from './links';
import { isLinkingScript, isNextGenMenuLabel, linkItemScore } from './phrases';
import { ANY_MENU, dropDownMenuOf, FILING_MENU_NAMES, mainContent, MENU_BAR, menuBarRoot } from './page-shape';
import { wordsOf } from './text';
import { isShown } from './visibility';

/** Menus only filers see, and their labels: their presence is the best evidence that linking worked. */
const FILING_MENUS = new Set<string>(FILING_MENU_NAMES);
const FILING_LABELS = new Set(['bankruptcy', 'adversary', 'civil', 'criminal']);

export interface MenuBar {
  readonly root: Element | null;
  readonly filer: boolean;
  /** The top-level Utilities label. */
  readonly utilities: Element | null;
  /** The linking item, when the drop-down script built it inside the bar. */
  readonly linkItem: Element | null;
  /** The NextGen Release 1.1 Menu Items item, when the drop-down script built it. */
  readonly nextGenItem: Element | null;
}

/** Whether an element sits inside the menu bar (or a drop-down the menu script built). */
export function inMenuBar(element: Element): boolean {
  return element.closest(ANY_MENU) !== null;
}

/** Whether the user has opened the drop-down holding an item (an item outside one: whether it shows). */
export function isDropDownOpen(item: Element): boolean {
  return isShown(dropDownMenuOf(item) ?? item);
}

/**
 * Finds the menu bar by its id or class, or, where a court's markup differs, by its links:
 * a Utilities menu link together with a logout link.
 */
export function findMenuBar(doc: Document, pageUrl: string): MenuBar | null {
  const root = menuBarRoot(doc);
  // Without a bar, only menu and logout links can make one: the browser filters a docket's
  // thousands of links by address without handing each to the script.
  const links = Array.from(root ? root.querySelectorAll('a') : doc.querySelectorAll('a[href*="displaymenu" i], a[href*="logout" i]'));
  let filer = false;
  let utilities: Element | null = null;
  let linkItem: Element | null = null;
  let nextGenItem: Element | null = null;
  let logout = false;
  for (const link of links) {
    const href = link.getAttribute('href') ?? '';
    // Cheap test first: a docket report has thousands of links and none of these words.
    const lowerHref = href.toLowerCase();
    const interesting = lowerHref.includes('displaymenu') || lowerHref.includes('logout') || (root !== null && href.length < 400);
    if (!interesting) continue;
    // Only an address that can name a menu, log out or run a linking script is parsed.
    const target = /displaymenu|logout|link/.test(lowerHref) ? linkTarget(link, pageUrl) : null;
    const menu = target ? menuName(target) : null;
    const words = root ? wordsOf(link) : '';
    if ((menu && FILING_MENUS.has(menu)) || (root && FILING_LABELS.has(words))) filer = true;
    if (!utilities && (menu === 'utilities' || (root && words === 'utilities')) && !dropDownMenuOf(link)) utilities = link;
    if (root && !linkItem) {
      const score = linkItemScore(words);
      if (score === 2 || (score > 0 && target !== null && isLinkingScript(scriptName(target)))) linkItem = link;
    }
    if (root && !nextGenItem && isNextGenMenuLabel(words)) nextGenItem = link;
    if (target && scriptName(target) === 'login.pl' && /logout/i.test(target.search)) logout = true;
    else if (root && /^log ?out$/.test(words)) logout = true;
  }
  if (!root && !(utilities && logout)) return null;
  if (root && !utilities && !logout && !filer) return null;
  return { root, filer, utilities, linkItem, nextGenItem };
}

/** What a change confined to the menu bar may never add: a form, a field, a heading (each read by the page's readers). */
const READ_BEYOND_THE_BAR = 'form, input, select, textarea, button, h1, h2, h3, h4, h5, h6, legend, title';

/**
 * Whether these changes stay inside the menu bar and its drop-downs (the court's menu script
 * building them after load, or showing one): then only what the bar holds can have changed,
 * and the page need not be read again, provided its main content is apart from the bar.
 */
export function changesOnlyMenus(records: readonly MutationRecord[], doc: Document): boolean {
  const main = mainContent(doc);
  if (!main || main === doc.body) return false;
  return records.every((record) => {
    const target = record.target.nodeType === 1 ? (record.target as Element) : record.target.parentElement;
    const inMenu = target !== null && inMenuBar(target) && !main.contains(target);
    const added = Array.from(record.addedNodes).filter((node): node is Element => node.nodeType === 1);
    // A drop-down the script appends elsewhere (to the body) is a menu too.
    const menusAdded = record.type === 'childList' && added.length > 0 && added.every((node) => node.matches(ANY_MENU)) && record.removedNodes.length === 0;
    return (inMenu || menusAdded) && !added.some((node) => node.matches(READ_BEYOND_THE_BAR) || node.querySelector(READ_BEYOND_THE_BAR));
  });
}
