// The one stored document (storage.local, key "state"): typed, versioned, validated on read.
// Whatever is corrupt is dropped piece by piece, so one bad court never costs the others.
import { COURTS } from '../core/courts/courts';
import { STEP_IDS, type StepId } from '../core/flow/steps';
import { EMPTY_PROGRESS, type CourtProgress, type CourtStatus } from '../core/progress/progress';
import { ERROR_REASONS, PAGE_KINDS, type ErrorReason, type PageKind } from '../core/recognition/types';

export const STORAGE_KEY = 'state';
export const STORAGE_VERSION = 1;

export interface Settings {
  /** The in-page guide is hidden on every court. */
  readonly guideHidden: boolean;
  /** Courts on which the user hid the guide. */
  readonly hiddenCourts: readonly string[];
}

export interface StoredState {
  readonly version: typeof STORAGE_VERSION;
  readonly courts: Readonly<Record<string, CourtProgress>>;
  readonly settings: Settings;
  /** Set when stored data had to be repaired; the popup tells the user once, then clears it. */
  readonly repairNotice: string | null;
}

export const DEFAULT_SETTINGS: Settings = { guideHidden: false, hiddenCourts: [] };
export const EMPTY_STATE: StoredState = { version: STORAGE_VERSION, courts: {}, settings: DEFAULT_SETTINGS, repairNotice: null };

const STATUSES: readonly CourtStatus[] = ['not-started', 'in-progress', 'linked', 'verified', 'not-nextgen'];
const KNOWN_COURTS = new Set(COURTS.map((court) => court.id));

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

function readProgress(raw: unknown): CourtProgress | null {
  if (!isRecord(raw) || !STATUSES.includes(raw.status as CourtStatus) || !isRecord(raw.done)) return null;
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
    updatedAt: isTime(raw.updatedAt) ? raw.updatedAt : 0,
  };
}

function readSettings(raw: unknown, problems: string[]): Settings {
  if (raw === undefined) return DEFAULT_SETTINGS;
  if (!isRecord(raw)) {
    problems.push('settings');
    return DEFAULT_SETTINGS;
  }
  const hiddenCourts = Array.isArray(raw.hiddenCourts) ? raw.hiddenCourts.filter((id): id is string => typeof id === 'string' && KNOWN_COURTS.has(id)) : [];
  if (typeof raw.guideHidden !== 'boolean' || !Array.isArray(raw.hiddenCourts) || hiddenCourts.length !== raw.hiddenCourts.length) problems.push('settings');
  return { guideHidden: raw.guideHidden === true, hiddenCourts };
}

/**
 * Reads whatever is stored, keeping every valid piece. `repaired` is true when something was
 * dropped, or the data came from another version, so the user can be told once.
 */
export function readStoredState(raw: unknown): { state: StoredState; repaired: boolean } {
  if (raw === undefined || raw === null) return { state: EMPTY_STATE, repaired: false };
  if (!isRecord(raw)) return { state: { ...EMPTY_STATE, repairNotice: 'unreadable' }, repaired: true };
  const problems: string[] = [];
  if (raw.version !== STORAGE_VERSION) problems.push(`version ${String(raw.version)}`);
  const courts: Record<string, CourtProgress> = {};
  if (isRecord(raw.courts)) {
    for (const [id, value] of Object.entries(raw.courts)) {
      const progress = KNOWN_COURTS.has(id) ? readProgress(value) : null;
      if (progress) courts[id] = progress;
      else problems.push(`court ${id}`);
    }
  } else if (raw.courts !== undefined) {
    problems.push('courts');
  }
  const settings = readSettings(raw.settings, problems);
  const previousNotice = typeof raw.repairNotice === 'string' ? raw.repairNotice : null;
  const repairNotice = problems.length ? problems.join(', ') : previousNotice;
  return { state: { version: STORAGE_VERSION, courts, settings, repairNotice }, repaired: problems.length > 0 };
}
