// The built extension, in real Chromium, on the practice court under the real host names:
// both courts from the landing page to the filing menus, and every failure path: every walk
// in ALL_WALKS (firefox-walks.test.ts walks the same ones in Firefox ESR).
import { describe, expect, it } from 'vitest';
import { progressFor, scriptsRegistered } from '../../tools/practice-court/browser';
import { usePracticeBrowser } from '../helpers/browser-suite';
import * as walks from '../../tools/practice-court/walks';
import { ALL_WALKS, FAILURE_WALKS, HAPPY_WALKS, runWalk, walkProblems, type Walk } from '../../tools/practice-court/walks';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { projectPath } from '../../tools/lib/root';

const suite = usePracticeBrowser();

async function walkAndCheck(walk: Walk, folder: string) {
  const page = await suite.browser.context.newPage();
  try {
    const results = await runWalk(suite.browser, page, walk, { screenshotDir: projectPath('test-results', folder) });
    const problems = walkProblems(results);
    expect(problems, problems.join('\n')).toEqual([]);
    const courtId = walk.steps[0]!.expect.court!;
    if (walk.finalStatus) expect((await progressFor(suite.browser, courtId))?.status).toBe(walk.finalStatus);
    return results;
  } finally {
    await page.close();
  }
}

const label = (walk: Walk) => (FAILURE_WALKS.includes(walk) ? `failure path: ${walk.title}` : walk.title);

describe('walking the practice court with the extension', () => {
  it('runs every walk the walks module exports (a list left out of ALL_WALKS would run in neither browser)', () => {
    const isWalk = (value: unknown): value is Walk => typeof value === 'object' && value !== null && 'id' in value && 'steps' in value && Array.isArray((value as Walk).steps);
    const exported = Object.values(walks).filter((value): value is Walk[] => Array.isArray(value) && value.length > 0 && value.every(isWalk));
    const missing = exported.flat().filter((w) => !ALL_WALKS.includes(w)).map((w) => w.id);
    expect(missing).toEqual([]);
    expect(new Set(ALL_WALKS.map((w) => w.id)).size, 'walk ids name their screenshots: unique').toBe(ALL_WALKS.length);
  });

  it.each(ALL_WALKS.map((w) => [label(w), w] as const))('%s', async (_title, walk) => {
    const results = await walkAndCheck(walk, FAILURE_WALKS.includes(walk) ? 'practice-court-failures' : 'practice-court');
    if (!HAPPY_WALKS.includes(walk)) return;
    expect(results.length).toBeGreaterThanOrEqual(9);
    const progress = await progressFor(suite.browser, walk.id);
    expect(Object.keys(progress?.done as object)).toHaveLength(6);
  });

  it('keeps the court\'s own success message readable: the F5 callout covers none of its lines', async () => {
    const page = await suite.browser.context.newPage();
    const almb = HAPPY_WALKS[0]!;
    const success = almb.steps.findIndex((s) => s.expect.page === 'link-success');
    expect(walkProblems(await runWalk(suite.browser, page, { ...almb, steps: almb.steps.slice(0, success + 1) }))).toEqual([]);
    for (const size of [{ width: 1280, height: 860 }, { width: 1100, height: 640 }, { width: 800, height: 600 }]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      const guide = await readCoachMark(page);
      const lines = await page.evaluate(() =>
        Array.from(document.querySelectorAll('#cmecfMainContent p, #cmecfMainContent h3')).map((e) => {
          const r = e.getBoundingClientRect();
          return { top: r.top, left: r.left, width: r.width, height: r.height, words: (e.textContent ?? '').slice(0, 40) };
        }),
      );
      const box = guide.calloutBox!;
      const overlaps = lines.filter((l) => l.width > 0 && box.left < l.left + l.width && l.left < box.left + box.width && box.top < l.top + l.height && l.top < box.top + box.height);
      expect(overlaps, `${size.width}x${size.height}`).toEqual([]);
    }
    await page.close();
  });

  it('starts progress from the central login only when its court ids agree', async () => {
    const page = await suite.browser.context.newPage();
    const login = 'https://pacer.login.uscourts.gov/csologin/login.jsf';
    // The login's guide is there while some court is being linked: start another one first.
    await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await expect.poll(async () => (await progressFor(suite.browser, 'almd'))?.status, { timeout: 5_000 }).toBe('in-progress');
    await scriptsRegistered(suite.browser.worker, true);
    // Any website can send a browser to the login naming any court: that alone starts nothing.
    await page.goto(`${login}?pscCourtId=NYSBK`);
    await page.goto(`${login}?pscCourtId=NYSBK&appurl=${encodeURIComponent('https://ecf.almb.uscourts.gov/cgi-bin/login.pl')}`);
    await page.goto(`${login}?pscCourtId=ALMBK&appurl=${encodeURIComponent('https://ecf-train.almb.uscourts.gov/cgi-bin/login.pl')}`);
    await page.waitForTimeout(500);
    for (const court of ['nysb', 'almb']) expect(await progressFor(suite.browser, court), court).toBeNull();
    await page.goto(`${login}?pscCourtId=ALMBK&appurl=${encodeURIComponent('https://ecf.almb.uscourts.gov/cgi-bin/login.pl')}`);
    await expect.poll(async () => (await progressFor(suite.browser, 'almb'))?.current, { timeout: 5_000 }).toBe('log-in');
    await page.close();
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
