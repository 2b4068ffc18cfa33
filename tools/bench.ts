// npm run bench: what the extension costs a court page, against a baseline extension whose
// content script does nothing, measured in the same run so a noisy machine shifts both.
// Each page is loaded two ways: in new tabs (a new renderer process: nothing of the script is
// compiled yet), every page once a round so the machine's busy minutes fall on all alike, and
// then in the same tab (how a filer moves through a court).
// Prints a table, writes bench/results.json, and exits 1 when a budget is missed.
// Options: --loads N (default 20), --idle-ms N (default 5000); --pages TEXT measures only the
// pages whose names contain TEXT, or one of TEXT's |-separated parts (a quick look while
// working: no budgets, no results file);
// --popup-only measures only the popup with a long list of courts (tools/bench/popup.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { bundleSizes, type BundleSize } from './bench/bundles';
import { CALIBRATION_MS, writeBaselineExtension, writeCalibrationExtension } from './bench/baseline';
import { measureIdle, settled, type IdleFigures, type LoadFigures } from './bench/measure';
import { coldLoads, coldLoadsOfEach, isQuiet, loadIn, openTab, type ColdLoads, type Tab } from './bench/new-tabs';
import { benchPages, type BenchPage } from './bench/pages';
import { measurePopup, popupBudget, popupOnly, printPopup, type PopupFigures } from './bench/popup';
import { budgetsFor, median, percentile, round, type Calibration, type PageResult } from './bench/results';
import { launchWithExtension, type GuidedBrowser } from './practice-court/browser';
import { startPracticeCourt, type PracticeCourt } from './practice-court/server';
import { linkToTheEnd, step, toLinkForm } from './practice-court/walks';
import { LINKED_COURT } from './bench/pages';
import { projectPath } from './lib/root';

const KB = 1024;

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number above 0, not "${args[at + 1] ?? ''}"`);
  return value;
}

/**
 * Sets each browser up as a user would: one court linked and verified (its pages then load with
 * the filing menus, and ours with no script at all), then logged in to the two being linked.
 */
async function logIn(browser: GuidedBrowser): Promise<void> {
  const page = await browser.context.newPage();
  for (const data of [...toLinkForm(LINKED_COURT), ...linkToTheEnd(LINKED_COURT)]) await step(data).act(page);
  await page.goto(`https://ecf.${LINKED_COURT}.uscourts.gov/cgi-bin/login.pl?logout`);
  for (const step of toLinkForm('almb').slice(0, 4)) await step.act(page);
  await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/login.pl');
  await page.close();
}

/** One tab each, loaded once unmeasured, then `loads` measured loads of the same page; the tabs stay open. */
async function warmLoads(url: string, ours: GuidedBrowser, baseline: GuidedBrowser, loads: number): Promise<{ mine: LoadFigures[]; theirs: LoadFigures[]; tabs: [Tab, Tab] }> {
  const tabs: [Tab, Tab] = [await openTab(ours), await openTab(baseline)];
  await Promise.all(tabs.map((tab) => tab.page.goto(url, { waitUntil: 'load' })));
  const mine: LoadFigures[] = [];
  const theirs: LoadFigures[] = [];
  for (let i = 0; i < loads; i++) {
    mine.push(await loadIn(tabs[0], url));
    theirs.push(await loadIn(tabs[1], url));
  }
  return { mine, theirs, tabs };
}

