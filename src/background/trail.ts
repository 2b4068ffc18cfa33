// Keeps where the guide last pointed in each court (the flow trail, see core/flow/trail.ts),
// from page reports, one write at a time. Path hashes and times only.
import browser from 'webextension-polyfill';
import type { PagePointer } from '../shared/messages';
import { readStoredTrail, TRAIL_KEY } from '../shared/stored-trail';

let queue: Promise<unknown> = Promise.resolve();

export function rememberPointer(court: string, pointer: PagePointer, at: number): Promise<void> {
  const run = queue.then(async () => {
    const trail = readStoredTrail((await browser.storage.local.get(TRAIL_KEY))[TRAIL_KEY]);
    const last = trail[court];
    // The same pointer again (a reload, another look) is no news: no write.
    if (last && last.control === pointer.control && last.from === pointer.from && last.to.join() === pointer.to.join() && at - last.at < 60_000) return;
    await browser.storage.local.set({ [TRAIL_KEY]: { ...trail, [court]: { ...pointer, at } } });
  });
  queue = run.catch(() => undefined);
  return run;
}
