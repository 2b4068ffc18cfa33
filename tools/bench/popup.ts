// The popup with the longest list of courts a user can have: from the moment its data arrives
// (the background's answer to get-state) to its first frame rendered and laid out, which must
// fit in one frame (16.7 ms at 60 Hz); and to the whole list in the DOM (the popup draws the
// rows past its first screenful in the frames after, see FIRST_ROWS in src/popup/MyCourts.tsx).
// Measured inside the page: the answer's arrival where the extension's own call receives it,
// the render's end from a MutationObserver when the first rows are in the DOM (the work the
// answer caused has run by then), and the frame's style and layout by forcing them at the
// start of the next animation frame, before the browser would.
import type { Page } from 'playwright-core';
import { allCourts, usesLinkingFlow } from '../../src/core/courts/courts';
import { STEP_IDS } from '../../src/core/flow/steps';
import { PLANNER_VERSION, STORAGE_VERSION } from '../../src/core/state/state';
import { launchWithExtension, type GuidedBrowser } from '../practice-court/browser';
import { startPracticeCourt } from '../practice-court/server';
import { median, percentile, round, type Budget } from './results';

/** One frame at 60 Hz. */
export const FRAME_MS = 1000 / 60;

export interface PopupFigures {
  /** Courts in the list (every trial court in PACER's list: the longest list a user can have). */
  courts: number;
  opens: number;
  /** Answer arrived → the first frame's DOM built, ms. */
  renderMsMedian: number;
  renderMsP95: number;
  /** That frame's style and layout, ms. */
  layoutMsMedian: number;
  /** Answer arrived → first frame rendered and laid out: what must fit in a frame. */
  frameMsMedian: number;
  frameMsP95: number;
  /** Answer arrived → every row in the DOM, ms. */
  allMsMedian: number;
}

/** Runs before the popup's scripts: wraps the extension's message call to time its answers. */
const PROBE = `(() => {
  const marks = (globalThis.__popupBench = { reply: null, rendered: null, layout: null, all: null });
  // Messages and answers travel as JSON text (src/shared/wire.ts), or as objects.
  const valueOf = (wire) => { try { return typeof wire === 'string' ? JSON.parse(wire) : wire; } catch { return undefined; } };
  const asksState = (message) => (valueOf(message) || {}).type === 'get-state';
  const arrived = (wire) => {
    const reply = valueOf(wire);
    marks.reply = performance.now();
    const rows = (reply && reply.planner && reply.planner.courts.length) || 0;
    const observer = new MutationObserver(() => {
      const drawn = document.querySelectorAll('.plan-court').length;
      if (drawn === 0) return;
      if (marks.rendered === null) {
        marks.rendered = performance.now();
        requestAnimationFrame(() => {
          const start = performance.now();
          document.body.getBoundingClientRect();
          getComputedStyle(document.body).color;
          marks.layout = performance.now() - start;
        });
      }
      if (drawn >= rows) {
        marks.all = performance.now();
        observer.disconnect();
      }
    });
    observer.observe(document, { childList: true, subtree: true });
  };
  // The browser's own promise API where there is one (what webextension-polyfill then uses), else chrome's callbacks.
  const promised = globalThis.browser && browser.runtime && browser.runtime.sendMessage;
  if (promised) {
    const send = promised.bind(browser.runtime);
    browser.runtime.sendMessage = (...args) => {
      const answer = send(...args);
      return asksState(args[0]) ? answer.then((reply) => (arrived(reply), reply)) : answer;
    };
    return;
  }
  const runtime = globalThis.chrome && chrome.runtime;
  if (!runtime || !runtime.sendMessage) return;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = (...args) => {
    const last = args[args.length - 1];
    if (asksState(args[0]) && typeof last === 'function') {
      args[args.length - 1] = (...reply) => {
        arrived(reply[0]);
        return last(...reply);
      };
    }
    return send(...args);
  };
})();`;

declare const chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; clear(): Promise<void> } } };

