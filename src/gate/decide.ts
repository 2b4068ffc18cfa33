// Whether a court page can be part of the linking path, from its address and a few cheap facts
// of the parsed page (no layout, no word-by-word reading). Pure: tested in Node with the
// examples beside it (decide.examples.ts). It errs towards yes: a yes costs the guide's load,
// a wrong no would leave a user without a guide.
import { isReadingPage } from '../core/recognition/reading-pages';

/** Pages whose address alone says they may be on the path: the landing pages, the login, Utilities, linking scripts. */
const PATH_PAGES = /^\/(?:index\.html?)?$|^\/cgi-bin\/(?:showindex|login)\.pl$|link[^/]*\.pl$/;
const MENU_PAGES = /utilities|next ?gen|release/;
/** A way into the filing system (as the guide's landing reader finds it): a link, a form or an onclick to login.pl. */
const ENTRY = 'a[href*="login.pl" i], form[action*="login.pl" i], [onclick*="login.pl" i]';
const FILING_MENUS = 'a[href*="BankruptcyEvents" i], a[href*="AdversaryEvents" i], a[href*="CivilEvents" i], a[href*="CriminalEvents" i]';

/** Longer than any page of the linking path: a docket or a report (the guide's own limit, 12,000). */
const SHORT_PAGE_CHARS = 12_000;

export function mayBeLinkingPath(address: Pick<Location, 'hostname' | 'pathname' | 'search'>, doc: Document): boolean {
  // The gate runs on the central login only on the training one (see core/progress/scripts.ts): the training guide's page.
  if (address.hostname.toLowerCase() === 'train-login.uscourts.gov') return true;
  const path = address.pathname.toLowerCase();
  // A docket, a history, a query, a report or a document: read for years, never linked from.
  if (isReadingPage(path)) return false;
  if (PATH_PAGES.test(path)) return true;
  if (path.endsWith('/displaymenu.pl') && MENU_PAGES.test(address.search.toLowerCase())) return true;
  // Logged in: the menu bar. With the filing menus the user files already; without them, a short
  // page may be the page after login or a linking page under another address.
  const bar = doc.getElementById('topmenu') ?? doc.querySelector('.yuimenubar');
  // Logged out: a page that offers the way in may be a landing page under another address.
  if (!bar) return doc.querySelector(ENTRY) !== null;
  if (bar.querySelector(FILING_MENUS)) return false;
  const main = doc.getElementById('cmecfMainContent') ?? doc.body;
  if (!main) return false;
  // The words a person reads: less what scripts, styles and lists hold (as the guide counts them).
  let length = main.textContent?.length ?? 0;
  for (const held of Array.from(main.querySelectorAll('script, style, noscript, template, select, textarea'))) length -= held.textContent?.length ?? 0;
  return length <= SHORT_PAGE_CHARS;
}
