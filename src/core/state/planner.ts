// The planner's changes (the user's own courts and their "before you start" ticks), each a
// pure function; an unchanged planner is returned as the same object, so nothing is written.
import { plannable, plannedCourt, type PlannedCourt, type PrepItem } from '../planner/plan';
import { PLANNED_MAX, type Stored, type StoredPlanner } from './state';
import { withoutProgress } from './transitions';

/** The courts added at the end of the list, each once, only courts the guide covers, up to the list's limit. */
export function withCourts(planner: StoredPlanner, ids: readonly string[], now: number): StoredPlanner {
  const have = new Set(planner.courts.map((c) => c.id));
  const added: PlannedCourt[] = [];
  for (const id of ids) {
    const court = plannedCourt(id);
    if (!plannable(court) || court.id !== id || have.has(id) || planner.courts.length + added.length >= PLANNED_MAX) continue;
    have.add(id);
    added.push({ id, addedAt: now });
  }
  return added.length ? { ...planner, courts: [...planner.courts, ...added] } : planner;
}

/** A court off the list. Its progress and ticks are kept, unless the user also asked to forget them (`reset`). */
export function withoutPlannedCourt({ state, planner }: Stored, court: string, reset: boolean): Stored {
  const courts = planner.courts.filter((c) => c.id !== court);
  const listed = courts.length === planner.courts.length ? planner : { ...planner, courts };
  if (!reset) return { state, planner: listed };
  const { [court]: ticks, ...prep } = planner.prep;
  return { state: withoutProgress(state, court), planner: ticks ? { ...listed, prep } : listed };
}

/** A "before you start" item ticked or unticked; a court with no tick left has no entry. */
export function withPrepTick(planner: StoredPlanner, court: string, item: PrepItem, done: boolean): StoredPlanner {
  const ticked = planner.prep[court] ?? [];
  if (ticked.includes(item) === done) return planner;
  const next = done ? [...ticked, item] : ticked.filter((tick) => tick !== item);
  const { [court]: _old, ...others } = planner.prep;
  return { ...planner, prep: next.length ? { ...others, [court]: next } : others };
}
