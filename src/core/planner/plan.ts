// The planner's view of the user's courts: one row per court with what the popup shows, the
// order in which they need the user (what needs something next comes first), and the counts
// behind "3 of 7 courts linked" and the toolbar badge. Pure: no browser API.
import { allCourts, usesLinkingFlow, type Court } from '../courts/courts';
import { courtName } from '../courts/names';
import { stepById } from '../flow/steps';
import { EMPTY_PROGRESS, type CourtProgress, type CourtStatus } from '../progress/progress';

/** What the user can tick before starting in a court (their own checklist; nothing typed). */
export const PREP_ITEMS = ['upgraded', 'mfa', 'old-login', 'help-desk'] as const;
export type PrepItem = (typeof PREP_ITEMS)[number];

/** A court the user plans to link, as stored: its id and when it was added. */
export interface PlannedCourt {
  readonly id: string;
  readonly addedAt: number;
}

export interface PlanRow {
  readonly court: Court;
  readonly progress: CourtProgress;
  /** The step the user is at (1…6) while linking is in progress; otherwise null. */
  readonly step: number | null;
  /** When the user last moved on in this court (ms since epoch), or null if never. */
  readonly lastStepAt: number | null;
  /** How many of the PREP_ITEMS the user ticked. */
  readonly prepDone: number;
}

/** Which courts need the user first: those under way, then one F5 away, then untouched, then waiting, then done. */
export const NEED_ORDER: Readonly<Record<CourtStatus, number>> = { 'in-progress': 0, linked: 1, 'not-started': 2, 'not-nextgen': 3, verified: 4 };

let byId: ReadonlyMap<string, Court> | null = null;
/**
 * A court by its exact id, from the whole table at once: a list holds up to every court, and
 * looking each up on its own (courtById, made for a court page's one court) costs a scan of
 * the table's text each time.
 */
export function plannedCourt(id: string): Court | null {
  byId ??= new Map(allCourts().map((court) => [court.id, court]));
  return byId.get(id) ?? null;
}

/** Courts the planner can hold: the ones the linking flow applies to. */
export function plannable(court: Court | null): court is Court {
  return court !== null && usesLinkingFlow(court);
}

export function planRow(court: Court, progress: CourtProgress | undefined, prep: readonly PrepItem[] | undefined): PlanRow {
  const p = progress ?? EMPTY_PROGRESS;
  return {
    court,
    progress: p,
    step: p.status === 'in-progress' && p.current ? stepById(p.current).number : null,
    lastStepAt: p.updatedAt > 0 ? p.updatedAt : null,
    prepDone: prep ? PREP_ITEMS.filter((item) => prep.includes(item)).length : 0,
  };
}

/**
 * The user's courts as rows, in the order they need the user: courts under way (the most
 * recently touched first, to carry on where they left off), then those linked but not yet
 * seen with their filing menus, then the untouched ones, then the courts not on NextGen yet,
 * then the finished ones; by name within each group.
 */
export function planRows(
  planned: readonly PlannedCourt[],
  progress: Readonly<Record<string, CourtProgress>>,
  prep: Readonly<Record<string, readonly PrepItem[]>>,
): PlanRow[] {
  const rows: Array<PlanRow & { name: string }> = [];
  for (const { id } of planned) {
    const court = plannedCourt(id);
    if (!plannable(court)) continue;
    rows.push({ ...planRow(court, progress[id], prep[id]), name: courtName(court) });
  }
  rows.sort((a, b) => {
    const byNeed = NEED_ORDER[a.progress.status] - NEED_ORDER[b.progress.status];
    if (byNeed !== 0) return byNeed;
    const underWay = a.progress.status === 'in-progress' || a.progress.status === 'linked';
    if (underWay && a.progress.updatedAt !== b.progress.updatedAt) return b.progress.updatedAt - a.progress.updatedAt;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  return rows.map(({ name: _name, ...row }) => row);
}

export interface PlanCounts {
  readonly total: number;
  /** Linked, whether or not the filing menus have been seen yet. */
  readonly linked: number;
  readonly verified: number;
  readonly inProgress: number;
  readonly notStarted: number;
  readonly notNextGen: number;
  /** Courts still to link: total − linked. */
  readonly left: number;
}

export function planCounts(rows: readonly Pick<PlanRow, 'progress'>[]): PlanCounts {
  const count = (...statuses: CourtStatus[]) => rows.filter((row) => statuses.includes(row.progress.status)).length;
  const linked = count('linked', 'verified');
  return { total: rows.length, linked, verified: count('verified'), inProgress: count('in-progress'), notStarted: count('not-started'), notNextGen: count('not-nextgen'), left: rows.length - linked };
}

/** The counts straight from what is stored (for the background: no names, no sorting). */
export function storedCounts(planned: readonly PlannedCourt[], progress: Readonly<Record<string, CourtProgress>>): PlanCounts {
  return planCounts(planned.filter(({ id }) => plannable(plannedCourt(id))).map(({ id }) => ({ progress: progress[id] ?? EMPTY_PROGRESS })));
}

/** The toolbar badge away from court pages: nothing without courts, the courts left, or a tick when none is. */
export function countBadge(counts: PlanCounts): string {
  if (counts.total === 0) return '';
  return counts.left === 0 ? '✓' : String(counts.left);
}
