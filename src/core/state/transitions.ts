// The state's changes, each a pure function from one state to the next: what a page report
// adds, what a reset or a settings change does. The background applies them to storage; an
// unchanged state is returned as the same object, so the background writes nothing for it.
import { EMPTY_PROGRESS, reduceProgress, type PageEvent } from '../progress/progress';
import { EVENTS_KEPT, type GuidanceEvent, type SettingsChange, type Stored, type StoredState } from './state';

/** Appends an event unless it repeats the last one for the same court. */
export function withEvent(state: StoredState, event: GuidanceEvent): StoredState {
  const last = [...state.events].reverse().find((e) => e.court === event.court);
  if (last && last.page === event.page && last.reason === event.reason) return state;
  return { ...state, events: [...state.events, event].slice(-EVENTS_KEPT) };
}

/** A page of a known court reported: its progress moves on, and the guidance log notes the page. */
export function withPageReport(state: StoredState, court: string, event: PageEvent): StoredState {
  const before = state.courts[court] ?? EMPTY_PROGRESS;
  const after = reduceProgress(before, event);
  const withProgress = after === before ? state : { ...state, courts: { ...state.courts, [court]: after } };
  // The guidance log keeps the flow's pages only (those the progress remembers, and errors), for the support report.
  if (after.lastPage !== event.page && event.page !== 'link-error') return withProgress;
  return withEvent(withProgress, { at: event.at, court, page: event.page, reason: event.reason });
}

/** A court's progress forgotten (a reset); the rest kept. */
export function withoutProgress(state: StoredState, court: string): StoredState {
  if (!(court in state.courts)) return state;
  const { [court]: _removed, ...courts } = state.courts;
  return { ...state, courts };
}

/** The guide hidden on one more court (the callout's "Hide on this court"), unless the firm's policy set the hidden courts. */
export function withCourtHidden(state: StoredState, court: string): StoredState {
  return state.settings.hiddenCourts.includes(court) ? state : withSettingsChange(state, { hiddenCourts: [...state.settings.hiddenCourts, court] });
}

/** The user's change to the settings, except what the firm's policy set: the user cannot change that. */
export function withSettingsChange(state: StoredState, change: SettingsChange): StoredState {
  const settings = state.settings as unknown as Record<string, unknown>;
  const allowed = Object.entries(change).filter(([key, value]) => !state.settings.locked.includes(key as never) && JSON.stringify(value) !== JSON.stringify(settings[key]));
  return allowed.length ? { ...state, settings: { ...state.settings, ...Object.fromEntries(allowed) } } : state;
}

/** The repair notices of both, once the user has read them. */
export function withoutNotices({ state, planner }: Stored): Stored {
  return {
    state: state.repairNotice === null ? state : { ...state, repairNotice: null },
    planner: planner.repairNotice === null ? planner : { ...planner, repairNotice: null },
  };
}

/**
 * The courts whose guide may say something else after a change of the state, or 'all' after a
 * change of a setting the guide shows or obeys (hidden, the help desk it names).
 */
export function guidesChangedBy(before: StoredState, after: StoredState): readonly string[] | 'all' {
  if (before === after) return [];
  const was = before.settings;
  const is = after.settings;
  if (was.guideHidden !== is.guideHidden || was.hiddenCourts.join() !== is.hiddenCourts.join() || JSON.stringify(was.helpDesk) !== JSON.stringify(is.helpDesk)) return 'all';
  const ids = new Set([...Object.keys(before.courts), ...Object.keys(after.courts)]);
  return [...ids].filter((id) => before.courts[id] !== after.courts[id]);
}
