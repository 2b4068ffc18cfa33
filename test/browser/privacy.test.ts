// No network requests from the extension, ever: every request made while walking both
// practice courts (and opening the popup, the help-desk page and the settings) goes to the
// court hosts the pages themselves name, or is the extension's own packaged file.
import type { Request } from 'playwright-core';
import { expect, it } from 'vitest';
import { FAILURE_WALKS, HAPPY_WALKS, runWalk } from '../../tools/practice-court/walks';
import { usePracticeBrowser } from '../helpers/browser-suite';

const suite = usePracticeBrowser();

it('makes no network request of its own while the user walks both courts', async () => {
  const seen: Array<{ url: string; fromWorker: boolean; resource: string }> = [];
  const record = (request: Request) => seen.push({ url: request.url(), fromWorker: request.serviceWorker() !== null, resource: request.resourceType() });
  suite.browser.context.on('request', record);
  for (const walk of [...HAPPY_WALKS, ...FAILURE_WALKS]) {
    await suite.browser.context.clearCookies();
    const page = await suite.browser.context.newPage();
    await runWalk(suite.browser, page, walk);
    await page.close();
  }
  for (const name of ['popup', 'helpdesk', 'options']) {
    const page = await suite.browser.context.newPage();
    await page.goto(`chrome-extension://${suite.browser.extensionId}/${name}.html`);
    await page.locator('h1').first().waitFor();
    await page.close();
  }
  suite.browser.context.off('request', record);

  const own = `chrome-extension://${suite.browser.extensionId}/`;
  const fromWorker = seen.filter((r) => r.fromWorker);

  const elsewhere = seen.filter((r) => !r.url.startsWith(own) && !/^https:\/\/[a-z0-9.-]+\.uscourts\.gov\//.test(r.url) && !r.url.startsWith('data:'));
  console.log(`privacy: ${seen.length} requests recorded, ${seen.filter((r) => r.url.startsWith(own)).length} of them the extension's own packaged files`);
  expect(seen.length).toBeGreaterThan(50);
  // The worker reads its own packaged icons (action.setIcon); anything else would be network.
  expect(fromWorker.filter((r) => !r.url.startsWith(own)), 'requests the service worker sends out').toEqual([]);
  expect(fromWorker.length, 'icon reads: only when a tab\'s icon changes').toBeLessThan(60);
  expect(elsewhere, 'requests to anywhere but the court and the extension package').toEqual([]);
}, 180_000);
