// Help-desk assistance on the practice court: the popup's code, the help-desk page, the
// report and the page capture, and a scan for secrets everywhere the extension keeps or
// shows anything.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { decodeSupportCode } from '../../src/core/support/code';
import { summarise } from '../../src/core/support/summary';
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from '../../tools/practice-court/accounts';
import { waitForReport } from '../../tools/practice-court/browser';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { parseHtml } from '../../tools/lib/page-file';
import { usePracticeBrowser } from '../helpers/browser-suite';

const suite = usePracticeBrowser();

/** Strings a user might type or a page might carry, that must never reach the extension's outputs. */
const SECRETS = {
  wrongPacerUser: 'secretuser77',
  wrongPacerPassword: 'Sup3r-Secret-PW',
  clientCode: 'CLIENTCODE-SECRET-9',
  wrongEcfLogin: 'ecf.secret.login',
  wrongEcfPassword: 'EcfSecretPass!1',
  caseNumber: '1:24-bk-05678',
  documentNumber: '035012349876',
};
const NEVER = [...Object.values(SECRETS), PRACTICE_PASSWORD, PRACTICE_ECF_PASSWORD, 'pfiler2024', 'Pat Filer', ECF_LOGINS.good];

async function fill(page: Page, label: string | RegExp, value: string) {
  await page.getByLabel(label).first().fill(value);
}

async function openPopupFor(courtPage: Page): Promise<Page> {
  const popup = await suite.browser.context.newPage();
  await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
  // The popup reads "the active tab": make the court page active, then let the popup look again.
  await courtPage.bringToFront();
  await popup.reload();
  await popup.locator('.helpdesk .code').waitFor();
  return popup;
}

