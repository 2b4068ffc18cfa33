// Registers the content scripts the plan asks for (core/progress/scripts.ts): the guide for
// courts being linked, the gate for the rest, nothing for courts linked and verified. The
// registrations persist across browser restarts; they are checked again at each start and
// changed only when a court's status changes.
import browser, { type Scripting } from 'webextension-polyfill';
import { allCourts } from '../core/courts/courts';
import { parseSite } from '../core/courts/hosts';
import { planSignature, scriptPlan } from '../core/progress/scripts';
import { readingPagePatterns } from '../core/recognition/reading-pages';
import type { StoredState } from '../core/state/state';

const GUIDE = 'guide';
const LOGIN = 'login';
const GATE = 'gate';

let applied: string | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** The registrations for a state. */
function wanted(state: StoredState): Scripting.RegisteredContentScript[] {
  const plan = scriptPlan(state.courts, allCourts().map((court) => court.id));
  const scripts: Scripting.RegisteredContentScript[] = [];
  // Dockets, reports and documents are read for years and never linked from: no script of ours
  // runs on them, whatever the court's progress (the gate also stops them in any capitalisation).
  const reading = readingPagePatterns();
  // The guide asks storage for the progress as the page starts, so it is there when the markup is.
  if (plan.guide.length) scripts.push({ id: GUIDE, js: ['content.js'], matches: [...plan.guide], excludeMatches: reading, runAt: 'document_start', allFrames: false, persistAcrossSessions: true });
  if (plan.login.length) scripts.push({ id: LOGIN, js: ['login.js'], matches: [...plan.login], runAt: 'document_start', allFrames: false, persistAcrossSessions: true });
  // The gate reads a few facts of the parsed page: it runs once the markup is there.
  if (plan.gate.length) scripts.push({ id: GATE, js: ['gate.js'], matches: [...plan.gate], excludeMatches: reading, runAt: 'document_end', allFrames: false, persistAcrossSessions: true });
  return scripts;
}

/** Brings the registered scripts in line with the state (after every change queued before). */
export function syncScripts(state: StoredState, force = false): Promise<void> {
  const signature = planSignature(state.courts);
  if (!force && signature === applied) return queue.then(() => undefined);
  const run = queue.then(async () => {
    if (!force && signature === applied) return;
    const want = wanted(state);
    const have = await browser.scripting.getRegisteredContentScripts();
    const ids = new Set(want.map((s) => s.id));
    const gone = have.filter((s) => !ids.has(s.id)).map((s) => s.id);
    if (gone.length) await browser.scripting.unregisterContentScripts({ ids: gone });
    const known = new Map(have.map((s) => [s.id, s]));
    const same = (a: Scripting.RegisteredContentScript, b: Scripting.RegisteredContentScript) =>
      (a.js ?? []).join() === (b.js ?? []).join() && (a.matches ?? []).join() === (b.matches ?? []).join() && (a.excludeMatches ?? []).join() === (b.excludeMatches ?? []).join() && a.runAt === b.runAt;
    const changed = want.filter((s) => known.has(s.id) && !same(s, known.get(s.id)!));
    const added = want.filter((s) => !known.has(s.id));
    if (changed.length) await browser.scripting.updateContentScripts(changed);
    if (added.length) await browser.scripting.registerContentScripts(added);
    applied = signature;
  });
  queue = run.catch(() => undefined);
  return run;
}

/**
 * The gate found a page that may be on the linking path, or the user asked for the guide:
 * the guide joins that tab now (its later pages get it from the registration, once its
 * report starts the court's progress).
 */
export async function injectGuide(tabId: number, url: string | undefined, frameId = 0): Promise<boolean> {
  const site = url ? parseSite(url) : null;
  if (!site || site.kind === 'account') return false;
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [site.kind === 'login' ? 'login.js' : 'content.js'] });
    return true;
  } catch {
    // The tab closed, or navigated to a page the extension may not touch.
    return false;
  }
}