/** A page's figures: its new-tab loads (measured with every page's, round by round), then its same-tab loads and its sitting still. */
async function measurePage(page: BenchPage, { mine: cold, theirs: coldBaseline, wakeups: workerWakeups }: ColdLoads, ours: GuidedBrowser, baseline: GuidedBrowser, loads: number, idleMs: number): Promise<PageResult> {
  const warm = await warmLoads(page.url, ours, baseline, loads);
  // Both warm tabs sit still at the same time (each at its own pace: ours waits for its coach mark), then close.
  const [idle, baselineIdle]: IdleFigures[] = await Promise.all(
    warm.tabs.map((tab, i) => sitStill(tab, page.url, idleMs, (i === 0 ? warm.mine : warm.theirs).at(-1)!)),
  );
  await Promise.all(warm.tabs.map((tab) => tab.page.close()));
  const ms = (figures: LoadFigures[]) => figures.map((f) => f.contentMs);
  const wallMs = (figures: LoadFigures[]) => figures.map((f) => f.wallMs);
  const shown = (figures: LoadFigures[]) => {
    const visible = figures.map((f) => f.visibleMs).filter((v): v is number => v !== null);
    // Shown on most loads or not at all: a page where the guide stands aside has no figure.
    return visible.length > figures.length / 2 ? round(median(visible), 1) : null;
  };
  const firstFrames = [...coldBaseline, ...warm.theirs].map((f) => f.firstFrameMs).filter((v): v is number => v !== null);
  return {
    page: page.name,
    kind: page.kind,
    scenario: page.scenario,
    workerWakeups,
    bytes: page.bytes,
    loads,
    contentMsMedian: round(median(ms(cold))),
    contentMsP95: round(percentile(ms(cold), 95)),
    baselineMsMedian: round(median(ms(coldBaseline))),
    extraMsMedian: round(median(ms(cold)) - median(ms(coldBaseline))),
    compileMsMedian: round(median(cold.map((f) => f.compileMs))),
    wallMsMedian: round(median(wallMs(cold))),
    wallExtraMsMedian: round(median(wallMs(cold)) - median(wallMs(coldBaseline))),
    warmWallExtraMsMedian: round(median(wallMs(warm.mine)) - median(wallMs(warm.theirs))),
    warmMsMedian: round(median(ms(warm.mine))),
    warmMsP95: round(percentile(ms(warm.mine), 95)),
    warmBaselineMsMedian: round(median(ms(warm.theirs))),
    warmExtraMsMedian: round(median(ms(warm.mine)) - median(ms(warm.theirs))),
    visibleMs: shown(cold),
    warmVisibleMs: shown(warm.mine),
    baselineFirstFrameMs: firstFrames.length ? round(median(firstFrames), 1) : null,
    idleCpuMs: round(idle!.contentMs),
    idleTimers: idle!.timers,
    idleFrames: idle!.frames,
    idlePageMs: round(idle!.pageMs),
    baselineIdlePageMs: round(baselineIdle!.pageMs),
    idlePageWallMs: round(idle!.pageWallMs),
    baselineIdlePageWallMs: round(baselineIdle!.pageWallMs),
    timers: [...cold, ...warm.mine].reduce((sum, f) => sum + f.timers, 0),
    heapBytes: idle!.heapBytes - baselineIdle!.heapBytes,
  };
}

/**
 * How many times a page sits still. One idle window read 34 and 42 ms on two dockets where no
 * script of ours runs, against 4 and 5 for the baseline: a busy moment of the machine, not the
 * page. Each sitting follows a load of its own (the first, the last measured load, whose halo
 * may already be over; the others include it); the median sitting is the page's figure.
 */
const IDLE_SITTINGS = 3;

/** A page sitting still once it has drawn, after each of its last loads: the median whole-page time, the worst of the extension's. */
async function sitStill(tab: Tab, url: string, idleMs: number, lastLoad: LoadFigures): Promise<IdleFigures> {
  const windows: IdleFigures[] = [];
  for (let i = 0; i < IDLE_SITTINGS; i++) {
    const load = i === 0 ? lastLoad : await loadIn(tab, url);
    await settled(tab.page);
    windows.push(await measureIdle(tab.cdp, idleMs, tab.origin, load.world, load.pageThread));
  }
  return {
    pageMs: median(windows.map((w) => w.pageMs)),
    pageWallMs: median(windows.map((w) => w.pageWallMs)),
    contentMs: Math.max(...windows.map((w) => w.contentMs)),
    timers: windows.reduce((sum, w) => sum + w.timers, 0),
    frames: windows.reduce((sum, w) => sum + w.frames, 0),
    heapBytes: windows.at(-1)!.heapBytes,
  };
}

/** The calibration extension against its control twin on one page: the known cost must be seen. */
async function calibrate(url: string, court: PracticeCourt): Promise<Calibration> {
  const burning = await launchWithExtension(court, { extensionDir: writeCalibrationExtension() });
  const control = await launchWithExtension(court, { extensionDir: writeCalibrationExtension(true) });
  try {
    const { mine: burned, theirs: idle } = await coldLoads(url, burning, control, 9);
    const read = (pick: (f: LoadFigures) => number) => round(median(burned.map(pick)) - median(idle.map(pick)));
    // The burns last a known time: the wall clock checks that the rules count all three places.
    return { knownMs: CALIBRATION_MS, measuredMs: read((f) => f.wallMs), cpuMs: read((f) => f.contentMs) };
  } finally {
    await Promise.all([burning.close(), control.close()]);
  }
}

