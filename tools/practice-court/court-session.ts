// What the practice court keeps per browser session (a cookie): the chosen scenario, where each
// PACER login stands, each court site's state, the practice authenticator's secret. And which
// of its hosts a request is for: a court's CM/ECF site, the central login, or Manage My Account.
import { courtById, type Court } from '../../src/core/courts/courts';
import type { PacerAccount } from './accounts';
import type { LoginStage } from './pacer-pages';
import type { Scenario } from './practice-page';

/**
 * almb (bankruptcy) and almd (district) are the ones trainers use; alsb, a bankruptcy court
 * built like almb, lets a run link one more court without touching those two (the bench's
 * court already linked and verified).
 */
export const PRACTICE_COURTS = ['almb', 'almd', 'alsb'] as const;

/** One court site's state in a session: logged in, a link awaiting confirmation, linked. */
export interface CourtSession {
  ecfLoggedIn: boolean;
  pendingLink: { cmecf: string } | null;
  linked: boolean;
  /** The filing menus show from the first page load after the success page. */
  menusShown: boolean;
}

/** Everything the practice court remembers for one browser (its cookie). */
export interface Session {
  scenario: Scenario;
  pacer: { live: PacerLogin | null; training: PacerLogin | null };
  courts: Map<string, CourtSession>;
  /** The practice authenticator's secret: its current code shows on the practice settings page. */
  readonly mfaSecret: Buffer;
  /** MFA enrollment per account in this session: skips used, and accounts that enrolled. */
  readonly skipsUsed: Map<string, number>;
  readonly enrolled: Set<string>;
}

/** A PACER login under way or done, on the live or the training login host. */
export interface PacerLogin {
  account: PacerAccount;
  /** The step after the password that is due, or `done` once the login may return to the court. */
  stage: Exclude<LoginStage, 'login'> | 'done';
}

/** The practice court's hosts, by what they serve. */
export type Host =
  | { kind: 'ecf'; court: Court; training: boolean; host: string }
  | { kind: 'login'; training: boolean; host: string }
  | { kind: 'account'; host: string };

/** A Host header's name: lower case, without the port. */
export const hostNameOf = (header: string | undefined): string => (header ?? '').toLowerCase().replace(/:\d+$/, '');

/** Which practice host a request is for; null for any other host. */
export function hostOf(header: string | undefined): Host | null {
  const host = hostNameOf(header);
  if (host === 'pacer.login.uscourts.gov') return { kind: 'login', training: false, host };
  if (host === 'train-login.uscourts.gov') return { kind: 'login', training: true, host };
  if (host === 'pacer.psc.uscourts.gov') return { kind: 'account', host };
  const match = /^(ecf|ecf-train)\.([a-z]+)\.uscourts\.gov$/.exec(host);
  const court = match && (PRACTICE_COURTS as readonly string[]).includes(match[2]!) ? courtById(match[2]!) : null;
  return court ? { kind: 'ecf', court, training: match![1] === 'ecf-train', host } : null;
}