describe('help-desk assistance, privately', () => {
  it('types secrets into every field and visits case-number URLs: none reaches the report, the code, the capture, storage or the console', async () => {
    const page = await suite.browser.context.newPage();
    const consoleLines: string[] = [];
    suite.browser.context.on('console', (m) => consoleLines.push(m.text()));
    suite.browser.worker.on('console', (m) => consoleLines.push(m.text()));
    page.on('console', (m) => consoleLines.push(m.text()));

    await page.goto('https://ecf.almb.uscourts.gov/');
    await page.getByRole('link', { name: /^\s*Login\s*$/ }).click();
    await page.waitForLoadState();
    await fill(page, 'Username', SECRETS.wrongPacerUser);
    await fill(page, /^Password/, SECRETS.wrongPacerPassword);
    await fill(page, 'Client Code', SECRETS.clientCode);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForLoadState();
    await fill(page, 'Username', 'pfiler2024');
    await fill(page, /^Password/, PRACTICE_PASSWORD);
    await fill(page, 'Client Code', SECRETS.clientCode);
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForLoadState();
    await page.getByLabel(/I understand/).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForLoadState();
    await page.goto(`https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?${SECRETS.caseNumber}`);
    await page.goto(`https://ecf.almb.uscourts.gov/doc1/${SECRETS.documentNumber}?caseid=${SECRETS.caseNumber}`);
    await page.goto('https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl');
    await fill(page, 'CM/ECF login', SECRETS.wrongEcfLogin);
    await fill(page, 'CM/ECF password', SECRETS.wrongEcfPassword);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForLoadState();
    const since = Date.now();
    await page.goto('https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl');
    await fill(page, 'CM/ECF login', ECF_LOGINS.good);
    await fill(page, 'CM/ECF password', PRACTICE_ECF_PASSWORD);
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.waitForLoadState();
    // The form's own report also comes after `since`: wait for the verification page's.
    await expect.poll(async () => (await waitForReport(suite.browser, page, since)).page, { timeout: 10_000 }).toBe('link-verify');

    const popup = await openPopupFor(page);
    const code = (await popup.locator('.helpdesk .code').textContent())!;
    const decoded = decodeSupportCode(code);
    expect(decoded).toMatchObject({ court: 'almb', page: 'link-verify', step: 'verify', status: 'in-progress', reason: 'bad-credentials' });

    await popup.getByRole('button', { name: /Copy a report/ }).click();
    const report = await popup.locator('#report-text').inputValue();
    expect(report).toContain(`Support code: ${code}`);
    expect(report).toContain('path /cgi-bin/LinkAcct.pl');
    expect(report).toMatch(/almb \(bankruptcy\): in-progress, on step 5 of 6/);
    expect(report).toContain('last error: bad-credentials');

    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: 'Save this page for support' }).click();
    const file = await (await download).path();
    const capture = readFileSync(file, 'utf8');
    const copy = classify(parseHtml(capture, 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl'), { url: 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl' });
    expect(copy.page, 'the help desk can classify the capture').toBe('link-verify');

    const stored = await suite.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } } } };
      return JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
    });
    const outputs = { report, code, capture, storage: stored, console: consoleLines.join('\n') };
    const leaks = Object.entries(outputs).flatMap(([where, text]) => NEVER.filter((secret) => text.includes(secret)).map((secret) => `${secret} in the ${where}`));
    expect(leaks).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('the help-desk page reads the popup\'s code back to the same state, and refuses a misheard one', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await waitForReport(suite.browser, page, 0);
    const popup = await openPopupFor(page);
    const code = (await popup.locator('.helpdesk .code').textContent())!;
    const expected = summarise(decodeSupportCode(code));
    expect(expected.lines[0]).toContain('(almd, district)');

    const desk = await suite.browser.context.newPage();
    await desk.goto(`chrome-extension://${suite.browser.extensionId}/helpdesk.html`);
    await desk.getByLabel('Support code').fill(code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o'));
    await desk.getByRole('button', { name: 'Read code' }).click();
    expect(await desk.locator('.summary li').allTextContents()).toEqual(expected.lines);
    expect(await desk.locator('.advice').textContent()).toBe(expected.advice);
    await desk.screenshot({ path: 'test-results/support/helpdesk-page.png', fullPage: true });

    const misheard = code.replace(/^(.)/, (c) => (c === 'A' ? 'B' : 'A'));
    await desk.getByLabel('Support code').fill(misheard);
    await desk.getByRole('button', { name: 'Read code' }).click();
    expect(await desk.getByRole('alert').textContent()).toContain('does not check out');
    expect(await desk.locator('.summary').count()).toBe(0);
    await Promise.all([desk.close(), popup.close(), page.close()]);
  });

  it('an error callout gives the code to read, and the user\'s own help desk once set', async () => {
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await options.getByLabel('Name').fill('Acme LLP IT');
    await options.getByLabel('Phone').fill('(555) 010-0199');
    await options.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => options.getByRole('status').textContent()).toBe('Saved.');
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almb.uscourts.gov/');
    await page.getByRole('link', { name: /^\s*Login\s*$/ }).click();
    await page.waitForLoadState();
    await fill(page, 'Username', 'pfiler2024');
    await fill(page, /^Password/, 'wrong');
    await page.getByRole('button', { name: 'Login' }).click();
    await page.waitForLoadState();
    await expect.poll(async () => (await readCoachMark(page)).warnings.find((w) => w.startsWith('Call your help desk'))).toMatch(/^Call your help desk \(Acme LLP IT, \(555\) 010-0199\) and read them this code: [0-9A-Z]{3}-/);
    await Promise.all([options.close(), page.close()]);
  });
});

describe('the code in the coach mark', () => {
  it('is behind the callout\'s "Help-desk code" button, the same code as the popup\'s', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almb.uscourts.gov/');
    await waitForReport(suite.browser, page, 0);
    await expect.poll(async () => (await readCoachMark(page)).visible).toBe(true);
    for (let i = 0; i < 40 && (await readCoachMark(page)).focused !== 'Help-desk code'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const popup = await openPopupFor(page);
    const code = (await popup.locator('.helpdesk .code').textContent())!;
    // The coach mark's line follows stored progress as the background records the visit.
    await expect.poll(async () => (await readCoachMark(page)).warnings.find((w) => w.includes('read them this code'))).toContain(code);
    await Promise.all([popup.close(), page.close()]);
  });
});
