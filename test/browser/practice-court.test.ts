// The built extension, in real Chromium, on the practice court under the real host names:
// both courts from the landing page to the filing menus, and every failure path.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchWithExtension, progressFor, type GuidedBrowser } from '../../tools/practice-court/browser';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { FAILURE_WALKS, HAPPY_WALKS, runWalk, type Walk } from '../../tools/practice-court/walks';
import { projectPath } from '../../tools/lib/root';

let court: PracticeCourt;
let browser: GuidedBrowser;

beforeAll(async () => {
  court = await startPracticeCourt();
  browser = await launchWithExtension(court);
});

afterAll(async () => {
  await browser?.close();
  await court?.close();
});

beforeEach(async () => {
  // Each walk is a new person: no cookies, no stored progress.
  await browser.context.clearCookies();
  await browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
});

async function walkAndCheck(walk: Walk, folder: string) {
  const page = await browser.context.newPage();
  try {
    const results = await runWalk(browser, page, walk, { screenshotDir: projectPath('test-results', folder) });
    const problems = results.flatMap((r, i) => r.problems.map((p) => `step ${i + 1} "${r.step.name}": ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
    const courtId = walk.steps[0]!.expect.court!;
    if (walk.finalStatus) expect((await progressFor(browser, courtId))?.status).toBe(walk.finalStatus);
    return results;
  } finally {
    await page.close();
  }
}

describe('walking the practice court with the extension', () => {
  it.each(HAPPY_WALKS.map((w) => [w.title, w] as const))('%s', async (_title, walk) => {
    const results = await walkAndCheck(walk, 'practice-court');
    expect(results.length).toBeGreaterThanOrEqual(9);
    const progress = await progressFor(browser, walk.id);
    expect(Object.keys(progress?.done as object)).toHaveLength(6);
  });

  it.each(FAILURE_WALKS.map((w) => [w.title, w] as const))('failure path: %s', async (_title, walk) => {
    await walkAndCheck(walk, 'practice-court-failures');
  });

  it('does nothing on pages that are not a court\'s', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://www.almb.uscourts.gov/anything').catch(() => undefined);
    await page.goto('https://ecf.almb.uscourts.gov/practice');
    const tabs = await browser.worker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome.storage.session.get(null));
    // The /practice page is on a court host and is reported as an ordinary court page; nothing else.
    expect(Object.values(tabs).map((t: { page: string }) => t.page)).not.toContain('unrelated');
    await page.close();
  });
});
