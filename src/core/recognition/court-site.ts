// A court's CM/ECF pages (ecf.<court>.uscourts.gov and its training databases): the landing
// page, the old login, the menu bar, Utilities, the linking pages, or an honest "not sure" for a
// page inside the flow that none of them is. Read in two parts: the page's structure here, and,
// where a linking page's message decides what it is, that message judged from its words
// (verdict.ts), where the guide decides what to say; court-page.ts does both at once.
import type { CourtSite } from '../courts/sites';
import { findEntry, isHomePath, refreshTarget } from './landing';
import { findLegacyLogin } from './legacy-login';
import { credentialForm, linkingPageOf, readLinking, type LinkingOutcome } from './linking';
import { findMenuBar, type MenuBar } from './menubar';
import { linkTarget } from './links';
import { headlineOf, NOTHING, type PageFacts } from './page';
import { mainContent, MAIN_TEXT_BUDGET } from './page-shape';
import { boundedText, displayText, type BoundedText } from './text';
import type { FlowEvidence, PageKind, Recognition, UnsureKind } from './types';
import { findUtilitiesPage, linkingCandidates } from './utilities';

function unsurePage(doc: Document, page: PageKind, unsure: UnsureKind, href: string, extra: Partial<PageFacts> = {}): PageFacts {
  return { ...NOTHING, page, unsure, candidates: linkingCandidates(doc, href), ...extra };
}

/**
 * A court page read from its structure: what it is, unless it is one of the linking pages its
 * message may make it (`linking`, awaiting the judging of that message: see settleCourtPage).
 */
export function readCourtStructure(doc: Document, url: URL, site: CourtSite, pathKnown: boolean, cameFrom: FlowEvidence | null): PageFacts {
  const href = url.href;
  if (site.court?.type === 'appellate') {
    // The courts of appeals link accounts their own way; the guide only says so.
    return { ...NOTHING, page: pathKnown && isHomePath(url) ? 'court-home' : 'court-page' };
  }
  const menuBar = findMenuBar(doc, href);
  if (!menuBar && findLegacyLogin(doc)) return { ...NOTHING, page: 'legacy-login' };
  // The main text matters only beside a menu bar (is this a linking page, or a long report?):
  // landing pages, often the largest, are not read word by word.
  const main = menuBar ? boundedText(mainContent(doc), MAIN_TEXT_BUDGET) : null;
  const headline = headlineOf(doc);
  const filer = menuBar ? menuBar.filer : null;
  const menuLinkItem = menuBar?.linkItem ?? null;
  const onMenu = { filer, menuLinkItem };
  // Linking pages are CM/ECF pages of a logged-in user: they carry the menu bar. Landing
  // pages that explain linking in prose ("Each filer must link...") do not.
  const linking = main?.complete ? readLinking(doc, main.text, headline, cameFrom, pathKnown ? url : null) : null;
  // A linking form is the linking form whatever its message says (linkingOutcome): what else
  // the page might be is never shown, so it is not read (the Utilities links, the candidates).
  const otherwise = linking?.kind === 'form' ? { ...NOTHING, page: 'link-form' as const, ...onMenu, next: linking.next } : readOtherCourtPage(doc, url, pathKnown, cameFrom, menuBar, main, headline);
  return linking ? { ...otherwise, linking } : otherwise;
}

/** What a court page with the menu bar's facts is when it is none of the linking pages. */
function readOtherCourtPage(doc: Document, url: URL, pathKnown: boolean, cameFrom: FlowEvidence | null, menuBar: MenuBar | null, main: BoundedText | null, headline: string): PageFacts {
  const href = url.href;
  const filer = menuBar ? menuBar.filer : null;
  const onMenu = { filer, menuLinkItem: menuBar?.linkItem ?? null };
  const utilities = findUtilitiesPage(doc, pathKnown ? url : null, href, headline, main?.complete ?? false);
  if (utilities) {
    if (utilities.next || filer) return { ...NOTHING, ...utilities, ...onMenu };
    return unsurePage(doc, utilities.page, 'utilities-without-item', href, onMenu);
  }
  if (menuBar) {
    const next = !menuBar.filer && menuBar.utilities
      ? { control: 'utilities' as const, element: menuBar.utilities, text: displayText(menuBar.utilities) || 'Utilities', href: linkTarget(menuBar.utilities, href)?.href ?? null }
      : null;
    const page = { ...NOTHING, page: 'ecf-menu' as const, ...onMenu, next };
    if (menuBar.filer || !main?.complete) return page;
    // The page answers a step the guide pointed at, yet is none of the pages that follow it.
    if (cameFrom) return unsurePage(doc, 'ecf-menu', 'after-step', href, { ...onMenu, next });
    const credentials = credentialForm(doc);
    if (credentials && !credentials.namesPacerOnly) {
      const field = { control: 'link-fields' as const, element: credentials.login, text: credentials.label, href: null };
      return { ...page, unsure: 'half-form', candidates: [credentials.login], next: field };
    }
    return page;
  }
  const refresh = refreshTarget(doc, href);
  const entry = refresh ? null : findEntry(doc, href, url.hostname.toLowerCase());
  const home: PageKind | null = (pathKnown && isHomePath(url)) || entry ? 'court-home' : null;
  if (home) return { ...NOTHING, page: home, next: entry };
  if (cameFrom) return unsurePage(doc, 'court-page', 'after-step', href);
  return { ...NOTHING, page: 'court-page' };
}

/** The page once its message's outcome is known (null: none of the linking pages). */
export function settleCourtPage<T extends PageFacts>(facts: T, outcome: LinkingOutcome | null): T {
  const found = facts.linking ? linkingPageOf(facts.linking, outcome) : null;
  const { linking: _judged, ...settled } = facts;
  if (!found) return settled as T;
  // After the refresh the filing menus show on the success page itself: nothing left to do.
  const page = { ...settled, ...NOTHING, ...found, filer: facts.filer, menuLinkItem: facts.menuLinkItem, next: found.page === 'link-success' && facts.filer ? null : found.next };
  return page as unknown as T;
}


/**
 * The page read again after a change confined to its menu bar (see changesOnlyMenus): the
 * bar's drop-downs now hold the linking item, say. Null when more than that changed (the filing
 * menus, the Utilities label the guide points at): then the page must be read whole.
 */
export function refreshCourtMenu(doc: Document, recognition: Recognition, pageUrl: string): Recognition | null {
  const bar = findMenuBar(doc, pageUrl);
  if (!bar || recognition.filer === null || bar.filer !== recognition.filer) return null;
  // A menu page points at the bar's Utilities label: read it whole if that label changed. (Not
  // a page that points into its own form: the half-filled linking form, say, a possible linking page.)
  const pointsAtLabel = recognition.next === null || recognition.next.control === 'utilities';
  if (recognition.page === 'ecf-menu' && pointsAtLabel && (recognition.next?.element ?? null) !== (bar.filer ? null : bar.utilities)) return null;
  return bar.linkItem === recognition.menuLinkItem ? recognition : { ...recognition, menuLinkItem: bar.linkItem };
}