/** Every trial court in the list, with progress of every kind and some ticks, as a user far along would have. */
export function seed(now: number): Record<string, unknown> {
  const courts = allCourts().filter(usesLinkingFlow);
  const progress: Record<string, unknown> = {};
  courts.forEach((court, i) => {
    const kind = i % 5;
    if (kind === 0) return;
    const status = (['in-progress', 'linked', 'verified', 'not-nextgen'] as const)[kind - 1]!;
    // In progress at steps 1…5, in turn; linked and verified have done them all (verified the sixth too).
    const reached = status === 'in-progress' ? Math.floor(i / 5) % 5 : status === 'not-nextgen' ? 0 : status === 'linked' ? 5 : 6;
    const updatedAt = now - 86_400_000 * (i + 1);
    const done = Object.fromEntries(STEP_IDS.slice(0, reached).map((id, n) => [id, updatedAt - (6 - n) * 60_000]));
    const current = status === 'in-progress' ? STEP_IDS[reached]! : status === 'linked' ? 'refresh' : null;
    progress[court.id] = { status, done, current, lastError: i % 7 === 0 && status === 'in-progress' ? 'bad-credentials' : null, lastErrorAt: null, lastPage: null, reloadedAt: null, updatedAt };
  });
  const prep = Object.fromEntries(courts.filter((_, i) => i % 3 === 0).map((court) => [court.id, ['upgraded', 'mfa']]));
  return {
    state: { version: STORAGE_VERSION, courts: progress, settings: { guideHidden: false, hiddenCourts: [], helpDesk: null, locked: [] }, events: [], repairNotice: null },
    planner: { version: PLANNER_VERSION, courts: courts.map((court, i) => ({ id: court.id, addedAt: now - i })), prep, repairNotice: null },
  };
}

async function openOnce(browser: GuidedBrowser): Promise<{ render: number; layout: number; all: number } | null> {
  const page: Page = await browser.context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(PROBE);
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => {
      const marks = (globalThis as unknown as { __popupBench?: { layout: number | null; all: number | null } }).__popupBench;
      return marks?.layout != null && marks.all != null;
    }, undefined, { timeout: 15_000 });
    const marks = await page.evaluate(() => (globalThis as unknown as { __popupBench: { reply: number; rendered: number; layout: number; all: number } }).__popupBench);
    return { render: marks.rendered - marks.reply, layout: marks.layout, all: marks.all - marks.reply };
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

/** Opens the popup `opens` times over the longest list of courts; the stored data is put back afterwards. */
export async function measurePopup(browser: GuidedBrowser, opens = 20): Promise<PopupFigures> {
  const saved = await browser.worker.evaluate(() => chrome.storage.local.get(null));
  const data = seed(Date.now());
  const courts = (data.planner as { courts: unknown[] }).courts.length;
  await browser.worker.evaluate((value) => chrome.storage.local.set(value), data);
  const runs: Array<{ render: number; layout: number; all: number }> = [];
  try {
    await openOnce(browser); // the first open compiles the popup's code: not what a user meets twice
    for (let i = 0; i < opens; i += 1) {
      const run = await openOnce(browser);
      if (run) runs.push(run);
    }
  } finally {
    await browser.worker.evaluate(async (value) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(value);
    }, saved);
  }
  if (runs.length < opens / 2) throw new Error(`the popup bench measured only ${runs.length} of ${opens} opens`);
  const render = runs.map((r) => r.render);
  const frame = runs.map((r) => r.render + r.layout);
  return {
    courts,
    opens: runs.length,
    renderMsMedian: round(median(render)),
    renderMsP95: round(percentile(render, 95)),
    layoutMsMedian: round(median(runs.map((r) => r.layout))),
    frameMsMedian: round(median(frame)),
    frameMsP95: round(percentile(frame, 95)),
    allMsMedian: round(median(runs.map((r) => r.all))),
  };
}

export function popupBudget(figures: PopupFigures): Budget {
  const value = figures.frameMsMedian;
  return { id: 'popup-first-frame-ms', name: `popup with ${figures.courts} courts: its data arrived → first frame rendered and laid out, ms, median`, limit: round(FRAME_MS), value, ok: value <= FRAME_MS };
}

export function printPopup(figures: PopupFigures): void {
  console.log(`\nPopup with ${figures.courts} courts (${figures.opens} opens; ms from its data arriving)`);
  console.log(`  first frame: rendered ${figures.renderMsMedian.toFixed(2)} (p95 ${figures.renderMsP95.toFixed(2)}) + style and layout ${figures.layoutMsMedian.toFixed(2)} = ${figures.frameMsMedian.toFixed(2)} (p95 ${figures.frameMsP95.toFixed(2)}); one frame is ${FRAME_MS.toFixed(1)}`);
  console.log(`  every row in the DOM: ${figures.allMsMedian.toFixed(1)}`);
}

/** npm run bench -- --popup-only: the popup alone, in a browser of its own; exits 1 when it misses its frame. */
export async function popupOnly(opens = 20): Promise<number> {
  const court = await startPracticeCourt();
  const browser = await launchWithExtension(court);
  try {
    const figures = await measurePopup(browser, opens);
    printPopup(figures);
    const budget = popupBudget(figures);
    console.log(`\n  ${budget.ok ? 'ok  ' : 'MISS'} ${budget.name}: ${budget.value} (limit ${budget.limit})`);
    return budget.ok ? 0 : 1;
  } finally {
    await browser.close();
    await court.close();
  }
}
