// Chromium with the built extension loaded, pointed at the practice court, and a way to ask
// the extension itself what it recognised on a page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ensureChromium } from '../lib/chromium';
import { projectPath } from '../lib/root';
import type { PracticeCourt } from './server';

// The service worker's own API, as used inside evaluate() (which runs in the extension).
declare const chrome: {
  tabs: { query(q: object): Promise<Array<{ id?: number }>> };
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> }; local: { get(key: string): Promise<Record<string, unknown>> } };
};

/** Flags this kind of machine needs (see shared/notes/browser-testing.md). */
export const QUIET_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--disable-default-apps',
];

export interface GuidedBrowser {
  readonly context: BrowserContext;
  readonly worker: Worker;
  readonly extensionId: string;
  readonly profile: string;
  close(): Promise<void>;
}

export async function launchWithExtension(court: PracticeCourt, options: { headless?: boolean; extensionDir?: string; profile?: string; extraArgs?: string[] } = {}): Promise<GuidedBrowser> {
  const extensionDir = options.extensionDir ?? projectPath('dist/chrome');
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'cmecf-guide-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: ensureChromium(),
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 860 },
    args: [...QUIET_FLAGS, ...court.chromiumArgs, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...(options.extraArgs ?? [])],
  });
  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  } catch (error) {
    // No service worker: the extension failed to start. Leave no browser or profile behind.
    await context.close().catch(() => undefined);
    if (!options.profile) rmSync(profile, { recursive: true, force: true });
    throw error;
  }
  const extensionId = new URL(worker.url()).host;
  await scriptsRegistered(worker);
  return {
    context,
    worker,
    extensionId,
    profile,
    close: async () => {
      await context.close();
      if (!options.profile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits (up to 5 s, then goes on) until the extension has registered its content scripts as its
 * stored progress asks: at install and after a change of a court's status it does so a few
 * milliseconds later, and a page loaded before that would get none. `guide`: whether the guide's
 * registrations (the courts' and the central login's) must be there (a court being linked) or gone (none).
 */
export async function scriptsRegistered(worker: Worker, guide?: boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (Date.now() < deadline) {
    const ids = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id)).catch(() => [] as string[]);
    if (ids.includes('gate') || ids.includes('guide')) {
      const linking = ids.includes('guide') && ids.includes('login');
      if (guide === undefined || linking === guide) return;
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * How long starting over waits for the registrations, and then for the gate to run, at most.
 * Each wait ends as soon as its condition holds. It was 5 s: twice on 2026-12-07, in the full
 * suite (the unit tests running beside the browser files on this 2-core machine), never with the
 * file alone, a walk's first page showed no guide and no report, which is what a page loaded
 * under the last walk's registrations (its court verified: no script) would show.
 */
const READY_WAIT_MS = 20_000;

/**
 * Starts over as a new person: no cookies, no stored progress, and the registrations back to
 * "no court being linked" (the gate on every court's pages) before the next page loads.
 */
export async function startAfresh(browser: GuidedBrowser): Promise<void> {
  await browser.context.clearCookies();
  await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
  const deadline = Date.now() + READY_WAIT_MS;
  while (Date.now() < deadline) {
    const scripts = await browser.worker
      .evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).map((s) => ({ id: s.id, matches: s.matches ?? [] })))
      .catch(() => [] as Array<{ id: string; matches: string[] }>);
    const gate = scripts.find((s) => s.id === 'gate');
    if (!scripts.some((s) => s.id === 'guide' || s.id === 'login') && gate?.matches.includes('https://ecf.almb.uscourts.gov/*')) break;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  // The browser answers with the new registrations before every renderer has them: on a busy
  // machine the next page could still load under the old ones (a verified court: no script).
  // Wait until a page of each practice court runs the gate.
  await gateRunsOn(browser, ['https://ecf.almb.uscourts.gov/practice', 'https://ecf.almd.uscourts.gov/practice']);
}

/**
 * The extension's files that run in a page from now on (its isolated worlds, by the files they
 * parsed), as the DevTools protocol reports them: a live set, until `stop`. From a blank page,
 * enabling the debugger reports the scripts already there too.
 */
export async function watchOurScripts(browser: GuidedBrowser, page: Page): Promise<{ scripts: Set<string>; stop(): Promise<void> }> {
  const cdp = await browser.context.newCDPSession(page);
  const origin = `chrome-extension://${browser.extensionId}/`;
  const scripts = new Set<string>();
  cdp.on('Debugger.scriptParsed', (event: { url: string }) => {
    if (event.url.startsWith(origin)) scripts.add(event.url.slice(origin.length));
  });
  await cdp.send('Debugger.enable');
  return { scripts, stop: () => cdp.detach() };
}

/** Loads each address (a page the gate looks at and lets be) until the gate runs there; at most READY_WAIT_MS in all. */
async function gateRunsOn(browser: GuidedBrowser, urls: string[]): Promise<void> {
  const page = await browser.context.newPage();
  try {
    const { scripts } = await watchOurScripts(browser, page);
    const deadline = Date.now() + READY_WAIT_MS;
    for (const url of urls) {
      while (Date.now() < deadline) {
        scripts.clear();
        await page.goto(url, { waitUntil: 'load' });
        for (let i = 0; i < 10 && !scripts.has('gate.js'); i += 1) await page.waitForTimeout(20);
        if (scripts.has('gate.js')) break;
      }
    }
  } finally {
    await page.close();
    await browser.context.clearCookies();
  }
}

/** What the extension recorded for a tab: enumerated facts only. */
export interface TabReport {
  court: string | null;
  page: string;
  next: string | null;
  filer: boolean | null;
  reason: string | null;
  training: boolean;
  at: number;
}

/** The extension's report for the page's tab, read from the extension's own storage. */
export async function reportFor(browser: GuidedBrowser, page: Page): Promise<TabReport | null> {
  await page.bringToFront();
  return browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) return null;
    const key = `tab:${tab.id}`;
    const stored = await chrome.storage.session.get(key);
    return (stored[key] as never) ?? null;
  });
}

/** Waits until the extension has reported a page newer than `since` for this tab. */
export async function waitForReport(browser: GuidedBrowser, page: Page, since: number, timeoutMs = 10_000): Promise<TabReport> {
  const deadline = Date.now() + timeoutMs;
  let last: TabReport | null = null;
  while (Date.now() < deadline) {
    last = await reportFor(browser, page);
    if (last && last.at >= since) return last;
    await page.waitForTimeout(50);
  }
  throw new Error(`the extension reported nothing for ${page.url()} (last report: ${JSON.stringify(last)})`);
}

/** The extension's stored progress for a court. */
export async function progressFor(browser: GuidedBrowser, court: string): Promise<Record<string, unknown> | null> {
  return browser.worker.evaluate(async (id) => {
    const { state } = (await chrome.storage.local.get('state')) as { state?: { courts?: Record<string, unknown> } };
    return (state?.courts?.[id] as Record<string, unknown>) ?? null;
  }, court);
}
