// Reads and writes the stored state one change at a time, so two tabs reporting at once
// cannot lose each other's update.
import browser from 'webextension-polyfill';
import { PLANNER_KEY, readStoredPlanner, readStoredState, STORAGE_KEY } from '../shared/storage-schema';
import type { Stored, StoredState } from '../core/state/state';

let queue: Promise<unknown> = Promise.resolve();

/** Called after each write of a new state, with the tab whose page report made it (null: anything else). */
type StateWritten = (before: StoredState, after: StoredState, fromTab: number | null) => void;
let written: StateWritten = () => undefined;

/** Sets what follows a write of the state (the background tells open guides to ask again). */
export function afterStateWritten(listener: StateWritten): void {
  written = listener;
}

export async function loadState(): Promise<StoredState> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const { state, repaired } = readStoredState(stored[STORAGE_KEY]);
  if (repaired) await browser.storage.local.set({ [STORAGE_KEY]: state });
  return state;
}

/** Applies `change` to the latest stored state, after every change queued before it; `fromTab`: the tab whose page report it is. */
export function updateState(change: (state: StoredState) => StoredState, fromTab: number | null = null): Promise<StoredState> {
  const run = queue.then(async () => {
    const before = await loadState();
    const next = change(before);
    // Nothing changed (the same page reported again): no write, so no tab hears of it.
    if (next !== before) {
      await browser.storage.local.set({ [STORAGE_KEY]: next });
      written(before, next, fromTab);
    }
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}


async function loadBoth(): Promise<Stored> {
  const stored = await browser.storage.local.get([STORAGE_KEY, PLANNER_KEY]);
  const { state, repaired } = readStoredState(stored[STORAGE_KEY]);
  const planner = readStoredPlanner(stored[PLANNER_KEY]);
  const repairs = { ...(repaired ? { [STORAGE_KEY]: state } : {}), ...(planner.repaired ? { [PLANNER_KEY]: planner.planner } : {}) };
  if (Object.keys(repairs).length) await browser.storage.local.set(repairs);
  return { state, planner: planner.planner };
}

/** Both, after every change queued before this read. */
export function loadStored(): Promise<Stored> {
  return updateStored((stored) => stored);
}

/**
 * Applies `change` to the latest state and planner, in the same queue as updateState. Only
 * what changed is written, in one call: a tick in the popup does not touch the state (which
 * every open court page listens to), and removing a court with its progress is one write.
 */
export function updateStored(change: (stored: Stored) => Stored): Promise<Stored> {
  const run = queue.then(async () => {
    const before = await loadBoth();
    const next = change(before);
    const writes = { ...(next.state !== before.state ? { [STORAGE_KEY]: next.state } : {}), ...(next.planner !== before.planner ? { [PLANNER_KEY]: next.planner } : {}) };
    if (Object.keys(writes).length) await browser.storage.local.set(writes);
    if (next.state !== before.state) written(before.state, next.state, null);
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}
