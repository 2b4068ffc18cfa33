// One practice court and one Firefox ESR with the add-on per test file (over WebDriver BiDi);
// each test starts as a new person: the add-on installed afresh (a temporary add-on's
// storage goes with it) and no court cookie.
import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { firefoxPath, launchFirefoxWithExtension, scriptsReady, type GuidedFirefox } from '../../tools/practice-court/firefox';
import { FirefoxDriver } from '../../tools/practice-court/firefox-driver';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { projectPath } from '../../tools/lib/root';

export interface FirefoxSuite {
  readonly court: PracticeCourt;
  readonly firefox: GuidedFirefox;
  /** A blank tab, opened first, for axe-core to check copies of the coach mark in. */
  readonly scratch: FirefoxDriver;
  /** A new tab, in front. Tabs a test opens are closed after it. */
  open(): Promise<FirefoxDriver>;
  /** Replaces the installed add-on with the one in `dir` (a temporary install; storage starts empty). */
  install(dir: string): Promise<void>;
}

/** Firefox to drive, or null (the tests are then skipped, and say why). */
export const FIREFOX = firefoxPath();
if (!FIREFOX) console.warn('Firefox tests skipped: no Firefox found (install firefox-esr, or set FIREFOX_PATH)');

export function useFirefox(options: { systemAccess?: boolean; freshEachTest?: boolean; staticPages?: ReadonlyMap<string, string> } = {}): FirefoxSuite {
  const opened: FirefoxDriver[] = [];
  let addonId: string | null = null;
  const suite = {
    open: async () => {
      const driver = await FirefoxDriver.open(suite.firefox);
      opened.push(driver);
      return driver;
    },
    install: async (dir: string) => {
      if (addonId) await suite.firefox.browser.uninstallExtension(addonId);
      addonId = await suite.firefox.browser.installExtension(resolve(dir));
      await scriptsReady(suite.firefox.browser);
    },
  } as FirefoxSuite & { court: PracticeCourt; firefox: GuidedFirefox; scratch: FirefoxDriver };
  beforeAll(async () => {
    if (!FIREFOX) return;
    suite.court = await startPracticeCourt({ staticPages: options.staticPages });
    suite.firefox = await launchFirefoxWithExtension(suite.court, { systemAccess: options.systemAccess ?? false });
    addonId = suite.firefox.addonId;
    suite.scratch = await FirefoxDriver.open(suite.firefox);
  });
  afterAll(async () => {
    await suite.firefox?.close();
    await suite.court?.close();
  });
  afterEach(async () => {
    for (const driver of opened.splice(0)) await driver.close().catch(() => undefined);
  });
  beforeEach(async () => {
    if (!FIREFOX) return;
    await suite.firefox.clearCookies();
    // A fresh install: no stored progress or settings (the add-on's internal UUID changes with it).
    if (options.freshEachTest ?? true) await suite.install(projectPath('dist/firefox'));
  });
  return suite;
}
