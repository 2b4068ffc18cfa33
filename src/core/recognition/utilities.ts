// The Utilities page (`DisplayMenu.pl?Utilities`) and the "NextGen Release 1.1 Menu Items"
// page: where the linking item lives. The item is found by what its words mean and where it
// goes, since courts word it in many ways. Items inside the menu bar's drop-downs do not count
// here (see menubar.ts). Examples: utilities.examples.ts.
import { linkTarget, menuName, scriptName } from './links';
import { inMenuBar } from './menubar';
import { isLinkingScript, isNextGenMenuLabel, linkItemScore } from './phrases';
import { displayText, wordsOf } from './text';
import type { NextControl, PageKind } from './types';

export interface UtilitiesPage {
  readonly page: Extract<PageKind, 'utilities' | 'nextgen-menu'>;
  readonly next: NextControl | null;
}

function itemControl(link: Element, control: 'link-item' | 'nextgen-menu', pageUrl: string): NextControl {
  return { control, element: link, text: displayText(link), href: linkTarget(link, pageUrl)?.href ?? null };
}

/** A link's score as the linking item: its words' meaning, raised when its address runs a linking script. */
function itemScore(link: Element, words: string, pageUrl: string, host: string): number {
  const score = linkItemScore(words);
  // Words that say nothing of linking, an account or PACER make no item, wherever the link goes:
  // most of a page's links, and their addresses need no parsing.
  if (score === 0 && !/\b(?:link|account|pacer)/.test(words)) return 0;
  const target = linkTarget(link, pageUrl);
  // A document or another site (an instructions PDF, the court's public website) explains linking.
  if (!target || target.hostname.toLowerCase() !== host || /\.(?:pdf|docx?|html?)$/i.test(target.pathname)) return 0;
  // The courts of appeals' own item ("Link my filer account to my PACER account") is their flow, not this one.
  if (/\bfiler account\b/.test(words) && !/\b(?:cm\/ecf|ecf|e-?filing)\b/.test(words)) return 0;
  return isLinkingScript(scriptName(target)) ? (score > 0 ? 3 : /\b(?:link|account|pacer)/.test(words) ? 1 : 0) : score;
}

/** A link to the NextGen menu page by its address: `DisplayMenu.pl?NextGenRelease11`. */
function isNextGenMenuAddress(link: Element, pageUrl: string): boolean {
  if (!(link.getAttribute('href') ?? '').toLowerCase().includes('displaymenu')) return false;
  const target = linkTarget(link, pageUrl);
  return target !== null && /^next ?gen/.test(menuName(target) ?? '');
}

/**
 * @param headline the page's title and heading words, to tell the NextGen menu page from Utilities
 * @param scanLinks whether the page is short enough to read every link's words
 */
export function findUtilitiesPage(doc: Document, url: URL | null, pageUrl: string, headline: string, scanLinks: boolean): UtilitiesPage | null {
  const menu = url ? menuName(url) : null;
  const isUtilitiesAddress = menu === 'utilities';
  const isNextGenAddress = url !== null && /next ?gen|release ?1/i.test(url.pathname + url.search);
  if (!scanLinks && !isUtilitiesAddress && !isNextGenAddress) return null;
  const host = new URL(pageUrl).hostname.toLowerCase();
  let linkItem: Element | null = null;
  let best = 0;
  let nextGenLink: Element | null = null;
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    const length = (link.textContent ?? '').length;
    if (length < 4 || length > 200 || inMenuBar(link)) continue;
    const words = wordsOf(link);
    const score = itemScore(link, words, pageUrl, host);
    if (score > best) {
      best = score;
      linkItem = link;
    } else if (!nextGenLink && (isNextGenMenuLabel(words) || isNextGenMenuAddress(link, pageUrl))) nextGenLink = link;
  }
  // A loose match counts only where the item belongs: on the Utilities or NextGen menu page.
  if (best < 2 && !isUtilitiesAddress && !isNextGenAddress) linkItem = null;
  if (nextGenLink && !linkItem) return { page: 'utilities', next: itemControl(nextGenLink, 'nextgen-menu', pageUrl) };
  if (linkItem) {
    // A page that links to the NextGen menu page is the Utilities page, not that page itself.
    const nextGenPage = !isUtilitiesAddress && !nextGenLink && (isNextGenAddress || /next ?gen|release [0-9.]+ menu/.test(headline));
    return { page: nextGenPage ? 'nextgen-menu' : 'utilities', next: itemControl(linkItem, 'link-item', pageUrl) };
  }
  if (isUtilitiesAddress) return { page: 'utilities', next: null };
  if (isNextGenAddress && /menu/.test(headline)) return { page: 'nextgen-menu', next: null };
  return null;
}

/**
 * Links that speak of linking an account, by their words or where they go, best first: what
 * the guide outlines when it cannot be sure which control is the next one.
 */
export function linkingCandidates(doc: Document, pageUrl: string): Element[] {
  const host = new URL(pageUrl).hostname.toLowerCase();
  const scored: Array<{ link: Element; score: number }> = [];
  for (const link of Array.from(doc.querySelectorAll('a[href]'))) {
    if (inMenuBar(link) || (link.textContent ?? '').length > 200) continue;
    const words = wordsOf(link);
    const score = Math.max(itemScore(link, words, pageUrl, host), /\b(?:link|connect|associat)\w*\b.*\b(?:account|pacer|cm\/ecf)\b/.test(words) && !/\bfaq|\bhelp\b/.test(words) ? 1 : 0);
    if (score > 0) scored.push({ link, score });
    if (scored.length >= 20) break;
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, 3).map((entry) => entry.link);
}
