// Progress per court, as a pure reducer over the pages the user reaches. Monotonic: going
// back, reloading or opening a second tab never un-does a step; only a reset does.
import type { ErrorReason, PageKind } from '../recognition/types';
import { STEP_IDS, stepForPage, type StepId } from '../flow/steps';

/**
 * Every status a court's progress can have, in the order the support code numbers them (its
 * index is encoded: append, never reorder).
 */
export const COURT_STATUSES = ['not-started', 'in-progress', 'linked', 'verified', 'not-nextgen'] as const;
export type CourtStatus = (typeof COURT_STATUSES)[number];

export interface CourtProgress {
  readonly status: CourtStatus;
  /** When each step was completed (ms since epoch). */
  readonly done: Partial<Record<StepId, number>>;
  /** The step the user is on now. */
  readonly current: StepId | null;
  readonly lastError: ErrorReason | null;
  readonly lastErrorAt: number | null;
  /** The last page of this court the user was on. */
  readonly lastPage: PageKind | null;
  /** When the success page was loaded again after linking (F5 or the guide's button). */
  readonly reloadedAt: number | null;
  readonly updatedAt: number;
}

export const EMPTY_PROGRESS: CourtProgress = { status: 'not-started', done: {}, current: null, lastError: null, lastErrorAt: null, lastPage: null, reloadedAt: null, updatedAt: 0 };

/** What the content script tells the background about a page of one court: no page text, no URL. */
export interface PageEvent {
  readonly page: PageKind;
  readonly filer: boolean | null;
  readonly reason: ErrorReason | null;
  readonly training: boolean;
  /**
   * The court is known from its own host, or from a central login whose court ids agree. A
   * login naming the court in one place only may continue progress, never start it: any
   * website can link to the login with any court in its address.
   */
  readonly courtConfirmed: boolean;
  readonly at: number;
}

function completeThrough(done: CourtProgress['done'], last: StepId | null, at: number): CourtProgress['done'] {
  if (!last) return done;
  const next = { ...done };
  for (const id of STEP_IDS) {
    next[id] ??= at;
    if (id === last) break;
  }
  return next;
}

const previousStep = (id: StepId): StepId | null => STEP_IDS[STEP_IDS.indexOf(id) - 1] ?? null;

/** Reaching a page of step N means steps 1..N-1 are done. */
export function reduceProgress(state: CourtProgress, event: PageEvent): CourtProgress {
  // A training site teaches, but it links nothing: it never moves real progress.
  if (event.training) return state;
  if (!event.courtConfirmed && state.status === 'not-started' && Object.keys(state.done).length === 0) return state;
  const next = reduceSteps(state, event);
  // Only the flow's own pages are worth remembering (and writing): not every docket a filer opens.
  const inFlow = stepForPage(event.page) !== null || event.page === 'link-error' || event.page === 'legacy-login';
  const after = !inFlow || next.lastPage === event.page ? next : { ...next, lastPage: event.page, updatedAt: event.at };
  // The same page again is no news: only its time would change, and a write would wake every
  // court tab that listens to storage.
  return sameButTime(state, after) ? state : after;
}

/** Whether two progresses differ in `updatedAt` at most: every other field, present or future, counts. */
function sameButTime(a: CourtProgress, b: CourtProgress): boolean {
  const withoutTime = ({ updatedAt: _at, done, ...rest }: CourtProgress) => JSON.stringify([rest, Object.entries(done).sort()]);
  return withoutTime(a) === withoutTime(b);
}

function reduceSteps(state: CourtProgress, event: PageEvent): CourtProgress {
  const at = event.at;
  if (state.status === 'verified') return state;
  if (event.filer === true && (event.page === 'ecf-menu' || event.page === 'link-success' || event.page === 'utilities' || event.page === 'nextgen-menu')) {
    // Filing menus on the menu bar: linked (now, or before the guide was installed) and seen working.
    return { ...state, status: 'verified', done: completeThrough(state.done, 'refresh', at), current: null, updatedAt: at };
  }
  if (event.page === 'legacy-login') {
    // The old login behind the court's entry: the court is not on NextGen (yet). Once the user
    // has logged in through PACER here, the court is on NextGen whatever page came later.
    const pastEntry = STEP_IDS.some((id) => state.done[id] !== undefined);
    return pastEntry || state.status === 'linked' ? state : { ...state, status: 'not-nextgen', current: null, updatedAt: at };
  }
  if (event.page === 'link-error') {
    return { ...state, status: state.status === 'linked' ? 'linked' : 'in-progress', lastError: event.reason ?? 'unknown', lastErrorAt: at, updatedAt: at };
  }
  const step = stepForPage(event.page);
  if (!step) return state;
  // The success page seen again once linked: the user reloaded it.
  if (event.page === 'link-success' && state.status === 'linked' && state.lastPage === 'link-success') {
    return { ...state, reloadedAt: at, updatedAt: at };
  }
  const done = completeThrough(state.done, previousStep(step.id), at);
  const linked = event.page === 'link-success' || state.status === 'linked';
  const current = furthest(state.current, step.id, done);
  const failedLogin = step.id === 'log-in' && event.reason ? { lastError: event.reason, lastErrorAt: at } : {};
  return { ...state, ...failedLogin, status: linked ? 'linked' : 'in-progress', done, current, updatedAt: at };
}

/** The current step never moves back when the user does. */
function furthest(current: StepId | null, seen: StepId, done: CourtProgress['done']): StepId {
  const firstOpen = STEP_IDS.find((id) => done[id] === undefined) ?? 'refresh';
  const candidates = [current, seen, firstOpen].filter((id): id is StepId => id !== null && done[id] === undefined);
  if (candidates.length === 0) return firstOpen;
  return candidates.reduce((a, b) => (STEP_IDS.indexOf(a) >= STEP_IDS.indexOf(b) ? a : b));
}