function printTable(bundles: Record<string, BundleSize>, pages: readonly PageResult[], calibration: Calibration, budgets: ReturnType<typeof budgetsFor>): void {
  console.log('\nBundles (minified; gzip)');
  for (const [name, size] of Object.entries(bundles)) console.log(`  ${name.padEnd(12)} ${(size.bytes / KB).toFixed(1).padStart(6)} KB  ${(size.gzipBytes / KB).toFixed(1).padStart(5)} KB gz`);
  console.log(`\nCalibration: a script known to burn ${calibration.knownMs} ms (on the wall clock) measured ${calibration.measuredMs} ms over its twin that burns nothing (${calibration.cpuMs} ms of CPU: the time the system left it)`);
  console.log('\nPages (ms of main thread in extension code, CPU time, medians unless marked; new tab | same tab; "wall": new tab, extra, on the wall clock)');
  const header = ['page', 'scenario', 'KB', 'new', 'p95', 'base', 'same', 'p95', 'base', 'wall', 'visible', 'first frame', 'idle page/base', 'wakeups', 'heap KB'];
  const fixed = (value: number | null, places = 2) => (value === null ? '-' : value.toFixed(places));
  const rows = pages.map((p) => [
    p.page, p.scenario, p.bytes ? (p.bytes / KB).toFixed(0) : '-', fixed(p.contentMsMedian), fixed(p.contentMsP95), fixed(p.baselineMsMedian),
    fixed(p.warmMsMedian), fixed(p.warmMsP95), fixed(p.warmBaselineMsMedian), fixed(p.wallExtraMsMedian), fixed(p.visibleMs, 1), fixed(p.baselineFirstFrameMs, 1),
    `${p.idlePageMs.toFixed(0)}/${p.baselineIdlePageMs.toFixed(0)}`, String(p.workerWakeups), (p.heapBytes / KB).toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.id}: ${b.value} (limit ${b.limit}) ${b.name}`);
}

export async function main(args: string[]): Promise<number> {
  if (args.includes('--popup-only')) return popupOnly();
  const loads = option(args, '--loads', 20);
  const idleMs = option(args, '--idle-ms', 5000);
  const only = args.includes('--pages') ? args[args.indexOf('--pages') + 1] ?? null : null;
  if (args.includes('--pages') && (!only || only.startsWith('--'))) throw new Error('--pages needs the words of a page\'s name, as the table prints it');
  const bundles = bundleSizes(projectPath('dist/chrome'), gzipSync);
  const pages = benchPages().filter((page) => only === null || only.split('|').some((part) => page.name.includes(part)));
  if (!pages.length) throw new Error(`--pages: no bench page's name contains "${only}"`);
  const court = await startPracticeCourt({ staticPages: new Map(pages.filter((p) => p.html !== null).map((p) => [p.key, p.html!])) });
  // Calibrate first, with only its own two browsers running.
  let calibration: Calibration;
  try {
    process.stdout.write('calibrating the measurement… ');
    calibration = await calibrate(pages[0]!.url, court);
    console.log(`a script known to burn ${calibration.knownMs} ms measured ${calibration.measuredMs} ms (${calibration.cpuMs} of CPU)`);
  } catch (error) {
    await court.close();
    throw error;
  }
  const ours = await launchWithExtension(court);
  const baseline = await launchWithExtension(court, { extensionDir: writeBaselineExtension() });
  const chromium = ours.context.browser()?.version() ?? (await ours.worker.evaluate('navigator.userAgent').catch(() => 'unknown'));
  const results: PageResult[] = [];
  let popup: PopupFigures | null = null;
  try {
    await Promise.all([logIn(ours), logIn(baseline)]);
    // The pages that stop the service worker before each load (nothing to do there) go round by
    // themselves, after the others: a filer on the linking path finds it awake, as before.
    const cold = new Map([
      ...(await coldLoadsOfEach(pages.filter((page) => !isQuiet(page)), ours, baseline, loads)),
      ...(await coldLoadsOfEach(pages.filter(isQuiet), ours, baseline, loads)),
    ]);
    for (const page of pages) {
      process.stdout.write(`measuring ${page.name} (${loads} loads each in the same tab, then sitting still)… `);
      const result = await measurePage(page, cold.get(page)!, ours, baseline, loads, idleMs);
      console.log(`new tab ${result.contentMsMedian} ms (compile ${result.compileMsMedian}; baseline ${result.baselineMsMedian}; wall clock ${result.wallMsMedian}), same tab ${result.warmMsMedian} ms (baseline ${result.warmBaselineMsMedian})`);
      results.push(result);
    }
    if (only === null) {
      process.stdout.write('measuring the popup with every trial court in its list… ');
      popup = await measurePopup(ours);
      console.log(`first frame ${popup.frameMsMedian} ms after its data arrived`);
    }
  } finally {
    await Promise.all([ours.close(), baseline.close()]);
    await court.close();
  }
  // A look at some pages is no bench run: budgets would judge pages it did not measure.
  const budgets = only === null ? [...budgetsFor(bundles, results, calibration), ...(popup ? [popupBudget(popup)] : [])] : [];
  printTable(bundles, results, calibration, budgets);
  if (popup) printPopup(popup);
  if (only !== null) return 0;
  const machine = { node: process.version, chromium, cpus: cpus().length };
  mkdirSync(projectPath('bench'), { recursive: true });
  const scenarios = Object.fromEntries(
    (['flow', 'linked', 'idle', 'stress'] as const).map((scenario) => [scenario, { pages: results.filter((r) => r.scenario === scenario).map((r) => r.page), workerWakeups: results.filter((r) => r.scenario === scenario).reduce((sum, r) => sum + r.workerWakeups, 0) }]),
  );
  writeFileSync(projectPath('bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, loads, idleMs, bundles, calibration, pages: results, scenarios, popup, budgets }, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
  return budgets.every((b) => b.ok) ? 0 : 1;
}
