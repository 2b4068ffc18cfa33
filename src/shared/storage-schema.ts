// What is stored (storage.local), key by key: the state ("state") and the planner here, the
// flow trail in stored-trail.ts; each validated on read by the background, their only reader
// and writer (the popup and court pages ask the background). The types and their rules are in
// core/state/. Whatever is corrupt is dropped piece by piece, so one bad court never costs the
// others.
import { courtById } from '../core/courts/courts';
import { NAMED_COURTS } from '../core/courts/naming';
import { readContact } from '../core/support/contact';
import { STEP_IDS, type StepId } from '../core/flow/steps';
import { COURT_STATUSES, EMPTY_PROGRESS, type CourtProgress, type CourtStatus } from '../core/progress/progress';
import { ERROR_REASONS, PAGE_KINDS, type ErrorReason, type PageKind } from '../core/recognition/types';
import { PREP_ITEMS, plannable, plannedCourt, type PlannedCourt, type PrepItem } from '../core/planner/plan';
import { FLOW_EVIDENCE, type FlowEvidence } from '../core/recognition/types';
import { isRecord, isTime } from '../core/state/guards';
import {
  DEFAULT_SETTINGS,
  EMPTY_PLANNER,
  EMPTY_STATE,
  EVENTS_KEPT,
  LOCKABLE_SETTINGS,
  PLANNED_MAX,
  PLANNER_VERSION,
  STORAGE_VERSION,
  type GuidanceEvent,
  type LockableSetting,
  type Settings,
  type StoredPlanner,
  type StoredState,
} from '../core/state/state';


export const STORAGE_KEY = 'state';

const isKnownCourt = (id: string) => courtById(id)?.id === id;

function readProgress(raw: unknown): CourtProgress | null {
  if (!isRecord(raw) || !COURT_STATUSES.includes(raw.status as CourtStatus) || !isRecord(raw.done)) return null;
  const done: Partial<Record<StepId, number>> = {};
  for (const [id, at] of Object.entries(raw.done)) {
    if (!STEP_IDS.includes(id as StepId) || !isTime(at)) return null;
    done[id as StepId] = at;
  }
  const current = raw.current === null || STEP_IDS.includes(raw.current as StepId) ? (raw.current as StepId | null) : null;
  const lastError = ERROR_REASONS.includes(raw.lastError as ErrorReason) ? (raw.lastError as ErrorReason) : null;
  return {
    ...EMPTY_PROGRESS,
    status: raw.status as CourtStatus,
    done,
    current,
    lastError,
    lastErrorAt: lastError && isTime(raw.lastErrorAt) ? raw.lastErrorAt : null,
    lastPage: PAGE_KINDS.includes(raw.lastPage as PageKind) ? (raw.lastPage as PageKind) : null,
    reloadedAt: isTime(raw.reloadedAt) ? raw.reloadedAt : null,
    updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : 0,
  };
}

function readSettings(raw: unknown, problems: string[]): Settings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    problems.push('settings');
    return DEFAULT_SETTINGS;
  }
  const hiddenCourts = Array.isArray(raw.hiddenCourts) ? raw.hiddenCourts.filter((id): id is string => typeof id === 'string' && isKnownCourt(id)) : [];
  if (typeof raw.guideHidden !== 'boolean' || !Array.isArray(raw.hiddenCourts) || hiddenCourts.length !== raw.hiddenCourts.length) problems.push('settings');
  const locked = Array.isArray(raw.locked) ? raw.locked.filter((key): key is LockableSetting => LOCKABLE_SETTINGS.includes(key as LockableSetting)) : [];
  return { guideHidden: raw.guideHidden === true, hiddenCourts, helpDesk: readContact(raw.helpDesk), locked };
}

function readEvents(raw: unknown, problems: string[]): GuidanceEvent[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push('events');
    return [];
  }
  const events = raw.filter(
    (e): e is GuidanceEvent =>
      isRecord(e) && isTime(e.at) && typeof e.court === 'string' && isKnownCourt(e.court) && PAGE_KINDS.includes(e.page as PageKind) && (e.reason === null || ERROR_REASONS.includes(e.reason as ErrorReason)),
  );
  if (events.length !== raw.length) problems.push('events');
  return events.slice(-EVENTS_KEPT).map((e) => ({ at: e.at, court: e.court, page: e.page, reason: e.reason }));
}

/**
 * Reads whatever is stored, keeping every valid piece. `repaired` is true when something was
 * dropped, or the data came from another version, so the user can be told once.
 */
