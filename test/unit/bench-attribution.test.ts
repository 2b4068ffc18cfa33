// The bench's rules for which main-thread time is the extension's, on small hand-made traces
// shaped like Chromium's (the bench itself checks them in the browser with a calibration script).
import { describe, expect, it } from 'vitest';
import { extensionCost, findWorld, onClock, topLevelSlices, type TraceEvent } from '../../tools/bench/attribution';
import { budgetsFor, percentile, type PageResult } from '../../tools/bench/results';
import { pageThreadOf } from '../../tools/bench/measure';

const ORIGIN = 'chrome-extension://abc/';
const WORLD = 7;

/** A complete event on the page's main thread, `at` and `dur` in ms. */
function slice(name: string, at: number, dur: number, args: TraceEvent['args'] = {}, tid = 1): TraceEvent {
  return { name, ph: 'X', ts: at * 1000, dur: dur * 1000, pid: 1, tid, args };
}
const task = (at: number, dur: number) => slice('ThreadControllerImpl::RunTask', at, dur);
const checkpoint = (at: number, dur: number) => slice('BlinkScheduler_OnTaskCompleted', at, dur);
const evaluate = (at: number, dur: number, url = `${ORIGIN}content.js`) => slice('EvaluateScript', at, dur, { data: { url } });
const run = (at: number, dur: number) => slice('v8.run', at, dur, { fileName: `${ORIGIN}content.js`, worldId: WORLD });
const call = (at: number, dur: number, worldId?: number) => slice('v8.callFunction', at, dur, worldId === undefined ? {} : { worldId });
const reply = (at: number, dur: number, tag = 'extensions.mojom.LocalFrameHost') => slice('Receive mojo reply', at, dur, { chrome_mojo_event_info: { mojo_interface_tag: tag } });

function script(): TraceEvent[] {
  // The script, evaluated at document_start inside the page's parsing task.
  return [task(0, 10), slice('ParseHTML', 0, 10), evaluate(2, 3), run(2.5, 2)];
}

