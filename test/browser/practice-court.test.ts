// The built extension, in real Chromium, on the practice court under the real host names:
// both courts from the landing page to the filing menus, and every failure path.
import { describe, expect, it } from 'vitest';
import { progressFor } from '../../tools/practice-court/browser';
import { usePracticeBrowser } from '../helpers/browser-suite';
import { FAILURE_WALKS, HAPPY_WALKS, runWalk, type Walk } from '../../tools/practice-court/walks';
import { projectPath } from '../../tools/lib/root';

const suite = usePracticeBrowser();

async function walkAndCheck(walk: Walk, folder: string) {
  const page = await suite.browser.context.newPage();
  try {
    const results = await runWalk(suite.browser, page, walk, { screenshotDir: projectPath('test-results', folder) });
    const problems = results.flatMap((r, i) => r.problems.map((p) => `step ${i + 1} "${r.step.name}": ${p}`));
    expect(problems, problems.join('\n')).toEqual([]);
    const courtId = walk.steps[0]!.expect.court!;
    if (walk.finalStatus) expect((await progressFor(suite.browser, courtId))?.status).toBe(walk.finalStatus);
    return results;
  } finally {
    await page.close();
  }
}

describe('walking the practice court with the extension', () => {
  it.each(HAPPY_WALKS.map((w) => [w.title, w] as const))('%s', async (_title, walk) => {
    const results = await walkAndCheck(walk, 'practice-court');
    expect(results.length).toBeGreaterThanOrEqual(9);
    const progress = await progressFor(suite.browser, walk.id);
    expect(Object.keys(progress?.done as object)).toHaveLength(6);
  });

  it.each(FAILURE_WALKS.map((w) => [w.title, w] as const))('failure path: %s', async (_title, walk) => {
    await walkAndCheck(walk, 'practice-court-failures');
  });

  it('does nothing on pages that are not a court\'s', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://www.almb.uscourts.gov/anything').catch(() => undefined);
    await page.goto('https://ecf.almb.uscourts.gov/practice');
    const tabs = await suite.browser.worker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<object> } } } }).chrome.storage.session.get(null));
    // The /practice page is on a court host and is reported as an ordinary court page; nothing else.
    expect(Object.values(tabs).map((t: { page: string }) => t.page)).not.toContain('unrelated');
    await page.close();
  });
});
