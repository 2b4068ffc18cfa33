// The Utilities page (`DisplayMenu.pl?Utilities`) and the "NextGen Release 1.1 Menu Items"
// page: where the linking item lives. Items inside the menu bar's drop-downs do not count
// here (see menubar.ts). Examples: utilities.examples.ts.
import { linkTarget, menuName } from './links';
import { inMenuBar } from './menubar';
import { isLinkItemLabel, isNextGenMenuLabel } from './phrases';
import { displayText, wordsOf } from './text';
import type { NextControl, PageKind } from './types';

export interface UtilitiesPage {
  readonly page: Extract<PageKind, 'utilities' | 'nextgen-menu'>;
  readonly next: NextControl | null;
}

function itemControl(link: Element, control: 'link-item' | 'nextgen-menu', base: string): NextControl {
  return { control, element: link, text: displayText(link), href: linkTarget(link, base)?.href ?? null };
}

/**
 * @param headline the page's title and heading words, to tell the NextGen menu page from Utilities
 * @param scanLinks whether the page is short enough to read every link's words
 */
export function findUtilitiesPage(doc: Document, url: URL | null, base: string, headline: string, scanLinks: boolean): UtilitiesPage | null {
  const menu = url ? menuName(url) : null;
  const isUtilitiesAddress = menu === 'utilities';
  const isNextGenAddress = url !== null && /next ?gen/i.test(url.pathname + url.search);
  let linkItem: Element | null = null;
  let nextGenLink: Element | null = null;
  if (scanLinks || isUtilitiesAddress || isNextGenAddress) {
    for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
      const length = (link.textContent ?? '').length;
      if (length < 20 || length > 200 || inMenuBar(link)) continue;
      const words = wordsOf(link);
      if (!linkItem && isLinkItemLabel(words)) linkItem = link;
      else if (!nextGenLink && isNextGenMenuLabel(words)) nextGenLink = link;
    }
  }
  if (nextGenLink) {
    // A page that links to the NextGen menu page is the Utilities page, not that page itself.
    return { page: 'utilities', next: itemControl(linkItem ?? nextGenLink, linkItem ? 'link-item' : 'nextgen-menu', base) };
  }
  if (linkItem) {
    const nextGenPage = !isUtilitiesAddress && (isNextGenAddress || /next ?gen/.test(headline));
    return { page: nextGenPage ? 'nextgen-menu' : 'utilities', next: itemControl(linkItem, 'link-item', base) };
  }
  if (isUtilitiesAddress) return { page: 'utilities', next: null };
  if (isNextGenAddress && /menu/.test(headline)) return { page: 'nextgen-menu', next: null };
  return null;
}
