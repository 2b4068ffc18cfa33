// The bench's tabs, and its loads of pages in new tabs: ours and the baseline's alternating, and
// every page once a round so a busy minute of this shared machine falls on all pages alike.
import type { CDPSession, Page } from 'playwright-core';
import { measureLoad, VISIBILITY_PROBE, type LoadFigures } from './measure';
import type { BenchPage } from './pages';
import type { GuidedBrowser } from '../practice-court/browser';

/** The extension's service-worker targets now running (through the DevTools protocol). */
async function runningWorkers(tab: Tab): Promise<string[]> {
  const { targetInfos } = (await tab.cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(tab.origin)).map((t) => t.targetId);
}

/** Stops the extension's service worker, as the browser does when it is idle, and waits until it is gone. */
async function stopWorkers(tab: Tab): Promise<void> {
  for (const targetId of await runningWorkers(tab)) await tab.cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
  for (let i = 0; i < 50 && (await runningWorkers(tab)).length; i++) await tab.page.waitForTimeout(20);
}

/** A tab of one browser, with its DevTools session and the extension's origin there. */
export interface Tab {
  page: Page;
  cdp: CDPSession;
  origin: string;
}

/** A new tab that notes when DOMContentLoaded fired and what was drawn after (VISIBILITY_PROBE). */
export async function openTab(browser: GuidedBrowser): Promise<Tab> {
  const page = await browser.context.newPage();
  await page.addInitScript(VISIBILITY_PROBE);
  return { page, cdp: await browser.context.newCDPSession(page), origin: `chrome-extension://${browser.extensionId}/` };
}

/** Loads a page in a tab and measures the extension's share of it. */
export async function loadIn(tab: Tab, url: string): Promise<LoadFigures> {
  return measureLoad(tab.page, tab.cdp, url, tab.origin);
}

/** One load in a new tab; with `counting`, the service worker is stopped first, and whether the load started it again. */
async function coldLoad(url: string, browser: GuidedBrowser, counting: boolean): Promise<[LoadFigures, boolean]> {
  const tab = await openTab(browser);
  if (counting) await stopWorkers(tab);
  const figures = await loadIn(tab, url);
  const wokeUp = counting && (await runningWorkers(tab)).length > 0;
  await tab.page.close();
  return [figures, wokeUp];
}

/** A page's new-tab loads: ours, the baseline's, and how many of ours woke the service worker. */
export interface ColdLoads {
  mine: LoadFigures[];
  theirs: LoadFigures[];
  wakeups: number;
}

const noLoads = (): ColdLoads => ({ mine: [], theirs: [], wakeups: 0 });

/**
 * `loads` loads in new tabs, alternating ours and the baseline's so drift in the machine's load
 * falls on both. With `countWakeups`, our service worker is stopped before each of our loads,
 * and each load after which it runs again counts: a page that messaged or woke it.
 */
export async function coldLoads(url: string, ours: GuidedBrowser, baseline: GuidedBrowser, loads: number, countWakeups = false): Promise<ColdLoads> {
  const cold = noLoads();
  for (let i = 0; i < loads; i++) await coldRound(url, ours, baseline, cold, countWakeups);
  return cold;
}

async function coldRound(url: string, ours: GuidedBrowser, baseline: GuidedBrowser, into: ColdLoads, countWakeups: boolean): Promise<void> {
  const [mine, wokeUp] = await coldLoad(url, ours, countWakeups);
  into.mine.push(mine);
  if (wokeUp) into.wakeups += 1;
  into.theirs.push((await coldLoad(url, baseline, false))[0]);
}

/** A page with nothing to do, whose loads must not wake the service worker. */
export function isQuiet(page: BenchPage): boolean {
  return page.scenario === 'linked' || page.scenario === 'idle';
}

/**
 * Every page's new-tab loads, round by round: each round loads each page once (ours, then the
 * baseline's). A busy minute of this shared machine then falls on every page alike, not on
 * whichever page it was measuring: one page's median read 21.3 in a run's busiest minutes
 * against 15.3–17.5 in the runs before, and the worst page is the budget.
 */
export async function coldLoadsOfEach(pages: readonly BenchPage[], ours: GuidedBrowser, baseline: GuidedBrowser, loads: number): Promise<Map<BenchPage, ColdLoads>> {
  const all = new Map(pages.map((page) => [page, noLoads()]));
  if (!pages.length) return all;
  process.stdout.write(`new tabs: ${loads} rounds of ${pages.length} page${pages.length === 1 ? '' : 's'}, ours and the baseline's… `);
  for (let i = 0; i < loads; i++) {
    // A terminal shows the round; a log gets one line.
    if (process.stdout.isTTY) process.stdout.write(`\rnew tabs: round ${i + 1} of ${loads}… `);
    // Pages with nothing to do must not wake the service worker: it is stopped before each load.
    for (const page of pages) await coldRound(page.url, ours, baseline, all.get(page)!, isQuiet(page));
  }
  console.log('done');
  return all;
}
