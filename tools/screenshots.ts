// npm run screenshots: every step of both practice courts, the popup and the planner ("Your
// courts"), as the README shows them (assets/screenshots/), and the store's 1280x800 pictures
// (assets/store/). Run after changing what the guide or the popup shows.
// `npm run screenshots -- --popup-only` makes only the popup's and the planner's pictures (both
// courts walked first; the pictures of the guide on court pages are left as they are).
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchWithExtension, type GuidedBrowser } from './practice-court/browser';
import { startPracticeCourt } from './practice-court/server';
import { FAILURE_WALKS, HAPPY_WALKS, MFA_WALKS, runWalk, walkProblems, type StepResult, type Walk } from './practice-court/walks';
import { projectPath } from './lib/root';
import { PLANNER_VERSION } from '../src/core/state/state';

/** The popup after both courts were walked: their checklists. */
async function popupPicture(browser: GuidedBrowser, outDir: string): Promise<void> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('section.court').first().waitFor();
  await popup.screenshot({ path: `${outDir}/popup.png`, fullPage: true });
  await popup.close();
}

declare const chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string): Promise<void> } } };

/**
 * A firm's list of seven courts. almb and almd were linked for real above (the practice court);
 * two others are given progress for the picture, as a filer part-way through would have.
 */
async function plannerPictures(browser: GuidedBrowser, outDir: string): Promise<void> {
  const day = 86_400_000;
  const now = Date.now();
  await browser.worker.evaluate(
    async ({ now, day, version }) => {
      const { state } = (await chrome.storage.local.get('state')) as { state: { courts: Record<string, unknown> } };
      const progress = (status: string, current: string | null, steps: string[], at: number) => ({ status, done: Object.fromEntries(steps.map((id) => [id, at])), current, lastError: null, lastErrorAt: null, lastPage: null, reloadedAt: null, updatedAt: at });
      state.courts.cacb = progress('in-progress', 'open-utilities', ['open-filing', 'log-in'], now - 2 * day);
      state.courts.nysb = progress('linked', 'refresh', ['open-filing', 'log-in', 'open-utilities', 'enter-credentials', 'verify'], now - 5 * day);
      const ids = ['almb', 'almd', 'cacb', 'nysb', 'nysd', 'txsb', 'flsd'];
      await chrome.storage.local.set({
        state,
        planner: { version, courts: ids.map((id, i) => ({ id, addedAt: now - 20 * day + i })), prep: { nysd: ['upgraded', 'mfa', 'old-login'], txsb: ['upgraded'] }, repairNotice: null },
      });
    },
    { now, day, version: PLANNER_VERSION },
  );
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('.plan-court').nth(6).waitFor();
  // What the toolbar shows when it opens: the top of the popup.
  await popup.screenshot({ path: `${outDir}/popup-your-courts.png` });
  await popup.locator('.plan-court[data-court="nysd"]').getByRole('button', { name: /Before you start/ }).click();
  await popup.screenshot({ path: `${outDir}/popup-your-courts-full.png`, fullPage: true });
  await popup.close();
  const printable = await browser.context.newPage();
  await printable.setViewportSize({ width: 1280, height: 800 });
  await printable.goto(`chrome-extension://${browser.extensionId}/planner.html`);
  await printable.locator('table').waitFor();
  await printable.screenshot({ path: `${outDir}/planner-printable.png` });
  await printable.screenshot({ path: projectPath('assets/store/store-6-printable-list.png') });
  await printable.close();
  await storePicture(browser, `${outDir}/popup-your-courts.png`);
}

