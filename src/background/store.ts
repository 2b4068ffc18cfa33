// The stored state and planner, kept in memory while the background runs (it is their only
// writer): a change is worked out at once from the latest, so two tabs reporting together
// cannot lose each other's update, and a page's report is answered without waiting for a
// write. The writes follow in order. A change made by anyone else (storage cleared, a test)
// replaces what is kept here.
import browser from 'webextension-polyfill';
import { PLANNER_KEY, readStoredPlanner, readStoredState, STORAGE_KEY } from '../shared/storage-schema';
import type { Stored, StoredPlanner, StoredState } from '../core/state/state';
import { nextTask } from './later';

/** Called after each write of a new state, with the tab whose page report made it (null: anything else). */
type StateWritten = (before: StoredState, after: StoredState, fromTab: number | null) => void;
let written: StateWritten = () => undefined;

/** Sets what follows a write of the state (the background tells open guides to ask again). */
export function afterStateWritten(listener: StateWritten): void {
  written = listener;
}

/** What is stored, as last read or written here; null until read (the background has just started). */
let kept: Stored | null = null;
let reading: Promise<Stored> | null = null;
/** Values written here whose storage.onChanged has not come back yet, as JSON, by key. */
const ownWrites = new Map<string, Set<string>>([[STORAGE_KEY, new Set()], [PLANNER_KEY, new Set()]]);
let writes: Promise<unknown> = Promise.resolve();

// Every change of a stored key: one made elsewhere replaces what is kept here. Heard before any
// listener the background adds later (this module is loaded first), so they all read it anew.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local') return;
  for (const [key, { newValue }] of Object.entries(changes)) {
    if (ownWrites.get(key)?.delete(JSON.stringify(newValue ?? null))) continue;
    if (ownWrites.has(key)) kept = null;
  }
});

/** What is stored, read and validated; what had to be repaired is written back. */
async function read(): Promise<Stored> {
  const stored = await browser.storage.local.get([STORAGE_KEY, PLANNER_KEY]);
  const state = readStoredState(stored[STORAGE_KEY]);
  const planner = readStoredPlanner(stored[PLANNER_KEY]);
  const repaired = { state: state.state, planner: planner.planner };
  if (!kept && (state.repaired || planner.repaired)) save(repaired, { state: state.repaired ? null : repaired.state, planner: planner.repaired ? null : repaired.planner }, null);
  return repaired;
}

/** Waits until what is stored is kept here: read once, every caller waiting on the same read. */
async function load(): Promise<Stored> {
  while (!kept) {
    reading ??= read().finally(() => (reading = null));
    const stored = await reading;
    kept ??= stored;
  }
  return kept;
}

/**
 * Keeps `next` and writes what differs from `before` (null: not stored as it should be), in
 * one call after the writes before it, once the answer being given has gone (later.ts).
 */
function save(next: Stored, before: { state: StoredState | null; planner: StoredPlanner | null }, fromTab: number | null): void {
  kept = next;
  const values: Record<string, unknown> = {};
  if (next.state !== before.state) values[STORAGE_KEY] = next.state;
  if (next.planner !== before.planner) values[PLANNER_KEY] = next.planner;
  if (!Object.keys(values).length) return;
  for (const [key, value] of Object.entries(values)) ownWrites.get(key)!.add(JSON.stringify(value));
  writes = writes
    .then(nextTask)
    .then(() => browser.storage.local.set(values))
    .then(() => {
      if (before.state && next.state !== before.state) written(before.state, next.state, fromTab);
    })
    .catch(() => {
      // The write failed: what is stored is read again next time.
      for (const [key, value] of Object.entries(values)) ownWrites.get(key)!.delete(JSON.stringify(value));
      kept = null;
    });
}

/** The state now. */
export async function currentState(): Promise<StoredState> {
  return (await load()).state;
}

/**
 * Applies `change` to the latest state and resolves with the new one at once; its write
 * follows. `fromTab`: the tab whose page report it is. Nothing changed (the same page reported
 * again): no write, so no tab hears of it.
 */
export async function updateState(change: (state: StoredState) => StoredState, fromTab: number | null = null): Promise<StoredState> {
  return (await updateStored((stored) => ({ ...stored, state: change(stored.state) }), fromTab)).state;
}

/** Both, now. */
export function loadStored(): Promise<Stored> {
  return load();
}

/**
 * Applies `change` to the latest state and planner. Only what changed is written, in one call:
 * a tick in the popup does not touch the state (whose changes open guides may be told of), and
 * removing a court with its progress is one write.
 */
export async function updateStored(change: (stored: Stored) => Stored, fromTab: number | null = null): Promise<Stored> {
  while (!kept) await load();
  // From here on nothing else runs until the change is kept: no update can be lost.
  const before = kept;
  const after = change(before);
  const next = after.state === before.state && after.planner === before.planner ? before : after;
  if (next !== before) save(next, before, fromTab);
  return next;
}
