// What runs on a court's pages, proven in the browser: once a court is linked and verified, its
// pages get no script of ours at all, and a reset brings the guide back; a court not being
// linked gets nothing on a docket, the gate alone on a page off the path (no guide, no message,
// no service-worker start), and the guide where the gate finds the linking path.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { HAPPY_WALKS, runWalk, walkProblems } from '../../tools/practice-court/walks';
import { usePracticeBrowser } from '../helpers/browser-suite';
import { guideUntil } from '../helpers/guide';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { watchOurScripts } from '../../tools/practice-court/browser';
import { PACER_ONLY_DOCKET } from '../helpers/pages';

const suite = usePracticeBrowser();

declare const chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string; matches?: string[] }>> } };

/** The scripts of ours the page ran: the extension's isolated worlds on it, by the files they ran. */
async function ourScripts(page: Page, url: string): Promise<string[]> {
  await page.goto('about:blank');
  const { scripts, stop } = await watchOurScripts(suite.browser, page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(600);
  await stop();
  return [...scripts].sort();
}

const registered = () => suite.browser.worker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
const matchesOf = async (id: string) => (await registered()).find((s) => s.id === id)?.matches ?? [];

describe('the scripts a court\'s pages get', () => {
  it('after verification: no script at all on the court\'s pages; a reset brings the guide back', async () => {
    const page = await suite.browser.context.newPage();
    expect(walkProblems(await runWalk(suite.browser, page, HAPPY_WALKS[0]!))).toEqual([]);
    await expect.poll(() => matchesOf('guide'), { timeout: 5_000 }).not.toContain('https://ecf.almb.uscourts.gov/*');
    expect(await matchesOf('gate')).not.toContain('https://ecf.almb.uscourts.gov/*');
    for (const url of ['https://ecf.almb.uscourts.gov/', 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl', 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities']) {
      expect(await ourScripts(page, url), url).toEqual([]);
    }
    // Reset from the popup: the court is not started again, and its landing page is guided.
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    await popup.locator('section.court[data-court="almb"]').getByRole('button', { name: 'Reset' }).first().click();
    await popup.getByRole('button', { name: /Yes, reset/ }).click();
    await popup.close();
    await expect.poll(() => matchesOf('gate'), { timeout: 5_000 }).toContain('https://ecf.almb.uscourts.gov/*');
    expect(await ourScripts(page, 'https://ecf.almb.uscourts.gov/')).toEqual(['content.js', 'gate.js']);
    await guideUntil(page, (g) => g.visible && g.step === 1, 'the guide is back on the landing page');
    await page.close();
  });

  // Last in this file: it stops the service worker, whose old handle the suite's other tests use.
  it('on a court not being linked: the gate alone where there is nothing to do, without waking the worker; the guide where the path starts', async () => {
    const page = await suite.browser.context.newPage();
    expect(await matchesOf('gate')).toContain('https://ecf.almd.uscourts.gov/*');
    const cdp = await suite.browser.context.newCDPSession(page);
    const workers = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: Array<{ targetId: string; type: string; url: string }> };
      return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${suite.browser.extensionId}/`));
    };
    for (const worker of await workers()) await cdp.send('Target.closeTarget', { targetId: worker.targetId });
    await expect.poll(workers, { timeout: 5_000 }).toEqual([]);
    // A page of the court's site that is not on the linking path: the gate looks, and lets it be.
    expect(await ourScripts(page, 'https://ecf.almd.uscourts.gov/practice')).toEqual(['gate.js']);
    expect(await workers(), 'no message, no start of the service worker').toEqual([]);
    expect((await readCoachMark(page)).visible).toBe(false);
    // A docket (served here as a short page under the menu bar with no filing menus, as a
    // PACER-only user sees one: the guide, had it loaded, would point at Utilities) gets no script at all.
    const docket = 'https://ecf.almd.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1';
    await page.route(/^https:\/\/ecf\.almd\.uscourts\.gov\/cgi-bin\/dktrpt\.pl/i, (route) =>
      route.fulfill({ contentType: 'text/html', body: PACER_ONLY_DOCKET }),
    );
    expect(await ourScripts(page, docket), 'a docket: not even the gate').toEqual([]);
    expect(await ourScripts(page, docket.replace('DktRpt.pl', 'dktrpt.pl')), 'in another capitalisation, the gate, which stops it').toEqual(['gate.js']);
    expect(await workers(), 'no message, no start of the service worker').toEqual([]);
    // Closing a tab, any tab, is none of the extension's business: the worker stays stopped.
    const other = await suite.browser.context.newPage();
    await other.close();
    await page.waitForTimeout(500);
    expect(await workers(), 'a closed tab starts no service worker').toEqual([]);
    // The court's landing page is on the path: the gate asks, and the guide joins the page.
    expect(await ourScripts(page, 'https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl')).toEqual(['content.js', 'gate.js']);
    await guideUntil(page, (g) => g.visible && g.step === 1, 'the landing page of a court not started is guided');
    expect(await workers()).toHaveLength(1);
    // That report started the court's progress: its pages now get the guide, but a docket still nothing.
    await expect.poll(() => matchesOf('guide'), { timeout: 5_000 }).toContain('https://ecf.almd.uscourts.gov/*');
    expect(await ourScripts(page, docket), 'a docket of a court being linked: nothing').toEqual([]);
    await page.close();
  });
});
