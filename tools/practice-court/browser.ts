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
