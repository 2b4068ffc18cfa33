// Whether a court page can be part of the linking path, from its address and a few cheap facts
// of the parsed page (no layout, no word-by-word reading). Pure: tested in Node with the
// examples beside it (decide.examples.ts). It errs towards yes: a yes costs the guide's load,
// a wrong no would leave a user without a guide.
import { filingMenuLinks, mainContent, MAIN_TEXT_BUDGET, menuBarRoot, readableText } from '../core/recognition/page-shape';
import { isReadingPage } from '../core/recognition/reading-pages';

/** Pages whose address alone says they may be on the path: the landing pages, the login, Utilities, linking scripts. */
const PATH_PAGES = /^\/(?:index\.html?)?$|^\/cgi-bin\/(?:showindex|login)\.pl$|link[^/]*\.pl$/;
const MENU_PAGES = /utilities|next ?gen|release/;
/** A way into the filing system (as the guide's landing reader finds it): a link, a form or an onclick to login.pl. */
const ENTRY = 'a[href*="login.pl" i], form[action*="login.pl" i], [onclick*="login.pl" i]';

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
  const bar = menuBarRoot(doc);
  // Logged out: a page that offers the way in may be a landing page under another address.
  if (!bar) return doc.querySelector(ENTRY) !== null;
  if (bar.querySelector(filingMenuLinks())) return false;
  const main = mainContent(doc);
  // Longer than any page of the linking path, counted as the guide counts it: a docket or a report.
  return main !== null && readableText(main).length <= MAIN_TEXT_BUDGET;
}
