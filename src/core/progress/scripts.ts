// Which script each court's pages get, from the progress alone: the full guide while a court
// is being linked (and the central login while any is), the tiny gate for a court not started
// (it loads the guide only on a page that can be on the linking path), and nothing at all for a
// court linked and verified. Reading dockets goes on for years; linking happens once.
import { CENTRAL_HOSTS, ECF_HOST_PREFIXES } from '../courts/sites';
import type { CourtProgress } from './progress';

/** A court's CM/ECF hosts: the live site and its training databases. */
export function courtHostPatterns(court: string): string[] {
  return ECF_HOST_PREFIXES.map((prefix) => `https://${prefix}.${court}.uscourts.gov/*`);
}

const loginHosts = Object.entries(CENTRAL_HOSTS).filter(([, host]) => host.kind === 'login');
/** The central login's hosts, live and training. */
export const LOGIN_HOST_PATTERNS = loginHosts.map(([host]) => `https://${host}/*`);
/**
 * The training login: no court's progress runs through it (nothing real links there), so while
 * no court is being linked it gets the gate, which asks for the guide to say so.
 */
export const TRAINING_LOGIN_PATTERN = `https://${loginHosts.find(([, host]) => host.training)![0]}/*`;

export interface ScriptPlan {
  /** Match patterns that get the court guide from the page's start: the courts being linked. */
  readonly guide: readonly string[];
  /** Match patterns that get the central login's guide: its hosts while any court is being linked, else none. */
  readonly login: readonly string[];
  /** Match patterns that get the gate: courts not started, or not on NextGen yet when last seen; the training login while no court is being linked. */
  readonly gate: readonly string[];
  /** Courts that get nothing: linked and verified. */
  readonly quiet: readonly string[];
}

/** Whether a court is being linked now: started, not yet seen with its filing menus. */
export function isLinking(progress: CourtProgress | undefined): boolean {
  return progress?.status === 'in-progress' || progress?.status === 'linked';
}

/** The plan for every court in `courtIds`, from their progress. */
export function scriptPlan(courts: Readonly<Record<string, CourtProgress>>, courtIds: readonly string[]): ScriptPlan {
  const guide: string[] = [];
  const gate: string[] = [];
  const quiet: string[] = [];
  for (const id of courtIds) {
    const progress = courts[id];
    if (progress?.status === 'verified') quiet.push(id);
    else (isLinking(progress) ? guide : gate).push(...courtHostPatterns(id));
  }
  if (!guide.length) gate.push(TRAINING_LOGIN_PATTERN);
  return { guide, login: guide.length ? [...LOGIN_HOST_PATTERNS] : [], gate, quiet };
}

/** What decides the plan, in short: it changes only when a court's status does. */
export function planSignature(courts: Readonly<Record<string, CourtProgress>>): string {
  return Object.entries(courts)
    .filter(([, progress]) => progress.status !== 'not-started' && progress.status !== 'not-nextgen')
    .map(([id, progress]) => `${id}:${progress.status === 'verified' ? 'v' : 'l'}`)
    .sort()
    .join(',');
}