/** The store's picture of the planner: the popup as the toolbar opens it, over a court's own page, 1280x800. */
async function storePicture(browser: GuidedBrowser, popupPng: string): Promise<void> {
  const court = await browser.context.newPage();
  await court.setViewportSize({ width: 1280, height: 800 });
  await court.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
  await court.waitForLoadState();
  const backdrop = await court.screenshot();
  await court.close();
  const page: Page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  const png = (data: Buffer) => `data:image/png;base64,${data.toString('base64')}`;
  await page.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
    <img src="${png(backdrop)}" style="position:absolute;inset:0;filter:saturate(.7) brightness(.92)">
    <img src="${png(readFileSync(popupPng))}" style="position:absolute;right:32px;top:10px;width:494px;border:1px solid #9ca3af;border-radius:10px;box-shadow:0 12px 36px #0006">
  </body></html>`);
  await page.screenshot({ path: projectPath('assets/store/store-5-your-courts.png') });
  await page.close();
}

/** A new person: no court cookie, no progress (a linked court's pages show no guide). */
async function freshPerson(browser: GuidedBrowser): Promise<void> {
  await browser.context.clearCookies();
  await browser.worker.evaluate(() => chrome.storage.local.remove('state'));
}

/** A walk's problems, printed; how many steps had one. */
function counted(results: readonly StepResult[]): number {
  for (const line of walkProblems(results)) console.error(`  ${line}`);
  return results.filter((r) => r.problems.length).length;
}

export async function main(args: string[] = []): Promise<number> {
  const popupOnly = args.includes('--popup-only');
  const outDir = projectPath('assets/screenshots');
  if (!popupOnly) rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const court = await startPracticeCourt();
  const browser = await launchWithExtension(court);
  let problems = 0;
  try {
    if (popupOnly) {
      for (const walk of HAPPY_WALKS) {
        await browser.context.clearCookies();
        const page = await browser.context.newPage();
        problems += counted(await runWalk(browser, page, walk));
        await page.close();
      }
      await popupPicture(browser, outDir);
      await plannerPictures(browser, outDir);
      console.log(`popup and planner screenshots written to assets/screenshots/ and assets/store/${problems ? ` (${problems} steps did not go as expected)` : ''}`);
      return problems ? 1 : 0;
    }
    // The MFA login's steps and a page the guide cannot place (Utilities without the item): only
    // the steps that show them, as the README links them.
    const pictures: ReadonlyArray<readonly [Walk, readonly number[]]> = [
      [MFA_WALKS[0]!, [2, 3, 5]],
      [MFA_WALKS[1]!, [2]],
      [MFA_WALKS[2]!, [2]],
      [MFA_WALKS[3]!, [3]],
      [FAILURE_WALKS.find((w) => w.id === 'utilities-without-item')!, [4]],
    ];
    for (const [walk, wanted] of pictures) {
      await freshPerson(browser);
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 640 });
      const results = await runWalk(browser, page, walk, {
        afterStep: async (index, result) => {
          if (wanted.includes(index)) await page.screenshot({ path: `${outDir}/${walk.id}-${String(index + 1).padStart(2, '0')}-${result.step.expect.page}.png` });
        },
      });
      problems += counted(results);
      await page.close();
    }
    // Store screenshots: 1280x800, the size both stores take, of the steps that tell the story.
    const storeDir = projectPath('assets/store');
    await freshPerson(browser);
    const store = await browser.context.newPage();
    await store.setViewportSize({ width: 1280, height: 800 });
    const wanted = new Map([[4, 'store-1-utilities'], [5, 'store-2-link-form'], [6, 'store-3-verify'], [7, 'store-4-press-f5']]);
    await runWalk(browser, store, HAPPY_WALKS[0]!, {
      onStep: () => undefined,
      afterStep: async (index) => {
        const name = wanted.get(index);
        if (name) await store.screenshot({ path: `${storeDir}/${name}.png` });
      },
    });
    await store.close();
    // Last, both courts for the README's table: they stay linked for the popup's pictures.
    await freshPerson(browser);
    for (const walk of HAPPY_WALKS) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 640 });
      const results = await runWalk(browser, page, walk, { screenshotDir: outDir });
      problems += counted(results);
      await page.close();
    }
    await popupPicture(browser, outDir);
    await plannerPictures(browser, outDir);
  } finally {
    await browser.close();
    await court.close();
  }
  console.log(`screenshots written to assets/screenshots/${problems ? ` (${problems} steps did not go as expected)` : ''}`);
  return problems ? 1 : 0;
}
