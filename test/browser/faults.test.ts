// Faults and hostile input, in the real browser: the service worker stopped mid-flow and the
// browser restarted, the extension reloaded under an open page, storage holding garbage or
// another version's data, several tabs racing, and a court page whose scripts attack the guide.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { HOST_TAG, MAX_REMOVALS } from '../../src/overlay/overlay';
import { launchWithExtension, progressFor, waitForReport, type GuidedBrowser } from '../../tools/practice-court/browser';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { toLinkForm } from '../../tools/practice-court/walks';
import { guideUntil } from '../helpers/guide';
import { expectHostHeld, hostLayout, HOSTILE_PAGES } from './hostile-pages';

type ChromeApi = {
  runtime: { reload(): void };
  storage: { local: { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } };
};
declare const chrome: ChromeApi;

const ALMB = 'https://ecf.almb.uscourts.gov';
const ALMD = 'https://ecf.almd.uscourts.gov';

let court: PracticeCourt;
beforeAll(async () => {
  court = await startPracticeCourt({ staticPages: new Map(Object.entries(HOSTILE_PAGES).map(([path, html]) => [`ecf.almb.uscourts.gov${path}`, html])) });
});
afterAll(() => court?.close());

/** A browser of its own per test: these tests stop, reload and restart it. */
async function withBrowser<T>(run: (browser: GuidedBrowser) => Promise<T>, profile?: string): Promise<T> {
  const browser = await launchWithExtension(court, profile ? { profile } : {});
  try {
    return await run(browser);
  } finally {
    await browser.close();
  }
}

/** From the court's front door to the Utilities page, as the user goes (steps 1 to 3). */
async function walkToUtilities(page: Page): Promise<void> {
  for (const step of toLinkForm('almb').slice(0, 5)) await step.act(page);
}

/** The stored state, read from an extension page (a stopped worker's old handle cannot be used). */
async function extensionPageState(browser: GuidedBrowser): Promise<{ courts: Record<string, unknown> } | undefined> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  const state = await page.evaluate(async () => (await chrome.storage.local.get('state')).state as { courts: Record<string, unknown> } | undefined);
  await page.close();
  return state;
}

const storedState = (worker: Worker) => worker.evaluate(async () => (await chrome.storage.local.get('state')).state as Record<string, unknown> | undefined);

