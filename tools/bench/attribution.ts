// Which of a page's main-thread time is the extension's, from a Chromium trace (no profiler:
// a sampling profiler slows the cold code it watches; on the azb landing page it read 19-32 ms
// at a 200 µs interval, 16 ms at 1 ms).
//
// The renderer's main thread runs one top-level slice at a time: a task, then the microtask
// checkpoint after it. The extension's time is
// - its script's evaluation, compile included (at document_start it runs inside the page's
//   parsing task, of which only the evaluation is counted);
// - whole tasks that carry its API traffic (a frame's extensions.mojom IPC): decoding a reply
//   or an event is its cost;
// - the checkpoint after a task that ran its code and no page code: the promise continuations
//   that task queued (a storage read's `await`) run there, and no trace event names them;
// - inside any other task or checkpoint (a frame, a page event), only the calls into its own
//   world: rAF, ResizeObserver and MutationObserver callbacks, event listeners.
// Style, layout and paint the browser does in a frame are the page's, except what the
// extension forces inside its own calls (a getBoundingClientRect after a change).
// The bench checks these rules on every run against a script that burns a known time.

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU clock: when the event began, and how much CPU it took (complete events on threads with thread timing). */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  cat?: string;
  args?: {
    fileName?: string;
    worldId?: number;
    data?: { url?: string; stackTrace?: Array<{ url: string }> };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

export interface ExtensionCost {
  /** Main-thread ms attributed to the extension. */
  ms: number;
  /** Of which compiling its scripts. */
  compileMs: number;
  /** setTimeout/setInterval calls and animation frames its code asked for. */
  timers: number;
  frames: number;
}

const NONE: ExtensionCost = { ms: 0, compileMs: 0, timers: 0, frames: 0 };

const CHECKPOINT_SLICES = new Set(['BlinkScheduler_OnTaskCompleted', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'RunMicrotasks']);
/** Evidence of the page's own work in a task: parsing, or a rendering frame (even when our callbacks run in it). */
const PAGE_WORK = new Set(['ParseHTML', 'FireAnimationFrame', 'UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'ProxyMain::BeginMainFrame']);
const IPC_SLICES = new Set(['Receive mojo reply', 'Receive mojo message']);
/**
 * The interfaces that carry a frame's extension API traffic: replies to its calls, events to its
 * listeners, messages to and from its ports. Not extensions.mojom.Renderer, which addresses the
 * whole renderer process (the extension system's own bookkeeping), whatever the page does.
 */
const FRAME_INTERFACES = new Set(['extensions.mojom.LocalFrameHost', 'extensions.mojom.LocalFrame', 'extensions.mojom.EventDispatcher', 'extensions.mojom.MessagePort', 'extensions.mojom.MessagePortHost']);

interface Slice {
  event: TraceEvent;
  end: number;
  children: TraceEvent[];
}

/** Complete events of one thread as top-level slices, each with everything nested in it. */
export function topLevelSlices(events: readonly TraceEvent[]): Slice[] {
  const complete = events.filter((e) => e.ph === 'X' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const slices: Slice[] = [];
  for (const event of complete) {
    const last = slices[slices.length - 1];
    if (last && event.ts < last.end) last.children.push(event);
    else slices.push({ event, end: event.ts + event.dur!, children: [] });
  }
  return slices;
}

/**
 * The time in `ours` and in `foreign` script events, each less what the other world's events
 * nested inside it took: a page MutationObserver called at the end of our callback is the
 * page's, our listener called from a page's dispatch is ours. Nested events of the same world
 * count once.
 */
function exclusiveUs(js: readonly TraceEvent[], isOurs: (e: TraceEvent) => boolean): { ours: number; foreign: number } {
  const sorted = [...js].sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const totals = { ours: 0, foreign: 0 };
  const open: Array<{ end: number; ours: boolean }> = [];
  for (const event of sorted) {
    while (open.length && open[open.length - 1]!.end <= event.ts) open.pop();
    const parent = open[open.length - 1];
    const ours = isOurs(event);
    const end = event.ts + event.dur!;
    if (parent && parent.ours === ours) {
      // Inside its own world's event: already counted there, but it can hold the other world.
      open.push({ end: Math.min(end, parent.end), ours });
      continue;
    }
    const span = Math.min(end, parent?.end ?? end) - event.ts;
    totals[ours ? 'ours' : 'foreign'] += span;
    if (parent) totals[parent.ours ? 'ours' : 'foreign'] -= span;
    open.push({ end: event.ts + span, ours });
  }
  return totals;
}

/**
 * Whose each call into script (`v8.callFunction`: a callback, a listener, an observer, with the
 * microtasks it leaves behind) is: true for the extension's. Chromium 156 names the world on
 * the event; Chromium 150 (Debian's in December 2026) names none there, and then the
 * `FunctionCall` event nested first inside it names the called function's script. Without
 * either, the call is the page's: the extension's time is never guessed upwards.
 */
function callWorlds(thread: readonly TraceEvent[], worldId: number | undefined, ours: (url: string | undefined) => boolean): Map<TraceEvent, boolean> {
  const calls = thread.filter((e) => e.name === 'v8.callFunction' && typeof e.dur === 'number');
  const functions = thread.filter((e) => e.name === 'FunctionCall' && typeof e.dur === 'number').sort((a, b) => a.ts - b.ts);
  const worlds = new Map<TraceEvent, boolean>();
  for (const call of calls) {
    if (worldId !== undefined && call.args?.worldId !== undefined) {
      worlds.set(call, call.args.worldId === worldId);
      continue;
    }
    // The first function call that starts inside this one is the one it made.
    let low = 0;
    let high = functions.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (functions[middle]!.ts < call.ts) low = middle + 1;
      else high = middle;
    }
    const called = functions[low];
    const inside = called !== undefined && called.ts + called.dur! <= call.ts + call.dur!;
    worlds.set(call, inside && ours(called.args?.data?.url));
  }
  return worlds;
}

/** Where the extension's content script runs: the page's main thread, and its isolated world there. */
export interface ScriptWorld {
  pid: number;
  tid: number;
  worldId: number | undefined;
}

/**
 * Which clock the events are read on. `wall`: real time, which on a busy machine also counts
 * the moments the system ran another process instead of the page (the browser, the driver,
 * the other browser). `thread`: the main thread's own CPU time, the same rules applied to its
 * thread clock: what the extension's work costs the page, whatever else the machine is doing.
 */
export type Clock = 'wall' | 'thread';

/** The events as seen on `clock`: on the thread clock, complete events are placed and sized by their CPU time. */
export function onClock(events: readonly TraceEvent[], clock: Clock): readonly TraceEvent[] {
  if (clock === 'wall') return events;
  return events.flatMap((event) => {
    if (event.ph !== 'X') return [event];
    return typeof event.tts === 'number' && typeof event.tdur === 'number' ? [{ ...event, ts: event.tts, dur: event.tdur }] : [];
  });
}

/** The thread and world that evaluated the extension's content script, or null if it did not run. */
export function findWorld(events: readonly TraceEvent[], origin: string): ScriptWorld | null {
  const evaluation = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(origin));
  if (!evaluation) return null;
  const run = events.find((e) => e.name === 'v8.run' && e.args?.fileName?.startsWith(origin));
  return { pid: evaluation.pid, tid: evaluation.tid, worldId: run?.args?.worldId };
}

/**
 * The extension's main-thread cost in a trace. `world` defaults to the one the trace shows
 * evaluating the script; a trace of a page that was already loaded passes it in.
 */
export function extensionCost(events: readonly TraceEvent[], origin: string, world: ScriptWorld | null = findWorld(events, origin)): ExtensionCost {
  if (!world) return NONE;
  const ours = (url: string | undefined) => Boolean(url?.startsWith(origin));
  const thread = events.filter((e) => e.pid === world.pid && e.tid === world.tid);
  const worldId = world.worldId;

  const callIsOurs = callWorlds(thread, worldId, ours);
  const isOurJs = (e: TraceEvent) => (e.name === 'EvaluateScript' && ours(e.args?.data?.url)) || callIsOurs.get(e) === true;
  const isForeignJs = (e: TraceEvent) => (e.name === 'EvaluateScript' && !ours(e.args?.data?.url)) || callIsOurs.get(e) === false;
  const isExtensionIpc = (e: TraceEvent) => IPC_SLICES.has(e.name) && FRAME_INTERFACES.has(e.args?.chrome_mojo_event_info?.mojo_interface_tag ?? '');

  let us = 0;
  let ownsCheckpoint = false;
  for (const slice of topLevelSlices(thread)) {
    const all = [slice.event, ...slice.children];
    const ourJs = all.filter(isOurJs);
    const foreignJs = all.filter(isForeignJs);
    const js = exclusiveUs([...ourJs, ...foreignJs], isOurJs);
    const ipc = all.some(isExtensionIpc);
    if (CHECKPOINT_SLICES.has(slice.event.name)) {
      // Page callbacks in it (a page MutationObserver seeing the guide arrive) are the page's.
      us += ownsCheckpoint ? slice.event.dur! - js.foreign : js.ours;
      continue;
    }
    // Only a task that answers the extension is its whole: a script evaluated at document_start
    // runs inside the page's own parsing task, and a callback inside the page's frame.
    const wholeTask = ipc && foreignJs.length === 0 && !all.some((e) => PAGE_WORK.has(e.name));
    us += wholeTask ? slice.event.dur! : js.ours;
    // Microtasks after a task that ran no page code are the ones our code queued.
    ownsCheckpoint = (ipc || ourJs.length > 0) && foreignJs.length === 0 && !all.some((e) => e.name === 'ParseHTML');
  }

  const fromUs = (e: TraceEvent) => ours(e.args?.data?.stackTrace?.[0]?.url);
  const compileUs = thread.filter((e) => e.name === 'v8.compile' && ours(e.args?.data?.url)).reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return {
    ms: us / 1000,
    compileMs: compileUs / 1000,
    timers: events.filter((e) => e.name === 'TimerInstall' && fromUs(e)).length,
    frames: events.filter((e) => e.name === 'RequestAnimationFrame' && fromUs(e)).length,
  };
}
