// What every reading of a page shares: the site and court from the address, then the page's
// facts from the reader for that kind of site. classify.ts reads any site; the guide's bundles
// for the court hosts and for the central login each carry only the reader they need.
import { readSite, type CourtDirectory, type CourtSite, type LoginCourt } from '../courts/sites';
import { parseUrl } from '../url';
import { forgetLabels, norm } from './text';
import { UNKNOWN_COURT_ORIGIN, type FlowEvidence, type PageAddress, type Recognition } from './types';

/** The facts of a page beyond its court. */
export type PageFacts = Omit<Recognition, 'court' | 'courtType' | 'training' | 'courtConfirmed'>;

export const NOTHING = { filer: null, reason: null, accounts: null, next: null, menuLinkItem: null, unsure: null, candidates: [], skipOffered: null } as const;

/** Reads one kind of site's pages. */
export interface SiteReader {
  /** The court a central-login address names (see readLoginCourt): given with the login's reader. */
  readonly loginCourt?: (url: URL, courts: CourtDirectory) => LoginCourt;
  readonly login?: (doc: Document) => PageFacts;
  readonly ecf?: (doc: Document, url: URL, site: CourtSite, pathKnown: boolean, cameFrom: FlowEvidence | null) => PageFacts;
}

/** Title(s) and headings: pages may carry two or three `<title>` tags. */
export function headlineOf(doc: Document): string {
  const parts: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('title, h1, h2, h3, h4, legend'))) {
    parts.push(element.textContent ?? '');
    if (parts.length > 40) break;
  }
  return norm(parts.join(' | '));
}

/**
 * Reads a page with the readers given, its court looked up in `courts`; a site no reader is
 * given for reads as an ordinary court page.
 */
export function readPage(doc: Document, address: PageAddress, readers: SiteReader, courts: CourtDirectory): Recognition {
  forgetLabels();
  try {
    const url = address.url ? parseUrl(address.url) : null;
    // A saved page with no address is read as some court's CM/ECF page, court unknown.
    const site = url?.origin === UNKNOWN_COURT_ORIGIN ? { kind: 'ecf' as const, court: null, training: false, host: url.hostname } : url ? readSite(url, courts) : null;
    if (!url || !site) return { page: 'unrelated', court: null, courtType: null, training: false, courtConfirmed: false, ...NOTHING };
    // A court's own host names it; the central login names one in its address.
    const { court, confirmed, trainingReturn } = site.court
      ? { court: site.court, confirmed: true, trainingReturn: false }
      : (site.kind === 'login' && readers.loginCourt?.(url, courts)) || { court: null, confirmed: false, trainingReturn: false };
    const identity = { court, courtType: court?.type ?? null, training: site.training || trainingReturn, courtConfirmed: confirmed };
    const pathKnown = address.pathKnown !== false;
    const read = site.kind === 'login' ? readers.login?.(doc) : site.kind === 'ecf' ? readers.ecf?.(doc, url, site, pathKnown, address.cameFrom ?? null) : undefined;
    return { ...identity, ...(read ?? { ...NOTHING, page: 'court-page' }) };
  } finally {
    forgetLabels();
  }
}
