// npm run bench: what the extension costs a court page, against a baseline extension whose
// content script does nothing, measured in the same run so a noisy machine shifts both.
// Prints a table, writes bench/results.json, and exits 1 when a budget is missed.
// Options: --loads N (default 20), --idle-ms N (default 5000).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { bundleSizes, type BundleSize } from './bench/bundles';
import { writeBaselineExtension } from './bench/baseline';
import { measureLoad, type IdleFigures, type LoadFigures, type OpenPage } from './bench/measure';
import { benchPages, type BenchPage } from './bench/pages';
import { launchWithExtension, type GuidedBrowser } from './practice-court/browser';
import { startPracticeCourt } from './practice-court/server';
import { toLinkForm } from './practice-court/walks';
import { projectPath } from './lib/root';

export interface PageResult {
  page: string;
  kind: 'practice' | 'real';
  bytes: number;
  loads: number;
  contentMsMedian: number;
  contentMsP95: number;
  baselineMsMedian: number;
  baselineMsP95: number;
  /** Extra main-thread ms over the baseline, medians. */
  extraMsMedian: number;
  /** contentMsMedian / baselineMsMedian (how many times the do-nothing script's cost). */
  ratio: number | null;
  /** Median ms from DOMContentLoaded to the coach mark painted; null where the guide stands aside. */
  visibleMs: number | null;
  idleCpuMs: number;
  idleTimers: number;
  idleFrames: number;
  idlePageMs: number;
  baselineIdlePageMs: number;
  timers: number;
  /** Extra JS heap over the baseline, bytes after a GC, on the last load. */
  heapBytes: number;
}

export interface Budget {
  name: string;
  limit: number;
  value: number;
  ok: boolean;
}

const KB = 1024;

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
const median = (values: readonly number[]) => percentile(values, 50);
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

function option(args: string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a whole number above 0, not "${args[at + 1] ?? ''}"`);
  return value;
}

/** Logs in to the practice court once per browser, as the user would, so the filer pages load. */
async function logIn(browser: GuidedBrowser): Promise<void> {
  const page = await browser.context.newPage();
  for (const step of toLinkForm('almb').slice(0, 4)) await step.act(page);
  await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/login.pl');
  await page.close();
}

async function measurePage(page: BenchPage, ours: GuidedBrowser, baseline: GuidedBrowser, loads: number, idleMs: number): Promise<PageResult> {
  const origin = (browser: GuidedBrowser) => `chrome-extension://${browser.extensionId}/`;
  const mine: LoadFigures[] = [];
  const theirs: LoadFigures[] = [];
  let lastMine: OpenPage | null = null;
  let lastTheirs: OpenPage | null = null;
  for (let i = 0; i < loads; i++) {
    // Alternate, so drift in the machine's load falls on both.
    const a = await measureLoad(ours.context, page.url, origin(ours));
    const b = await measureLoad(baseline.context, page.url, origin(baseline));
    mine.push(a.figures);
    theirs.push(b.figures);
    if (i < loads - 1) await Promise.all([a.close(), b.close()]);
    else [lastMine, lastTheirs] = [a, b];
  }
  // Both last pages sit still together.
  const [idle, baselineIdle]: IdleFigures[] = await Promise.all([lastMine!.idle(idleMs), lastTheirs!.idle(idleMs)]);
  const contentMs = mine.map((f) => f.contentMs);
  const baselineMs = theirs.map((f) => f.contentMs);
  const visible = mine.map((f) => f.visibleMs).filter((v): v is number => v !== null);
  return {
    page: page.name,
    kind: page.kind,
    bytes: page.bytes,
    loads,
    contentMsMedian: round(median(contentMs)),
    contentMsP95: round(percentile(contentMs, 95)),
    baselineMsMedian: round(median(baselineMs)),
    baselineMsP95: round(percentile(baselineMs, 95)),
    extraMsMedian: round(median(contentMs) - median(baselineMs)),
    ratio: median(baselineMs) > 0 ? round(median(contentMs) / median(baselineMs), 1) : null,
    // Shown on most loads or not at all: a page where the guide stands aside has no figure.
    visibleMs: visible.length > loads / 2 ? round(median(visible), 1) : null,
    idleCpuMs: round(idle!.contentMs),
    idleTimers: idle!.timers,
    idleFrames: idle!.frames,
    idlePageMs: round(idle!.pageMs),
    baselineIdlePageMs: round(baselineIdle!.pageMs),
    timers: mine.reduce((sum, f) => sum + f.timers, 0),
    heapBytes: idle!.heapBytes - baselineIdle!.heapBytes,
  };
}

