// Reads and writes the stored state one change at a time, so two tabs reporting at once
// cannot lose each other's update.
import browser from 'webextension-polyfill';
import { readStoredState, STORAGE_KEY, type StoredState } from '../shared/storage-schema';

let queue: Promise<unknown> = Promise.resolve();

export async function loadState(): Promise<StoredState> {
  const stored = await browser.storage.local.get(STORAGE_KEY);
  const { state, repaired } = readStoredState(stored[STORAGE_KEY]);
  if (repaired) await browser.storage.local.set({ [STORAGE_KEY]: state });
  return state;
}

/** Applies `change` to the latest stored state, after every change queued before it. */
export function updateState(change: (state: StoredState) => StoredState): Promise<StoredState> {
  const run = queue.then(async () => {
    const next = change(await loadState());
    await browser.storage.local.set({ [STORAGE_KEY]: next });
    return next;
  });
  queue = run.catch(() => undefined);
  return run;
}

