// Which court site an address belongs to, with the courts looked up in a directory given by the
// caller: the full court table (the background, the popup, Node) or the courts' naming rule
// (naming.ts: the guide's bundles on court pages, which run only where the background, with the
// table, registered them). hosts.ts binds these to the table.
import type { CourtRef } from './courts';
import { parseUrl } from '../url';

/**
 * The sites the guide knows. Everything else is `null`: not ours to touch.
 * - `ecf`: a court's CM/ECF site, `ecf.<court>.uscourts.gov` (training: `ecf-train.`, `ecf-test.`)
 * - `login`: the central PACER login, `pacer.login.uscourts.gov` (training: `train-login.uscourts.gov`)
 * - `account`: PACER account management, `pacer.psc.uscourts.gov` (training: `train-pacer.uscourts.gov`)
 */
export type SiteKind = 'ecf' | 'login' | 'account';

/** Finds a court by the id in its host name, or by the id the central login uses (`ALMBK`). */
export interface CourtDirectory {
  byId(id: string): CourtRef | null;
  byPacerId(pacerId: string): CourtRef | null;
}

export interface CourtSite {
  readonly kind: SiteKind;
  /** The court whose site this is; on the central hosts, `null` (see {@link readLoginCourt}). */
  readonly court: CourtRef | null;
  readonly training: boolean;
  readonly host: string;
}

export const CENTRAL_HOSTS: Readonly<Record<string, { kind: SiteKind; training: boolean }>> = {
  'pacer.login.uscourts.gov': { kind: 'login', training: false },
  'train-login.uscourts.gov': { kind: 'login', training: true },
  'pacer.psc.uscourts.gov': { kind: 'account', training: false },
  'train-pacer.uscourts.gov': { kind: 'account', training: true },
};

/** A court's CM/ECF hosts begin with these: the live site and its training databases. */
export const ECF_HOST_PREFIXES = ['ecf', 'ecf-train', 'ecf-test'] as const;

const ECF_HOST = new RegExp(`^(${ECF_HOST_PREFIXES.join('|')})\\.([a-z0-9]{2,8})\\.uscourts\\.gov$`);


/**
 * Which court site a URL belongs to, or `null`. Only real HTTPS addresses on the court
 * hosts count: look-alikes (`ecf.almb.uscourts.gov.evil.example`), user-info tricks
 * (`https://ecf.almb.uscourts.gov@evil.example/`), `http:` and odd ports are not courts.
 */
export function readSite(input: string | URL, courts: CourtDirectory): CourtSite | null {
  const url = parseUrl(input);
  if (!url || url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  const central = CENTRAL_HOSTS[host];
  if (central) return { ...central, court: null, host };
  const match = ECF_HOST.exec(host);
  if (!match) return null;
  const court = courts.byId(match[2] ?? '');
  if (!court) return null;
  return { kind: 'ecf', court, training: match[1] !== 'ecf', host };
}

/** The court a central-login URL names, and how sure that is. */
export interface LoginCourt {
  readonly court: CourtRef | null;
  /** Both `pscCourtId` and the `appurl` name this court: evidence enough to start progress. */
  readonly confirmed: boolean;
  /** The `appurl` returns to a training site (`ecf-train.`): whatever the login host, nothing real links here. */
  readonly trainingReturn: boolean;
}

const NO_LOGIN_COURT: LoginCourt = { court: null, confirmed: false, trainingReturn: false };

/**
 * The court a central-login URL is logging in to: `pscCourtId=ALMBK` and the court of the
 * `appurl` it will return to. When they name different courts, neither is believed: any
 * website can link to the login with any court in its query.
 */
export function readLoginCourt(input: string | URL, courts: CourtDirectory): LoginCourt {
  const url = parseUrl(input);
  if (!url) return NO_LOGIN_COURT;
  let byId: CourtRef | null = null;
  let appSite: CourtSite | null = null;
  for (const [name, value] of url.searchParams) {
    const key = name.toLowerCase();
    if (key === 'psccourtid') byId ??= courts.byPacerId(value);
    else if (key === 'appurl') appSite ??= readSite(value, courts);
  }
  const byApp = appSite?.kind === 'ecf' ? appSite.court : null;
  if (byId && byApp && byId.id !== byApp.id) return NO_LOGIN_COURT;
  const court = byId ?? byApp;
  return { court, confirmed: court !== null && byId?.id === byApp?.id, trainingReturn: appSite?.training === true };
}

/** The court a page is about: the ecf host's own, or the one the central login names. */
export function courtOfSite(site: CourtSite, url: string | URL, courts: CourtDirectory): LoginCourt {
  if (site.court) return { court: site.court, confirmed: true, trainingReturn: false };
  return site.kind === 'login' ? readLoginCourt(url, courts) : NO_LOGIN_COURT;
}