export function budgetsFor(bundles: Record<string, BundleSize>, pages: readonly PageResult[]): Budget[] {
  const budget = (name: string, limit: number, value: number): Budget => ({ name, limit, value: round(value), ok: value <= limit });
  const largestReal = [...pages].filter((p) => p.kind === 'real').sort((a, b) => b.bytes - a.bytes)[0];
  const practiceVisible = pages.filter((p) => p.kind === 'practice' && p.visibleMs !== null).map((p) => p.visibleMs!);
  return [
    budget('content.js, gzip bytes (all of it, on every court page)', 15 * KB, bundles.content?.gzipBytes ?? Infinity),
    budget('popup.js, gzip bytes', 25 * KB, bundles.popup?.gzipBytes ?? Infinity),
    budget(`extra main-thread ms over the baseline, median, largest real page (${largestReal?.page ?? 'none'})`, 3, largestReal ? largestReal.extraMsMedian : Infinity),
    budget('timers (setTimeout/setInterval) the content script installed, all loads', 0, pages.reduce((sum, p) => sum + p.timers, 0)),
    budget('content-script CPU ms while a page sat idle, worst page', 0, Math.max(0, ...pages.map((p) => p.idleCpuMs))),
    budget('timers and animation frames while idle, all pages', 0, pages.reduce((sum, p) => sum + p.idleTimers + p.idleFrames, 0)),
    budget('DOMContentLoaded → coach mark visible, ms, practice court, worst page median', 50, practiceVisible.length ? Math.max(...practiceVisible) : Infinity),
  ];
}

function printTable(bundles: Record<string, BundleSize>, pages: readonly PageResult[], budgets: readonly Budget[]): void {
  console.log('\nBundles (minified; gzip)');
  for (const [name, size] of Object.entries(bundles)) console.log(`  ${name.padEnd(12)} ${(size.bytes / KB).toFixed(1).padStart(6)} KB  ${(size.gzipBytes / KB).toFixed(1).padStart(5)} KB gz`);
  console.log('\nPages (ms of main thread in extension code; medians unless marked)');
  const header = ['page', 'KB', 'ours', 'ours p95', 'baseline', 'extra', 'visible', 'idle cpu', 'heap KB'];
  const rows = pages.map((p) => [p.page, p.bytes ? (p.bytes / KB).toFixed(0) : '-', p.contentMsMedian.toFixed(2), p.contentMsP95.toFixed(2), p.baselineMsMedian.toFixed(2), p.extraMsMedian.toFixed(2), p.visibleMs === null ? '-' : p.visibleMs.toFixed(1), p.idleCpuMs.toFixed(2), (p.heapBytes / KB).toFixed(0)]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `  ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')}`;
  console.log(line(header));
  for (const row of rows) console.log(line(row));
  console.log('\nBudgets');
  for (const b of budgets) console.log(`  ${b.ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.value} (limit ${b.limit})`);
}

export async function main(args: string[]): Promise<number> {
  const loads = option(args, '--loads', 20);
  const idleMs = option(args, '--idle-ms', 5000);
  const bundles = bundleSizes(projectPath('dist/chrome'), gzipSync);
  const pages = benchPages();
  const court = await startPracticeCourt({ staticPages: new Map(pages.filter((p) => p.html !== null).map((p) => [p.key, p.html!])) });
  const ours = await launchWithExtension(court);
  const baseline = await launchWithExtension(court, { extensionDir: writeBaselineExtension() });
  const chromium = ours.context.browser()?.version() ?? (await ours.worker.evaluate('navigator.userAgent').catch(() => 'unknown'));
  const results: PageResult[] = [];
  try {
    await Promise.all([logIn(ours), logIn(baseline)]);
    for (const page of pages) {
      process.stdout.write(`measuring ${page.name} (${loads} loads each)… `);
      const result = await measurePage(page, ours, baseline, loads, idleMs);
      console.log(`ours ${result.contentMsMedian} ms, baseline ${result.baselineMsMedian} ms`);
      results.push(result);
    }
  } finally {
    await Promise.all([ours.close(), baseline.close()]);
    await court.close();
  }
  const budgets = budgetsFor(bundles, results);
  printTable(bundles, results, budgets);
  const machine = { node: process.version, chromium, cpus: cpus().length };
  mkdirSync(projectPath('bench'), { recursive: true });
  writeFileSync(projectPath('bench/results.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, loads, idleMs, bundles, pages: results, budgets }, null, 2)}\n`);
  console.log('\nwrote bench/results.json');
  return budgets.every((b) => b.ok) ? 0 : 1;
}