export function readStoredState(raw: unknown): { state: StoredState; repaired: boolean } {
  try {
    return readStoredStateOrThrow(raw);
  } catch {
    // Validation is written not to throw on any value; this is the last line of defence, so
    // that one odd value can never stop the extension from loading, updating or resetting.
    return { state: { ...EMPTY_STATE, repairNotice: 'unreadable' }, repaired: true };
  }
}

/** A stored value named in a repair notice: its shape, never its content. */
function describeValue(value: unknown): string {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value).slice(0, 12);
  return value === null ? 'null' : Array.isArray(value) ? 'list' : typeof value;
}

function readStoredStateOrThrow(raw: unknown): { state: StoredState; repaired: boolean } {
  if (raw === undefined || raw === null) return { state: EMPTY_STATE, repaired: false };
  if (!isRecord(raw)) return { state: { ...EMPTY_STATE, repairNotice: 'unreadable' }, repaired: true };
  const problems: string[] = [];
  if (raw.version !== STORAGE_VERSION) problems.push(`version ${describeValue(raw.version)}`);
  const courts: Record<string, CourtProgress> = {};
  if (isRecord(raw.courts)) {
    for (const [id, value] of Object.entries(raw.courts)) {
      const progress = isKnownCourt(id) ? readProgress(value) : null;
      if (progress) courts[id] = progress;
      else problems.push(isKnownCourt(id) ? `court ${id}` : 'unknown court');
    }
  } else if (raw.courts !== undefined) {
    problems.push('courts');
  }
  const settings = readSettings(raw.settings, problems);
  const events = readEvents(raw.events, problems);
  const previousNotice = typeof raw.repairNotice === 'string' ? raw.repairNotice.slice(0, 200) : null;
  const repairNotice = problems.length ? [...new Set(problems)].join(', ').slice(0, 200) : previousNotice;
  return { state: { version: STORAGE_VERSION, courts, settings, events, repairNotice }, repaired: problems.length > 0 };
}

/**
 * Another key: the user's own courts (the planner), written only by the background. Apart from
 * the state so that court pages, which read the state, never carry or decode it, and are not
 * woken when the user ticks a box in the popup. Versioned and validated like the state.
 */
export const PLANNER_KEY = 'planner';

/** Reads the stored planner, keeping every valid piece; never throws (see readStoredState). */
export function readStoredPlanner(raw: unknown): { planner: StoredPlanner; repaired: boolean } {
  try {
    return readStoredPlannerOrThrow(raw);
  } catch {
    return { planner: { ...EMPTY_PLANNER, repairNotice: 'your courts' }, repaired: true };
  }
}

function readStoredPlannerOrThrow(raw: unknown): { planner: StoredPlanner; repaired: boolean } {
  if (raw === undefined || raw === null) return { planner: EMPTY_PLANNER, repaired: false };
  if (!isRecord(raw)) return { planner: { ...EMPTY_PLANNER, repairNotice: 'your courts' }, repaired: true };
  const problems: string[] = [];
  if (raw.version !== PLANNER_VERSION) problems.push(`your courts, version ${describeValue(raw.version)}`);
  const courts: PlannedCourt[] = [];
  const seen = new Set<string>();
  const isKnown = (id: string) => plannedCourt(id) !== null;
  if (Array.isArray(raw.courts)) {
    for (const entry of raw.courts) {
      const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : null;
      const valid = id !== null && plannable(plannedCourt(id)) && isTime(entry.addedAt);
      if (!valid) {
        problems.push('your courts');
        continue;
      }
      if (seen.has(id) || courts.length >= PLANNED_MAX) continue;
      seen.add(id);
      courts.push({ id, addedAt: entry.addedAt as number });
    }
  } else if (raw.courts !== undefined) {
    problems.push('your courts');
  }
  const prep: Record<string, PrepItem[]> = {};
  if (isRecord(raw.prep)) {
    for (const [id, items] of Object.entries(raw.prep)) {
      const ticked = Array.isArray(items) ? PREP_ITEMS.filter((item) => items.includes(item)) : [];
      const whole = Array.isArray(items) && isKnown(id) && items.every((item) => PREP_ITEMS.includes(item as PrepItem)) && new Set(items).size === items.length;
      if (!whole) problems.push(isKnown(id) ? `checklist ${id}` : 'checklist');
      if (isKnown(id) && ticked.length > 0) prep[id] = ticked;
    }
  } else if (raw.prep !== undefined) {
    problems.push('checklist');
  }
  const previousNotice = typeof raw.repairNotice === 'string' ? raw.repairNotice.slice(0, 200) : null;
  const repairNotice = problems.length ? [...new Set(problems)].join(', ').slice(0, 200) : previousNotice;
  return { planner: { version: PLANNER_VERSION, courts, prep, repairNotice }, repaired: problems.length > 0 };
}
