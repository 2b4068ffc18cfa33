// npm run screenshots: every step of both practice courts, and the popup, as the README
// shows them (assets/screenshots/). Run after changing what the guide or the popup shows.
import { mkdirSync, rmSync } from 'node:fs';
import { launchWithExtension } from './practice-court/browser';
import { startPracticeCourt } from './practice-court/server';
import { HAPPY_WALKS, runWalk } from './practice-court/walks';
import { projectPath } from './lib/root';

export async function main(): Promise<number> {
  const outDir = projectPath('assets/screenshots');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const court = await startPracticeCourt();
  const browser = await launchWithExtension(court);
  let problems = 0;
  try {
    for (const walk of HAPPY_WALKS) {
      await browser.context.clearCookies();
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 640 });
      const results = await runWalk(browser, page, walk, { screenshotDir: outDir });
      problems += results.filter((r) => r.problems.length).length;
      await page.close();
    }
    // Store screenshots: 1280x800, the size both stores take, of the steps that tell the story.
    const storeDir = projectPath('assets/store');
    await browser.context.clearCookies();
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
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup.locator('section.court').first().waitFor();
    await popup.screenshot({ path: `${outDir}/popup.png`, fullPage: true });
  } finally {
    await browser.close();
    await court.close();
  }
  console.log(`screenshots written to assets/screenshots/${problems ? ` (${problems} steps did not go as expected)` : ''}`);
  return problems ? 1 : 0;
}
