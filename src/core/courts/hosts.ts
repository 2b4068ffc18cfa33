import { courtById, courtByPacerId, type Court } from './courts';

/**
 * The sites the guide knows. Everything else is `null`: not ours to touch.
 * - `ecf`: a court's CM/ECF site, `ecf.<court>.uscourts.gov` (training: `ecf-train.`, `ecf-test.`)
 * - `login`: the central PACER login, `pacer.login.uscourts.gov` (training: `train-login.uscourts.gov`)
 * - `account`: PACER account management, `pacer.psc.uscourts.gov` (training: `train-pacer.uscourts.gov`)
 */
export type SiteKind = 'ecf' | 'login' | 'account';

export interface CourtSite {
  readonly kind: SiteKind;
  /** The court whose site this is; on the central hosts, `null` (see {@link loginCourt}). */
  readonly court: Court | null;
  readonly training: boolean;
  readonly host: string;
}

const CENTRAL_HOSTS: Record<string, { kind: SiteKind; training: boolean }> = {
  'pacer.login.uscourts.gov': { kind: 'login', training: false },
  'train-login.uscourts.gov': { kind: 'login', training: true },
  'pacer.psc.uscourts.gov': { kind: 'account', training: false },
  'train-pacer.uscourts.gov': { kind: 'account', training: true },
};

const ECF_HOST = /^(ecf|ecf-train|ecf-test)\.([a-z0-9]{2,8})\.uscourts\.gov$/;

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Which court site a URL belongs to, or `null`. Only real HTTPS addresses on the court
 * hosts count: look-alikes (`ecf.almb.uscourts.gov.evil.example`), user-info tricks
 * (`https://ecf.almb.uscourts.gov@evil.example/`), `http:` and odd ports are not courts.
 */
export function parseSite(input: string | URL): CourtSite | null {
  const url = toUrl(input);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const central = CENTRAL_HOSTS[host];
  if (central) return { ...central, court: null, host };
  const match = ECF_HOST.exec(host);
  if (!match) return null;
  const court = courtById(match[2] ?? '');
  if (!court) return null;
  return { kind: 'ecf', court, training: match[1] !== 'ecf', host };
}

/**
 * The court a central-login URL is logging in to: `pscCourtId=ALMBK`, or failing that the
 * court of the `appurl` it will return to.
 */
export function loginCourt(input: string | URL): Court | null {
  const url = toUrl(input);
  if (!url) return null;
  let appUrl: string | null = null;
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    if (key === 'psccourtid') {
      const court = courtByPacerId(value);
      if (court) return court;
    } else if (key === 'appurl') {
      appUrl = value;
    }
  }
  return appUrl ? parseSite(appUrl)?.court ?? null : null;
}

/** The court a page is about: the ecf host's own, or the one the central login names. */
export function siteCourt(site: CourtSite, url: string | URL): Court | null {
  return site.court ?? (site.kind === 'login' ? loginCourt(url) : null);
}

/** The live filing-system address for a court, for the popup's "open" button. */
export function courtSiteUrl(court: Court): string {
  return `https://ecf.${court.id}.uscourts.gov/`;
}