describe('extensionCost', () => {
  it('counts nothing where the script never ran', () => {
    expect(extensionCost([task(0, 5), call(1, 2, 0)], ORIGIN)).toEqual({ ms: 0, compileMs: 0, timers: 0, frames: 0 });
    expect(findWorld([task(0, 5)], ORIGIN)).toBeNull();
  });

  it('counts only the evaluation inside the page parsing task that holds it', () => {
    expect(extensionCost(script(), ORIGIN).ms).toBeCloseTo(3);
  });

  it('counts a reply to the extension whole, and the microtasks it queued, less page callbacks among them', () => {
    const events = [...script(), task(20, 1), reply(20.1, 0.8), checkpoint(21, 4), slice('RunMicrotasks', 21, 4), call(23, 1, 0)];
    // 3 (script) + 1 (reply task) + 4 - 1 (checkpoint less the page's MutationObserver callback)
    expect(extensionCost(events, ORIGIN).ms).toBeCloseTo(7);
  });

  it('does not count a reply to anything else, nor the checkpoint after it', () => {
    const events = [...script(), task(20, 1), reply(20.1, 0.8, 'blink.mojom.LocalFrame'), checkpoint(21, 4)];
    expect(extensionCost(events, ORIGIN).ms).toBeCloseTo(3);
    // The extension system telling the whole process something (a service worker stopped).
    expect(extensionCost([...script(), task(20, 3), reply(20.1, 2.8, 'extensions.mojom.Renderer')], ORIGIN).ms).toBeCloseTo(3);
  });

  it('counts only its own callbacks in a frame, and not the frame\'s checkpoint when page code ran in it', () => {
    const frame = [task(30, 12), slice('FireAnimationFrame', 30, 2), call(30.1, 0.5, 0), call(31, 0.7, WORLD), slice('Layout', 33, 6), checkpoint(42, 3), call(43, 0.4, WORLD)];
    expect(extensionCost([...script(), ...frame], ORIGIN).ms).toBeCloseTo(3 + 0.7 + 0.4);
  });

  it('counts nested calls of its own world once', () => {
    const events = [...script(), task(50, 5), reply(50, 5, 'extensions.mojom.EventDispatcher'), call(51, 3, WORLD), call(51.5, 1, WORLD)];
    expect(extensionCost(events, ORIGIN).ms).toBeCloseTo(3 + 5);
    const inFrame = [...script(), task(50, 5), slice('Paint', 50, 1), call(51, 3, WORLD), call(51.5, 1, WORLD)];
    expect(extensionCost(inFrame, ORIGIN).ms).toBeCloseTo(3 + 3);
  });

  it('leaves out page code called inside its callbacks, and keeps its listeners called from page code', () => {
    // Our DOMContentLoaded handler (4 ms) ends with a page MutationObserver callback (1 ms) in it;
    // a page script's dispatch (3 ms) runs our listener (0.5 ms).
    const events = [...script(), task(60, 10), call(60, 4, WORLD), call(63, 1, 0), task(70, 5), call(70, 3, 0), call(71, 0.5, WORLD)];
    expect(extensionCost(events, ORIGIN).ms).toBeCloseTo(3 + 3 + 0.5);
  });

  it('tells its calls from the page\'s by the function called where the browser names no world (Chromium 150)', () => {
    // Chromium 150's v8.run and v8.callFunction carry no worldId; the FunctionCall inside a call
    // names the called function's script. Our rAF callback (1 ms) leaves 0.5 ms of microtasks
    // inside the call, after its FunctionCall ends; the page's own callback (2 ms) is not ours,
    // and a call with no function named in it is never counted as ours.
    const fn = (at: number, dur: number, url: string) => slice('FunctionCall', at, dur, { data: { url } });
    const noWorld = [task(0, 10), slice('ParseHTML', 0, 10), evaluate(2, 3), slice('v8.run', 2.5, 2, { fileName: `${ORIGIN}content.js` })];
    const frame = [
      task(30, 12), slice('FireAnimationFrame', 30, 6),
      call(30.1, 2), fn(30.1, 2, 'https://ecf.almb.uscourts.gov/x.js'),
      call(33, 1.5), fn(33, 1, `${ORIGIN}content.js`),
      call(35, 0.5),
    ];
    expect(findWorld(noWorld, ORIGIN)?.worldId).toBeUndefined();
    expect(extensionCost([...noWorld, ...frame], ORIGIN).ms).toBeCloseTo(3 + 1.5);
    // A reply's task whose continuation calls our listener stays whole, and its checkpoint is ours.
    const replyTask = [task(50, 2), reply(50, 0.5), call(50.5, 1), fn(50.5, 1, `${ORIGIN}content.js`), checkpoint(52, 1)];
    expect(extensionCost([...noWorld, ...replyTask], ORIGIN).ms).toBeCloseTo(3 + 2 + 1);
  });

  it('measures an idle trace with the world of the load before it, and counts its timers and frames', () => {
    const world = findWorld(script(), ORIGIN);
    const fromUs = { data: { stackTrace: [{ url: `${ORIGIN}content.js` }] } };
    const idle: TraceEvent[] = [
      task(100, 2), call(100.5, 1, WORLD),
      { name: 'TimerInstall', ph: 'I', ts: 100_600, pid: 1, tid: 1, args: fromUs },
      { name: 'RequestAnimationFrame', ph: 'I', ts: 100_700, pid: 1, tid: 1, args: fromUs },
      { name: 'TimerInstall', ph: 'I', ts: 100_800, pid: 1, tid: 1, args: { data: { stackTrace: [{ url: 'https://ecf.almb.uscourts.gov/x.js' }] } } },
      task(200, 2), call(200.5, 1, 0),
    ];
    expect(extensionCost(idle, ORIGIN, world)).toEqual({ ms: 1, compileMs: 0, timers: 1, frames: 1 });
  });

  it('reads the same rules on the thread\'s CPU clock: time the system gave another process is not the extension\'s', () => {
    // The script's evaluation took 3 ms of wall time, 2 of them on the CPU; the reply task 1 and 0.5.
    const events = [task(0, 10), slice('ParseHTML', 0, 10), evaluate(2, 3), run(2.5, 2), task(20, 1), reply(20.1, 0.8)];
    const cpu = [[0, 8], [0, 8], [2, 2], [2.4, 1.6], [9, 0.5], [9.05, 0.4]];
    const timed = events.map((e, i) => ({ ...e, tts: cpu[i]![0]! * 1000, tdur: cpu[i]![1]! * 1000 }));
    expect(extensionCost(timed, ORIGIN).ms).toBeCloseTo(3 + 1);
    expect(extensionCost(onClock(timed, 'thread'), ORIGIN).ms).toBeCloseTo(2 + 0.5);
    // A complete event without thread timing cannot be placed on that clock: it is left out, never guessed.
    expect(onClock([events[0]!], 'thread')).toEqual([]);
    expect(onClock(timed, 'wall')).toBe(timed);
  });

  it('splits a thread into top-level slices with what is nested in them', () => {
    const slices = topLevelSlices([task(0, 10), slice('a', 1, 2), slice('b', 2, 1), task(10, 1), slice('c', 10.5, 0.2, {}, 2)]);
    expect(slices.map((s) => [s.event.name, s.children.map((c) => c.name)])).toEqual([
      ['ThreadControllerImpl::RunTask', ['a', 'b']],
      ['ThreadControllerImpl::RunTask', ['c']],
    ]);
  });
});

