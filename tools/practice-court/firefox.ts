// Firefox ESR with the built add-on, over WebDriver BiDi (puppeteer-core), pointed at the
// practice court through a local CONNECT proxy (court-proxy.ts). Playwright cannot drive
// stock Firefox; BiDi can, with these limits: no access to the content script's realm, no
// toolbar button, and no top-level navigation to the add-on's own moz-extension:// pages.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ensureFirefox } from '../lib/chromium';
import { bidiCommand, setViewportSize } from './bidi';
import { projectPath } from '../lib/root';
import { proxyPrefs, startCourtProxy, type CourtProxy } from './court-proxy';
import type { PracticeCourt } from './server';

/** The add-on's id (build.mjs's GECKO_ID). */
export const GECKO_ID = 'cmecf-link-guide@extension';
/** The add-on's internal UUID, fixed by preference so its moz-extension:// address is known. */
export const FIREFOX_EXTENSION_UUID = '3f0c6a5e-5d1b-4c2e-9a7e-2b8f4f1c9d01';

export interface GuidedFirefox {
  readonly browser: Browser;
  readonly proxy: CourtProxy;
  /** The installed add-on's id, as Firefox answered the install. */
  readonly addonId: string;
  readonly extensionOrigin: string;
  readonly profile: string;
  /** A fresh tab, sized like the Chromium walks' pages. */
  newPage(): Promise<Page>;
  /** Forgets the practice court's session (its cookie), as a new person would start. */
  clearCookies(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The tab each Firefox shows in front. Background tabs' timers and animation frames are
 * throttled (axe-core takes 2 s instead of 50 ms there, and the guide's live region waits for
 * a frame), so drivers act and read in the front tab, as a person looks at the tab they use.
 */
export const inFront = new WeakMap<Browser, Page>();

export const FIREFOX_VIEWPORT = { width: 1280, height: 860 };

/**
 * Firefox's "Website appearance" setting (Settings > General), which decides
 * prefers-color-scheme for pages and the add-on's own pages. BiDi has no colour-scheme
 * emulation, so this sets the preference behind that setting, from the browser's own
 * (privileged) window: only with `systemAccess`, and only where BiDi reaches that window
 * (`moz:scope`, after ESR 140). Returns whether it could; where not, a Firefox started in the
 * appearance wanted (launchFirefoxWithExtension's `appearance`) stands in.
 */
export async function setWebsiteAppearance(firefox: GuidedFirefox, scheme: 'light' | 'dark'): Promise<boolean> {
  const tree = await bidiCommand<{ contexts: Array<{ context: string; url: string }> }>(firefox.browser, 'browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  const window = tree.contexts.find((c) => c.url.startsWith('chrome://browser/'));
  if (!window) return false;
  const result = await bidiCommand<{ type: string }>(firefox.browser, 'script.evaluate', {
    expression: `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`,
    target: { context: window.context },
    awaitPromise: false,
  });
  if (result.type !== 'success') throw new Error(`could not set the website appearance: ${JSON.stringify(result)}`);
  return true;
}

export function firefoxPath(): string | null {
  return ensureFirefox();
}

/**
 * Waits (up to 10 s, then goes on) until the add-on's content scripts are registered: it
 * registers them as it starts, a moment after the install, and a page loaded before gets none.
 * BiDi cannot ask the add-on, so a page tells: the training site's landing page, where the gate
 * brings the guide in (and, being training, records no progress).
 */
export async function scriptsReady(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  try {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      await page.goto('https://ecf-train.almb.uscourts.gov/', { waitUntil: 'load' }).catch(() => undefined);
      const shown = await page.waitForSelector('cmecf-link-guide', { timeout: 700 }).then(() => true, () => false);
      if (shown) return;
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** `appearance`: the website appearance it starts in (light unless said), for a Firefox whose own window BiDi cannot reach (see setWebsiteAppearance). */
export async function launchFirefoxWithExtension(court: PracticeCourt, options: { extensionDir?: string; headless?: boolean; systemAccess?: boolean; appearance?: 'light' | 'dark' } = {}): Promise<GuidedFirefox> {
  const executablePath = ensureFirefox();
  if (!executablePath) throw new Error('No Firefox found: install firefox-esr (Debian) or set FIREFOX_PATH');
  // BiDi's webExtension.install takes absolute paths only.
  const extensionDir = resolve(options.extensionDir ?? projectPath('dist/firefox'));
  const proxy = await startCourtProxy(court);
  const profile = mkdtempSync(join(tmpdir(), 'cmecf-guide-firefox-'));
  let browser: Browser | null = null;
  const cleanUp = async () => {
    const process = browser?.process();
    // A Firefox that does not answer the close is killed below all the same.
    await Promise.race([browser?.close().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 10_000).unref())]);
    // Firefox's content processes share its process group: make sure none is left holding the profile.
    if (process?.pid) {
      try {
        globalThis.process.kill(-process.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    await proxy.close();
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
  };
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      protocol: 'webDriverBiDi',
      executablePath,
      headless: options.headless ?? true,
      userDataDir: profile,
      acceptInsecureCerts: true,
      // Each tab is sized as it opens (setViewportSize): puppeteer's own sizing fails on ESR 140.
      defaultViewport: null,
      timeout: 60_000,
      args: options.systemAccess ? ['--remote-allow-system-access'] : [],
      protocolTimeout: 60_000,
      extraPrefsFirefox: {
        ...proxyPrefs(proxy),
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
        // Light pages until a test asks for dark (setWebsiteAppearance), whatever the machine's theme.
        'layout.css.prefers-color-scheme.content-override': options.appearance === 'dark' ? 0 : 1,
        // English texts whatever the machine's locale, as in the Chromium tests.
        'intl.locale.requested': 'en-US',
        'intl.accept_languages': 'en-US, en',
        // No background traffic to refuse: captive-portal and connectivity checks, telemetry.
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'browser.safebrowsing.provider.mozilla.updateURL': '',
        'toolkit.telemetry.enabled': false,
        'extensions.blocklist.enabled': false,
      },
    });
    const addonId = await browser.installExtension(extensionDir);
    await scriptsReady(browser);
    const firefox: GuidedFirefox = {
      browser,
      proxy,
      addonId,
      extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
      profile,
      newPage: async () => {
        const page = await browser!.newPage();
        inFront.set(browser!, page); // a new tab opens in front
        await setViewportSize(browser!, page, FIREFOX_VIEWPORT);
        return page;
      },
      clearCookies: async () => {
        await browser!.deleteMatchingCookies({ name: 'PracticeCourtSession' });
      },
      close: cleanUp,
    };
    return firefox;
  } catch (error) {
    await cleanUp();
    throw error;
  }
}