describe('faults', () => {
  it('picks up where it was after the service worker is stopped mid-flow and the browser restarts', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'cmecf-guide-restart-'));
    try {
      const before = await withBrowser(async (browser) => {
        const page = await browser.context.newPage();
        await walkToUtilities(page);
        await guideUntil(page, (g) => g.title === TEXTS.link_item_do, 'the guide points at the link item');
        // Stop the worker the way the browser does when it is idle, through the DevTools protocol.
        const cdp = await browser.context.newCDPSession(page);
        const workerTargets = async () => {
          const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
          return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${browser.extensionId}/`));
        };
        const [worker] = await workerTargets();
        expect(worker, 'the extension service worker is running').toBeDefined();
        await cdp.send('Target.closeTarget', { targetId: worker!.targetId });
        await expect.poll(workerTargets, { timeout: 5_000 }).toEqual([]);
        // The next page wakes it: the page's report is answered (the guide's words come with the
        // answer) and the guide goes on to step 4.
        await page.getByRole('link', { name: /link a cm\/ecf account to my pacer account/i }).first().click();
        await guideUntil(page, (g) => g.title === TEXTS.fields_do && g.stepLabel === TEXTS.step_of.replace('$1', '4').replace('$2', '6'), 'step 4 after the worker restarted');
        expect(await workerTargets()).toHaveLength(1);
        const progress = await extensionPageState(browser).then((state) => state?.courts.almb);
        expect(progress).toMatchObject({ current: 'enter-credentials', lastPage: 'link-form' });
        return progress as { done: Record<string, number> };
      }, profile);
      expect(Object.keys(before.done).sort()).toEqual(['log-in', 'open-filing', 'open-utilities']);

      // The same profile, a new browser: progress is intact, and the guide carries on.
      await withBrowser(async (browser) => {
        expect(await progressFor(browser, 'almb')).toEqual(before);
        const page = await browser.context.newPage();
        await page.goto(`${ALMB}/`);
        await guideUntil(page, (g) => g.visible && g.title === TEXTS.entry_do, 'the guide on the court home page after a restart');
        for (const step of toLinkForm('almb').slice(1)) await step.act(page);
        await guideUntil(page, (g) => g.title === TEXTS.fields_do, 'back at the link form after logging in again');
        expect((await progressFor(browser, 'almb'))?.done).toEqual(before.done);
      }, profile);
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  });

  it('keeps progress through an extension reload, and the open page says to refresh, then guides again', async () => {
    await withBrowser(async (browser) => {
      const page = await browser.context.newPage();
      await walkToUtilities(page);
      await guideUntil(page, (g) => g.title === TEXTS.link_item_do, 'the guide points at the link item');
      const before = await progressFor(browser, 'almb');
      const reloaded = browser.context.waitForEvent('serviceworker');
      await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker ends mid-call
      const worker = await reloaded;
      expect(((await storedState(worker)) as { courts: Record<string, unknown> }).courts.almb).toEqual(before);
      // The page changes (the user opens a menu): the orphaned guide notices and says what to do.
      await page.evaluate(() => document.body.append(document.createElement('p')));
      const stale = await guideUntil(page, (g) => g.title === TEXTS.updated_title, 'the open page says the guide was updated');
      expect(stale.buttons).toContain(TEXTS.refresh_button);
      await page.reload();
      await guideUntil(page, (g) => g.title === TEXTS.link_item_do, 'after a refresh the guide is back at its step');
    });
  });

  const VARIANTS: Array<[string, (valid: unknown) => unknown]> = [
    ['garbage', () => 'not a state at all \u0000\u{1F4A5}'],
    ['an older schema', (valid) => ({ ...(valid as object), version: 0, legacyField: [1, 2, 3] })],
    ['a future schema', (valid) => ({ ...(valid as object), version: 99, courts: { ...(valid as { courts: object }).courts, zzzz: { status: 'warp' } }, newThing: { x: 1 } })],
  ];

  it.each(VARIANTS)('recovers from storage holding %s, keeps what is valid, and tells the user once', async (name, corrupt) => {
    await withBrowser(async (browser) => {
      const page = await browser.context.newPage();
      await walkToUtilities(page);
      // The Utilities page's report must be written before the test corrupts storage, or that
      // write would overwrite the corruption.
      await expect.poll(async () => (await progressFor(browser, 'almb'))?.lastPage, { timeout: 10_000 }).toBe('utilities');
      const valid = await storedState(browser.worker);
      const progress = (valid as { courts: { almb: unknown } }).courts.almb;
      await browser.worker.evaluate((raw) => chrome.storage.local.set({ state: raw }), corrupt(valid));
      // The guide still works on the next page.
      await page.goto(`${ALMB}/cgi-bin/login.pl`);
      await guideUntil(page, (g) => g.visible && g.title === TEXTS.utilities_do, `the guide after ${name}`);
      const repaired = (await storedState(browser.worker)) as { courts: Record<string, unknown>; repairNotice: string | null };
      if (name !== 'garbage') expect(repaired.courts.almb, 'the valid progress is kept').toMatchObject({ done: (progress as { done: object }).done });
      expect(Object.keys(repaired.courts)).toEqual(['almb']);
      // The popup tells the user, once: after they dismiss the notice it does not come back.
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
      const notice = popup.getByText(TEXTS.repaired_notice.split('$1')[0]!.trim());
      await notice.waitFor();
      await popup.getByRole('button', { name: TEXTS.ok, exact: true }).click();
      await notice.waitFor({ state: 'detached' });
      await popup.reload();
      await popup.getByRole('heading').first().waitFor();
      expect(await notice.count()).toBe(0);
      expect(((await storedState(browser.worker)) as { repairNotice: unknown }).repairNotice).toBeNull();
    });
  });

  it('loses no update when two tabs on the same court and a third court load pages at once', async () => {
    await withBrowser(async (browser) => {
      const [a, b, c] = [await browser.context.newPage(), await browser.context.newPage(), await browser.context.newPage()];
      await walkToUtilities(a);
      await c.goto(`${ALMD}/cgi-bin/login.pl`);
      await browser.worker.evaluate(() => chrome.storage.local.clear());
      for (let round = 0; round < 4; round++) {
        await Promise.all([
          a.goto(`${ALMB}/cgi-bin/DisplayMenu.pl?Utilities`),
          b.goto(`${ALMB}/cgi-bin/LinkAcct.pl`),
          c.goto(`${ALMD}/cgi-bin/DisplayMenu.pl?NextGenRelease11`),
        ]);
      }
      // Quick succession in one tab: three pages, each left as soon as it has loaded.
      for (const path of ['/cgi-bin/DisplayMenu.pl?Utilities', '/cgi-bin/LinkAcct.pl', '/cgi-bin/login.pl']) await a.goto(`${ALMB}${path}`);
      const since = Date.now() - 60_000;
      await waitForReport(browser, a, since);
      await a.waitForTimeout(500);
      const almb = await progressFor(browser, 'almb');
      const almd = await progressFor(browser, 'almd');
      expect(almb, 'the furthest step of either almb tab').toMatchObject({ current: 'enter-credentials', lastPage: 'ecf-menu' });
      expect(Object.keys((almb as { done: object }).done).sort()).toEqual(['log-in', 'open-filing', 'open-utilities']);
      expect(almd, 'the other court, updated at the same moments, is not lost').toMatchObject({ current: 'open-utilities', lastPage: 'nextgen-menu' });
    });
  });
});

describe('a hostile court page', () => {
  it('cannot reach the extension, stays responsive through a mutation storm, and the guide recovers', async () => {
    await withBrowser(async (browser) => {
      const before = await storedState(browser.worker);
      const page = await browser.context.newPage();
      await page.goto(`${ALMB}/hostile-storm.html`);
      // While the storm blows, the page answers promptly.
      const latencies: number[] = [];
      for (let i = 0; i < 10; i++) {
        const start = Date.now();
        await page.evaluate(() => 1);
        latencies.push(Date.now() - start);
        await page.waitForTimeout(150);
      }
      await page.waitForFunction(() => (window as unknown as { hostile: { done: boolean } }).hostile.done, undefined, { timeout: 20_000 });
      const hostile = (await page.evaluate(() => (window as unknown as { hostile: unknown }).hostile)) as Record<string, number | boolean>;
      expect(Math.max(...latencies), `page.evaluate round trips during the storm: ${latencies.join(', ')} ms`).toBeLessThan(1_000);
      expect(hostile.mutations as number, 'the storm ran at its rate').toBeGreaterThan(20_000);
      expect(hostile.fakeApiCalls, 'the content script never used the page\'s fake browser/chrome globals').toBe(0);
      expect(hostile.removed, 'the page removed the guide once').toBe(1);
      // The guide came back after the page removed it, and an untrusted Escape did not close it.
      const guide = await guideUntil(page, (g) => g.visible && g.title === TEXTS.entry_do, 'the guide after the storm');
      expect(guide.stepLabel).toBe(TEXTS.step_of.replace('$1', '1').replace('$2', '6'));
      // Nothing the page posted or dispatched reached the extension's storage.
      const after = (await storedState(browser.worker)) as { courts: Record<string, { status: string; lastPage: string }>; settings: { guideHidden: boolean; hiddenCourts: string[] }; events: Array<{ page: string }> };
      expect(before).toBeUndefined();
      expect(Object.keys(after.courts)).toEqual(['almb']);
      expect(after.courts.almb).toMatchObject({ status: 'in-progress', lastPage: 'court-home' });
      expect(after.settings).toMatchObject({ guideHidden: false, hiddenCourts: [] });
      expect(after.events.map((e) => e.page)).toEqual(['court-home']);
    });
  });

  it('keeps its host fixed, zero-sized and shown on a page whose styles try to hide, move or enlarge it', async () => {
    await withBrowser(async (browser) => {
      const page = await browser.context.newPage();
      await page.goto(`${ALMB}/hostile-styles.html`);
      const guide = await guideUntil(page, (g) => g.visible && g.title === TEXTS.entry_do, 'the guide on a page styled against it');
      expectHostHeld(guide, await page.evaluate(hostLayout, HOST_TAG));
    });
  });

  it('stands aside on a page that keeps removing the guide', async () => {
    await withBrowser(async (browser) => {
      const page = await browser.context.newPage();
      await page.goto(`${ALMB}/hostile-remover.html`);
      await page.waitForTimeout(1_500);
      const removed = await page.evaluate(() => (window as unknown as { hostile: { removed: number } }).hostile.removed);
      expect(removed, 'the guide came back a few times, then stopped').toBe(MAX_REMOVALS + 1);
      expect((await readCoachMark(page)).visible).toBe(false);
      // The page is still usable, and its own link still works.
      await page.getByRole('link', { name: 'Document Filing System' }).click();
      await page.waitForURL(/pacer\.login\.uscourts\.gov/);
    });
  });
});
