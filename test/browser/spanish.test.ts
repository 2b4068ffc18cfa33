// A browser in Spanish shows the guide, the popup and the settings in Spanish.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type GuidedBrowser } from '../../tools/practice-court/browser';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { projectPath } from '../../tools/lib/root';

let court: PracticeCourt;
let browser: GuidedBrowser;

beforeAll(async () => {
  court = await startPracticeCourt();
  // Chromium on Linux takes its interface language from LANGUAGE; --lang covers the other systems.
  process.env.LANGUAGE = 'es';
  browser = await launchWithExtension(court, { extraArgs: ['--lang=es'] });
});

afterAll(async () => {
  delete process.env.LANGUAGE;
  await browser?.close();
  await court?.close();
});

it('speaks Spanish on the court page and in the popup', async () => {
  const page = await browser.context.newPage();
  await page.goto('https://ecf.almb.uscourts.gov/');
  await expect.poll(async () => (await readCoachMark(page)).stepLabel).toBe('Paso 1 de 6');
  const guide = await readCoachMark(page);
  expect(guide.title).toContain('Haga clic en el enlace');
  await page.screenshot({ path: projectPath('test-results/spanish/court-home.png') });
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  expect(await popup.locator('h1').textContent()).toBe('Vinculación de cuentas CM/ECF');
  await popup.screenshot({ path: projectPath('test-results/spanish/popup.png'), fullPage: true });
  await Promise.all([page.close(), popup.close()]);
});
