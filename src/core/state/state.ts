// What the extension keeps, as types and their empty values: the state (progress, settings,
// the guidance log) and the planner (the user's own courts). Pure: the browser storage that
// holds them, and the validation of what is read back, are at the edge (shared/storage-schema.ts).
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, PageKind } from '../recognition/types';
import type { HelpDeskContact } from '../support/contact';
import type { PlannedCourt, PrepItem } from '../planner/plan';

export const STORAGE_VERSION = 1;

/** The settings the firm's IT can set by policy, and then lock. */
export const LOCKABLE_SETTINGS = ['guideHidden', 'helpDesk'] as const;
export type LockableSetting = (typeof LOCKABLE_SETTINGS)[number];

export interface Settings {
  /** The in-page guide is hidden on every court. */
  readonly guideHidden: boolean;
  /** Courts on which the user hid the guide. */
  readonly hiddenCourts: readonly string[];
  /** The user's own help desk, shown in the popup, on error callouts and in the report. */
  readonly helpDesk: HelpDeskContact | null;
  /** Settings the firm's IT set by policy (managed storage): the user cannot change them. */
  readonly locked: readonly LockableSetting[];
}

/** What the user (popup, settings page, the guide's hide buttons) may change of the settings. */
export type SettingsChange = Partial<Pick<Settings, 'guideHidden' | 'hiddenCourts' | 'helpDesk'>>;

/** One thing the guide saw, for the support report: enumerated facts only. */
export interface GuidanceEvent {
  readonly at: number;
  readonly court: string;
  readonly page: PageKind;
  readonly reason: ErrorReason | null;
}

/** How many guidance events are kept (the report shows them all). */
export const EVENTS_KEPT = 20;

export interface StoredState {
  readonly version: typeof STORAGE_VERSION;
  readonly courts: Readonly<Record<string, CourtProgress>>;
  readonly settings: Settings;
  /** The last guidance events, oldest first. */
  readonly events: readonly GuidanceEvent[];
  /** Set when stored data had to be repaired; the popup tells the user once, then clears it. */
  readonly repairNotice: string | null;
}

export const DEFAULT_SETTINGS: Settings = { guideHidden: false, hiddenCourts: [], helpDesk: null, locked: [] };
export const EMPTY_STATE: StoredState = { version: STORAGE_VERSION, courts: {}, settings: DEFAULT_SETTINGS, events: [], repairNotice: null };

export const PLANNER_VERSION = 1;
/** How many courts the list holds at most: every trial court, with room to spare. */
export const PLANNED_MAX = 300;

/**
 * The user's own courts. Kept apart from the state so that court pages, which read the
 * state, never carry or decode it, and are not woken when the user ticks a box in the popup.
 */
export interface StoredPlanner {
  readonly version: typeof PLANNER_VERSION;
  /** The courts the user files in, in the order added; each once, every one a court the guide covers. */
  readonly courts: readonly PlannedCourt[];
  /** The user's "before you start" ticks per court. Kept when a court is removed, like its progress. */
  readonly prep: Readonly<Record<string, readonly PrepItem[]>>;
  /** Set when stored data had to be repaired; shown with the state's notice, then cleared. */
  readonly repairNotice: string | null;
}

export const EMPTY_PLANNER: StoredPlanner = { version: PLANNER_VERSION, courts: [], prep: {}, repairNotice: null };

/** The state and the planner, read and changed together (one write when both change). */
export interface Stored {
  readonly state: StoredState;
  readonly planner: StoredPlanner;
}

/** The courts with progress, the one updated last first (the report's order, the popup's "started elsewhere"). */
export function courtsByLatestUpdate(state: StoredState): Array<[string, CourtProgress]> {
  return Object.entries(state.courts).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
}