describe('the page\'s main thread, for measuring it idle', () => {
  const marked = (isMainFrame: boolean, pid: number, tid: number): TraceEvent => ({ name: 'MarkDOMContent', ph: 'I', ts: 5000, pid, tid, args: { data: { isMainFrame } } as TraceEvent['args'] });

  it('is the thread that marked the main frame\'s DOMContentLoaded, not a frame\'s inside it', () => {
    // A page with no script of ours has no world to name its thread: its load's trace still does.
    expect(pageThreadOf([marked(false, 9, 3), task(0, 5), marked(true, 4, 4)])).toEqual({ pid: 4, tid: 4 });
  });

  it('is unknown in a trace without the mark', () => {
    expect(pageThreadOf([task(0, 5), marked(false, 9, 3)])).toBeNull();
  });
});

describe('budgets', () => {
  const page = (over: Partial<PageResult>): PageResult => ({
    page: 'p', kind: 'real', scenario: 'idle', workerWakeups: 0, bytes: 1000, loads: 20, contentMsMedian: 2, contentMsP95: 3, baselineMsMedian: 1.5, extraMsMedian: 0.5, compileMsMedian: 0.5,
    warmMsMedian: 1, warmMsP95: 2, warmBaselineMsMedian: 0.9, warmExtraMsMedian: 0.1, visibleMs: null, warmVisibleMs: null, baselineFirstFrameMs: 10,
    idleCpuMs: 0, idleTimers: 0, idleFrames: 0, idlePageMs: 3, baselineIdlePageMs: 2, timers: 0, heapBytes: 1000,
    wallMsMedian: 3, wallExtraMsMedian: 1, warmWallExtraMsMedian: 0.2, idlePageWallMs: 4, baselineIdlePageWallMs: 3, ...over,
  });
  const bundles = { gate: { bytes: 900, gzipBytes: 500 }, content: { bytes: 40_000, gzipBytes: 14_000 }, login: { bytes: 40_000, gzipBytes: 13_000 }, popup: { bytes: 40_000, gzipBytes: 15_000 } };
  const pages = [
    page({}),
    page({ page: 'big', bytes: 5000 }),
    page({ page: 'flow', kind: 'practice', scenario: 'flow', extraMsMedian: 12, visibleMs: 40, baselineFirstFrameMs: 10 }),
    page({ page: 'linked', scenario: 'linked', extraMsMedian: -0.1, warmExtraMsMedian: 0.2 }),
    page({ page: 'stress', scenario: 'stress', contentMsMedian: 30 }),
  ];
  const failing = (list: readonly PageResult[], calibration = { knownMs: 6, measuredMs: 6.5, cpuMs: 5.5 }, sizes: Record<string, { bytes: number; gzipBytes: number }> = bundles) =>
    budgetsFor(sizes, list, calibration).filter((b) => !b.ok).map((b) => b.id);

  it('pass when every figure is within its limit, each with a stable id, and name the largest idle page', () => {
    const budgets = budgetsFor(bundles, pages, { knownMs: 6, measuredMs: 6.5, cpuMs: 5.5 });
    expect(budgets.filter((b) => !b.ok)).toEqual([]);
    expect(budgets.find((b) => b.id === 'idle-page-extra-ms')?.name).toContain('(big)');
    expect(new Set(budgets.map((b) => b.id)).size).toBe(budgets.length);
  });

  it('fail on a calibration that misses a place or counts far too much, a missing figure, or any of the new costs', () => {
    expect(failing(pages, { knownMs: 6, measuredMs: 9.4, cpuMs: 5.5 })).toEqual([]);
    expect(failing(pages, { knownMs: 6, measuredMs: 4, cpuMs: 5.5 })).toEqual(['calibration']);
    expect(failing(pages, { knownMs: 6, measuredMs: 10, cpuMs: 5.5 })).toEqual(['calibration']);
    expect(failing([...pages, page({ idlePageMs: 400 })])).toEqual(['idle-cpu-extra-ms']);
    expect(failing([...pages, page({ scenario: 'linked', warmExtraMsMedian: 0.4 })])).toEqual(['linked-court-extra-ms']);
    expect(failing([...pages, page({ scenario: 'idle', workerWakeups: 1 })])).toEqual(['worker-wakeups-idle-pages']);
    expect(failing([...pages, page({ scenario: 'flow', visibleMs: 80, baselineFirstFrameMs: 20 })])).toEqual(['coach-mark-after-first-frame-ms']);
    expect(failing(pages, undefined, { ...bundles, content: { bytes: 0, gzipBytes: 15_000 } })).toEqual(['guide-bytes-gzip']);
    expect(failing([])).toEqual(expect.arrayContaining(['linked-court-extra-ms', 'idle-page-extra-ms', 'flow-extra-ms', 'coach-mark-after-first-frame-ms', 'stress-page-ms']));
  });

  it('take percentiles by rank', () => {
    expect(percentile([5, 1, 3, 2, 4], 50)).toBe(3);
    expect(percentile([5, 1, 3, 2, 4], 95)).toBe(5);
    expect(percentile([], 50)).toBe(0);
  });
});
