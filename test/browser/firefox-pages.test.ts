// The add-on's own pages in real Firefox ESR: the popup (opened as a tab, as the Chromium
// tests open it; BiDi cannot click the toolbar button), the settings page and the help-desk
// page, with axe-core on each, light and dark. BiDi refuses a top-level navigation to a
// moz-extension:// address unless Firefox is started with --remote-allow-system-access (its
// remote agent's switch for test harnesses), so this file's Firefox is; the walks' Firefox
// (firefox-walks.test.ts) is not. The add-on's address is fixed with the preference
// extensions.webextensions.uuids.
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { decodeSupportCode } from '../../src/core/support/code';
import { summarise } from '../../src/core/support/summary';
import { projectPath } from '../../tools/lib/root';
import type { AxeViolation } from '../../tools/practice-court/axe';
import { launchFirefoxWithExtension, setWebsiteAppearance, type GuidedFirefox } from '../../tools/practice-court/firefox';
import { FirefoxDriver } from '../../tools/practice-court/firefox-driver';
import { HAPPY_WALKS, runWalkWith, walkProblems } from '../../tools/practice-court/walks';
import { FIREFOX, useFirefox } from '../helpers/firefox-suite';

// The add-on's address stays fixed only while it stays installed: no reinstall between tests.
const suite = useFirefox({ systemAccess: true, freshEachTest: false });
const ALMD = 'https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl';
const describeViolations = (where: string, violations: AxeViolation[]) => violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);

/** The popup as a tab, reading `courtTab` as the active tab (the popup asks for the active tab). */
async function popupFor(courtTab: FirefoxDriver): Promise<FirefoxDriver> {
  const popup = await suite.open();
  await popup.resize({ width: 380, height: 760 });
  await popup.openExtensionPage('popup.html');
  await courtTab.front();
  await popup.reloadExtensionPage('.helpdesk .code');
  return popup;
}

const texts = (driver: FirefoxDriver, selector: string) => driver.evaluate((s: string) => [...document.querySelectorAll(s)].map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()), selector);

describe.skipIf(!FIREFOX)('the add-on\'s pages in Firefox ESR', () => {
  it('the popup shows the court\'s checklist, ticked, and a support code that says Firefox', async () => {
    const court = await suite.open();
    expect(walkProblems(await runWalkWith(court, HAPPY_WALKS[0]!))).toEqual([]);
    const popup = await popupFor(court);
    expect(await texts(popup, 'section.court[data-court="almb"] .status')).toEqual([TEXTS.status_verified]);
    expect(await texts(popup, 'section.court[data-court="almb"] li.done')).toHaveLength(6);
    const [code] = await popup.evaluate(() => [...document.querySelectorAll('.helpdesk .code')].map((e) => e.getAttribute('data-code')));
    const version = Number(/(\d+)/.exec(await suite.firefox.browser.version())?.[1]);
    expect(decodeSupportCode(code!)).toMatchObject({ court: 'almb', page: 'link-success', status: 'verified', browser: { family: 'firefox', major: version } });
    await popup.clickButton(TEXTS.report_button);
    const report = await popup.evaluate(() => (document.querySelector('#report-text') as HTMLTextAreaElement | null)?.value ?? '');
    expect(report).toContain(`Support code: ${code}`);
    expect(report).toMatch(/browser: firefox \d+/);
    await popup.screenshot(projectPath('test-results/firefox/popup.png'));

    // The help-desk page reads that code back, typed as a caller reads it.
    const desk = await suite.open();
    await desk.openExtensionPage('helpdesk.html');
    await desk.fill(TEXTS.hd_code_label, code!.toLowerCase().replace(/-/g, ' '));
    await desk.clickButton(TEXTS.hd_read_button);
    await desk.waitFor('.summary li');
    const expected = summarise(decodeSupportCode(code!));
    expect(await texts(desk, '.summary li')).toEqual(expected.lines);
    expect((await texts(desk, '.advice'))[0]).toBe(expected.advice);
    await desk.screenshot(projectPath('test-results/firefox/helpdesk.png'));
  });

  it('settings: a help-desk contact saved there shows on court pages\' error callouts, and "show the guide" off hides it', async () => {
    const options = await suite.open();
    await options.openExtensionPage('options.html');
    await options.fill(TEXTS.opt_name, 'Acme LLP IT help desk');
    await options.fill(TEXTS.opt_phone, '(555) 010-0199');
    await options.clickButton(TEXTS.opt_save);
    await expect.poll(() => texts(options, '[role=status]')).toContain(TEXTS.opt_saved);

    // The district court: the bankruptcy court is linked and verified by now, and stays quiet.
    const court = await suite.open();
    await court.goto(ALMD);
    await court.clickLink('CM/ECF Document Filing System');
    await court.fill('Username', 'pfiler2024');
    await court.fill('Password', 'not-the-password');
    await court.clickButton('Login');
    await expect.poll(async () => (await court.readGuide()).title, { timeout: 5_000 }).toBe(TEXTS.login_error_title);
    expect((await court.readGuide()).warnings.join(' ')).toContain('Acme LLP IT help desk');

    const shown = () => options.evaluate(() => (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked);
    expect(await shown()).toBe(true);
    await options.click('input[type=checkbox]'); // a real click: untick "Show the guide on court pages"
    await expect.poll(shown).toBe(false);
    // (Not F5: the login error is a form's answer, and reloading it asks to send the form again.)
    await court.goto(ALMD);
    await court.pause(500);
    expect((await court.readGuide()).visible, 'no guide once it is turned off').toBe(false);
    await options.front();
    await options.check(TEXTS.show_guide);
    await court.goto(ALMD);
    await expect.poll(async () => (await court.readGuide()).visible, { timeout: 5_000 }).toBe(true);
    await options.screenshot(projectPath('test-results/firefox/options.png'));
  });

  it('axe-core finds no violation on the popup, the settings page and the help-desk page, light and dark', async () => {
    const problems: string[] = [];
    const checked: string[] = [];
    // The suite's Firefox starts light. Dark: the same Firefox switched where BiDi reaches its
    // window, else (ESR 140) a Firefox of its own started dark.
    let switched = false;
    let own: GuidedFirefox | null = null;
    try {
      for (const scheme of ['light', 'dark'] as const) {
        if (scheme === 'dark') {
          switched = await setWebsiteAppearance(suite.firefox, 'dark');
          if (!switched) own = await launchFirefoxWithExtension(suite.court, { systemAccess: true, appearance: 'dark' });
        }
        for (const name of ['popup', 'options', 'helpdesk']) {
          const page = own ? await FirefoxDriver.open(own) : await suite.open();
          await page.openExtensionPage(`${name}.html`);
          expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), `${name} in ${scheme}`).toBe(scheme === 'dark');
          if (name === 'helpdesk') {
            await page.fill(TEXTS.hd_code_label, 'not a code');
            await page.clickButton(TEXTS.hd_read_button);
          }
          problems.push(...describeViolations(`${name} (${scheme})`, await page.runAxe()));
          checked.push(`${name}/${scheme}`);
          await page.screenshot(projectPath(`test-results/firefox/${name}-${scheme}.png`));
        }
      }
    } finally {
      if (switched) await setWebsiteAppearance(suite.firefox, 'light');
      await own?.close();
    }
    expect(checked).toHaveLength(6);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});
