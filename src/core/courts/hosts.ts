// Court sites by address, against the full court table (the background, the popup, Node).
// The reading itself, and the directory-free version the guide's bundles use, is sites.ts.
import { TABLE_COURTS, type CourtRef } from './courts';
import { courtOfSite, readLoginCourt, readSite, type CourtSite, type LoginCourt } from './sites';

export type { CourtSite, LoginCourt, SiteKind } from './sites';

/** Which court site a URL belongs to, or `null` (examples: hosts.examples.ts). */
export function parseSite(input: string | URL): CourtSite | null {
  return readSite(input, TABLE_COURTS);
}

/** The court a central-login URL is logging in to (see readLoginCourt). */
export function loginCourt(input: string | URL): LoginCourt {
  return readLoginCourt(input, TABLE_COURTS);
}

/** The court a page is about: the ecf host's own, or the one the central login names. */
export function siteCourt(site: CourtSite, url: string | URL): LoginCourt {
  return courtOfSite(site, url, TABLE_COURTS);
}

/** The live filing-system address for a court, for the popup's "open" button. */
export function courtSiteUrl(court: CourtRef): string {
  return `https://ecf.${court.id}.uscourts.gov/`;
}
