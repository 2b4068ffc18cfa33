// Keeps where the guide last pointed in each court (the flow trail, see core/flow/trail.ts),
// from page reports, and tells a page as it starts to load which control it answers. Kept in
// memory while the background runs (it is the trail's only reader and writer) and written in
// order, so a pointer is known to the next page at once; a change made by anyone else (storage
// cleared) replaces it. Path hashes and times only.
import browser from 'webextension-polyfill';
import { answeredControl, type Arrival, type Trail } from '../core/flow/trail';
import type { FlowEvidence } from '../core/recognition/types';
import type { PagePointer } from '../shared/messages';
import { readStoredTrail, TRAIL_KEY } from '../shared/stored-trail';
import { nextTask } from './later';

let kept: Trail | null = null;
let reading: Promise<Trail> | null = null;
let writes: Promise<unknown> = Promise.resolve();
/** Trails written here whose storage.onChanged has not come back yet, as JSON. */
const ownWrites = new Set<string>();

browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'local' || !(TRAIL_KEY in changes)) return;
  if (!ownWrites.delete(JSON.stringify(changes[TRAIL_KEY]?.newValue ?? null))) kept = null;
});

async function load(): Promise<Trail> {
  while (!kept) {
    reading ??= browser.storage.local.get(TRAIL_KEY).then((stored) => readStoredTrail(stored[TRAIL_KEY]), () => ({})).finally(() => (reading = null));
    const read = await reading;
    kept ??= read;
  }
  return kept;
}

/** The control a page of `court` reached this way answers, or null. */
export async function arrivedBy(court: string, arrival: Arrival): Promise<FlowEvidence | null> {
  return answeredControl((await load())[court], arrival, Date.now());
}

export async function rememberPointer(court: string, pointer: PagePointer, at: number): Promise<void> {
  while (!kept) await load();
  // From here on nothing else runs until the pointer is kept: no pointer can be lost.
  const last = kept[court];
  // The same pointer again (a reload, another look) is no news: no write.
  if (last && last.control === pointer.control && last.from === pointer.from && last.to.join() === pointer.to.join() && at - last.at < 60_000) return;
  const after: Trail = { ...kept, [court]: { ...pointer, at } };
  kept = after;
  const key = JSON.stringify(after);
  ownWrites.add(key);
  writes = writes.then(nextTask).then(() => browser.storage.local.set({ [TRAIL_KEY]: after })).catch(() => {
    ownWrites.delete(key);
    kept = null;
  });
  await writes;
}
