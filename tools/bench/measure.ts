// One measured page load, through the DevTools protocol: the main-thread time the extension
// took (see attribution.ts), on the thread's CPU clock and on the wall clock, timers and frames
// it asked for, DOMContentLoaded → coach mark painted, and, for a page left to sit still, its
// main thread's CPU and the JS heap after a collection.
import type { CDPSession, Page } from 'playwright-core';
import { HOST_TAG } from '../../src/overlay/overlay';
import { extensionCost, findWorld, onClock, topLevelSlices, type ScriptWorld, type TraceEvent } from './attribution';

export interface LoadFigures {
  /** Main-thread ms of the extension, from injection until the page settled: CPU time of the thread. */
  contentMs: number;
  /** The same on the wall clock (with the moments the machine ran something else). */
  wallMs: number;
  compileMs: number;
  timers: number;
  frames: number;
  /** ms from DOMContentLoaded to the first frame after the coach mark's host appeared; null: none appeared. */
  visibleMs: number | null;
  /** ms from DOMContentLoaded to the page's first frame after it (no guide can show sooner). */
  firstFrameMs: number | null;
  /** Where the script ran, for measuring the same page idle afterwards; null: not injected. */
  world: ScriptWorld | null;
  /** The page's main thread (where its main frame's DOMContentLoaded was marked), for measuring it idle afterwards. */
  pageThread: PageThread | null;
}

/** A renderer's main thread in a trace. */
export interface PageThread {
  pid: number;
  tid: number;
}

export interface IdleFigures {
  /** Main-thread ms of the extension while the page sat still. */
  contentMs: number;
  timers: number;
  frames: number;
  /** Main-thread CPU ms of the whole page (its own scripts, style, layout, paint) while it sat still. */
  pageMs: number;
  /** The same on the wall clock (the renderer's task durations). */
  pageWallMs: number;
  /** The page's JS heap after a garbage collection (the content script's isolated world shares it). */
  heapBytes: number;
}

/** What the attribution needs: tasks, checkpoints, script and callback events, IPC tags, stacks. */
const TRACE_CATEGORIES = [
  'toplevel', 'devtools.timeline', 'v8', 'v8.execute', 'renderer.scheduler', 'mojom',
  'disabled-by-default-devtools.timeline.stack',
].join(',');

async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: unknown[] }) => events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  return async () => {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
    return events;
  };
}

/**
 * Notes, in the page's own world, when DOMContentLoaded fired, when the first frame after it
 * was drawn, and when the first frame after the coach mark's host joined the page was drawn.
 * The closed shadow root stays closed: only the host's arrival is seen.
 */
export const VISIBILITY_PROBE = `(() => {
  const probe = { dcl: null, firstFrame: null, shown: null };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  const afterFrame = (note) => requestAnimationFrame(() => setTimeout(() => { probe[note] ??= performance.now(); }, 0));
  const seen = () => {
    if (probe.shown !== null || !document.querySelector(${JSON.stringify(HOST_TAG)})) return false;
    afterFrame('shown');
    return true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    afterFrame('firstFrame');
    if (seen()) return;
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;

/** How long after the load event the extension gets to finish (a storage read and a message round trip). */
const SETTLE_MS = 300;

/** Loads `url` in `page` (which carries VISIBILITY_PROBE) and measures the extension's share. */
export async function measureLoad(page: Page, cdp: CDPSession, url: string, extensionOrigin: string): Promise<LoadFigures> {
  const endTrace = await startTrace(cdp);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const events = await endTrace();
  const world = findWorld(events, extensionOrigin);
  const cost = extensionCost(onClock(events, 'thread'), extensionOrigin, world);
  const wall = extensionCost(events, extensionOrigin, world);
  const probe = (await page.evaluate('({ ...window.__benchProbe })')) as { dcl: number | null; firstFrame: number | null; shown: number | null };
  const since = (at: number | null) => (probe.dcl !== null && at !== null ? Math.max(0, at - probe.dcl) : null);
  return { contentMs: cost.ms, wallMs: wall.ms, compileMs: cost.compileMs, timers: cost.timers, frames: cost.frames, visibleMs: since(probe.shown), firstFrameMs: since(probe.firstFrame), world, pageThread: pageThreadOf(events) };
}

/** The thread that marked the main frame's DOMContentLoaded in a load's trace: the page's main thread. */
export function pageThreadOf(events: readonly TraceEvent[]): PageThread | null {
  const marked = events.find((e) => e.name === 'MarkDOMContent' && (e.args?.data as { isMainFrame?: boolean } | undefined)?.isMainFrame === true);
  return marked ? { pid: marked.pid, tid: marked.tid } : null;
}

/**
 * Waits until a loaded page has drawn what it will draw (the coach mark, or, where none comes,
 * its own first frame after DOMContentLoaded; 10 s at most), then the same settle as a load: a
 * page whose guide shows after its load event (a huge page, 4 s to its first frame) is not yet
 * sitting still when the load is over.
 */
export async function settled(page: Page): Promise<void> {
  const drawn = `(() => { const p = window.__benchProbe; return Boolean(p && (p.shown !== null || (p.firstFrame !== null && !document.querySelector(${JSON.stringify(HOST_TAG)})))); })()`;
  for (let waited = 0; waited < 10_000 && !(await page.evaluate(drawn)); waited += 50) await page.waitForTimeout(50);
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * Watches a loaded page sit still for `ms`; `world` is where its last load ran the script, and
 * `pageThread` the page's main thread in that load (a page with no script of ours has no world:
 * its thread must still be found, or its figure would come from another clock).
 */
export async function measureIdle(cdp: CDPSession, ms: number, extensionOrigin: string, world: ScriptWorld | null, pageThread: PageThread | null): Promise<IdleFigures> {
  await cdp.send('Performance.enable');
  const taskMs = async () => {
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
    return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
  };
  const before = await taskMs();
  const endTrace = await startTrace(cdp);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const events = await endTrace();
  const after = await taskMs();
  const cost = extensionCost(onClock(events, 'thread'), extensionOrigin, world);
  // Without the page's thread (a load that never reached DOMContentLoaded), the renderer's task
  // durations on the wall clock are all there is.
  const thread = world ?? pageThread;
  const pageMs = thread ? topLevelSlices(onClock(events, 'thread').filter((e) => e.pid === thread.pid && e.tid === thread.tid)).reduce((sum, s) => sum + s.event.dur!, 0) / 1000 : after - before;
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return { contentMs: cost.ms, timers: cost.timers, frames: cost.frames, pageMs, pageWallMs: after - before, heapBytes: heap.usedSize };
}
