// One measured page load, through the DevTools protocol: the main-thread time the content
// script took (V8 CPU profile samples whose stack runs through the extension's code, plus
// its compile time from the trace), timers it installed, DOMContentLoaded → coach mark
// painted, and the page's JS heap after a garbage collection.
import type { BrowserContext, CDPSession } from 'playwright-core';
import { HOST_TAG } from '../../src/overlay/overlay';

export interface LoadFigures {
  /** Main-thread ms in the extension's code, from injection until it settled. */
  contentMs: number;
  /** setTimeout/setInterval calls by the extension's code, and animation frames it asked for. */
  timers: number;
  frames: number;
  /** ms from DOMContentLoaded to the first frame after the coach mark's host appeared; null: none appeared. */
  visibleMs: number | null;
}

export interface IdleFigures {
  /** Main-thread ms in the extension's code while the page sat still. */
  contentMs: number;
  timers: number;
  frames: number;
  /** Main-thread ms of the whole page (its own scripts included) while it sat still. */
  pageMs: number;
  /** The page's JS heap after a garbage collection (the content script's isolated world shares it). */
  heapBytes: number;
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  args?: { data?: { url?: string; stackTrace?: Array<{ url: string }> } };
}

/** Sampling interval in µs: fine enough to see a 1 ms script, coarse enough not to slow it much. */
const SAMPLING_US = 200;
/** Trace categories: script compiles, and timers and frames with the stack that asked for them. */
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack'].join(',');

/** ms of samples whose stack passes through a script under `origin`. */
export function attributedMs(profile: Profile, origin: string): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result = Boolean(node?.callFrame.url.startsWith(origin)) || (up !== undefined && isOurs(up));
    ours.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  // Each sample stands for the time until the next one.
  for (let i = 0; i < samples.length - 1; i++) if (isOurs(samples[i]!)) us += Math.max(0, deltas[i + 1] ?? 0);
  return us / 1000;
}

function traceFigures(events: TraceEvent[], origin: string): { compileMs: number; timers: number; frames: number } {
  const fromUs = (event: TraceEvent) => event.args?.data?.stackTrace?.[0]?.url?.startsWith(origin) ?? false;
  let compileUs = 0;
  let timers = 0;
  let frames = 0;
  for (const event of events) {
    if (event.name === 'v8.compile' && event.ph === 'X' && event.args?.data?.url?.startsWith(origin)) compileUs += event.dur ?? 0;
    if (event.name === 'TimerInstall' && fromUs(event)) timers++;
    if (event.name === 'RequestAnimationFrame' && fromUs(event)) frames++;
  }
  return { compileMs: compileUs / 1000, timers, frames };
}

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
 * Notes, in the page's own world, when DOMContentLoaded fired and when the first frame after
 * the coach mark's host joined the page was drawn. The closed shadow root stays closed: only
 * the host's arrival is seen.
 */
const VISIBILITY_PROBE = `(() => {
  const probe = { dcl: null, shown: null };
  Object.defineProperty(window, '__benchProbe', { value: probe });
  const seen = () => {
    if (probe.shown !== null || !document.querySelector(${JSON.stringify(HOST_TAG)})) return false;
    requestAnimationFrame(() => setTimeout(() => { probe.shown ??= performance.now(); }, 0));
    return true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    probe.dcl = performance.now();
    if (seen()) return;
    const observer = new MutationObserver(() => { if (seen()) observer.disconnect(); });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  });
})();`;

/** How long after the load event the extension gets to finish (a storage read and a message round trip). */
const SETTLE_MS = 300;

export interface OpenPage {
  figures: LoadFigures;
  /** Watches the loaded page sit still for `ms`, then closes it. */
  idle(ms: number): Promise<IdleFigures>;
  close(): Promise<void>;
}

export async function measureLoad(context: BrowserContext, url: string, extensionOrigin: string): Promise<OpenPage> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(VISIBILITY_PROBE);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  const endTrace = await startTrace(cdp);
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const trace = traceFigures(await endTrace(), extensionOrigin);
  const probe = (await page.evaluate('({ ...window.__benchProbe })')) as { dcl: number | null; shown: number | null };
  const figures: LoadFigures = {
    contentMs: attributedMs(profile, extensionOrigin) + trace.compileMs,
    timers: trace.timers,
    frames: trace.frames,
    visibleMs: probe.dcl !== null && probe.shown !== null ? Math.max(0, probe.shown - probe.dcl) : null,
  };
  return {
    figures,
    async idle(ms) {
      await cdp.send('Performance.enable');
      const taskMs = async () => {
        const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: Array<{ name: string; value: number }> };
        return (metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0) * 1000;
      };
      const before = await taskMs();
      const endIdleTrace = await startTrace(cdp);
      await cdp.send('Profiler.start');
      await page.waitForTimeout(ms);
      const { profile: idleProfile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
      const idleTrace = traceFigures(await endIdleTrace(), extensionOrigin);
      const after = await taskMs();
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      await page.close();
      return { contentMs: attributedMs(idleProfile, extensionOrigin) + idleTrace.compileMs, timers: idleTrace.timers, frames: idleTrace.frames, pageMs: after - before, heapBytes: heap.usedSize };
    },
    close: () => page.close(),
  };
}
