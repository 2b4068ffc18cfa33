// Help-desk assistance on the practice court: the popup's code, the help-desk page, the
// report and the page capture, and a scan for secrets everywhere the extension keeps or
// shows anything. The capture is made as a user makes it: the toolbar button is clicked on the
// court's tab (which opens the popup for that tab), then the popup's "Save this page for support".
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { decodeSupportCode } from '../../src/core/support/code';
import { summarise } from '../../src/core/support/summary';
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from '../../tools/practice-court/accounts';
import { launchWithExtension, startAfresh, waitForReport, type GuidedBrowser } from '../../tools/practice-court/browser';
import { readCoachMark } from '../../tools/practice-court/coach-mark';
import { HAPPY_WALKS, runWalk, walkProblems } from '../../tools/practice-court/walks';
import { guideUntil } from '../helpers/guide';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { parseHtml } from '../../tools/lib/page-file';
import { capturePage } from '../../src/core/support/capture';
import { CAPTURE_FUNCTION } from '../../src/core/support/injection';

/**
 * One practice court and one Chromium per file, as test/helpers/browser-suite.ts makes them,
 * with the DevTools protocol's extension commands on (--enable-unsafe-extension-debugging):
 * Extensions.triggerAction is the toolbar click.
 */
const suite = {} as { court: PracticeCourt; browser: GuidedBrowser; cdp: CDPSession; downloads: string };
beforeAll(async () => {
  suite.court = await startPracticeCourt();
  suite.browser = await launchWithExtension(suite.court, { extraArgs: ['--enable-unsafe-extension-debugging'] });
  suite.cdp = await suite.browser.context.browser()!.newBrowserCDPSession();
  suite.downloads = mkdtempSync(join(tmpdir(), 'cmecf-guide-downloads-'));
  await suite.cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: suite.downloads, eventsEnabled: true });
});
afterAll(async () => {
  await suite.browser?.close();
  await suite.court?.close();
  if (suite.downloads) rmSync(suite.downloads, { recursive: true, force: true });
});
beforeEach(() => startAfresh(suite.browser));

interface ToolbarPopup {
  /** Runs an expression in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

/**
 * Clicks the extension's toolbar button on a court page's tab: Chromium opens the real popup
 * for that tab and grants the extension that tab, as a user's click does. Playwright does not
 * adopt an extension's popup as a page, so the popup is driven through the protocol.
 */
async function clickToolbarButton(courtPage: Page): Promise<ToolbarPopup> {
  await courtPage.bringToFront();
  const { targetInfos: tabs } = await suite.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] });
  const tab = tabs.find((t) => t.url === courtPage.url());
  if (!tab) throw new Error(`no tab for ${courtPage.url()}`);
  const popupUrl = `chrome-extension://${suite.browser.extensionId}/popup.html`;
  const before = new Set((await suite.cdp.send('Target.getTargets')).targetInfos.filter((t) => t.url === popupUrl).map((t) => t.targetId));
  await suite.cdp.send('Extensions.triggerAction' as never, { id: suite.browser.extensionId, targetId: tab.targetId } as never);
  let target: { targetId: string } | undefined;
  for (let i = 0; i < 100 && !target; i += 1) {
    target = (await suite.cdp.send('Target.getTargets')).targetInfos.find((t) => t.url === popupUrl && !before.has(t.targetId));
    if (!target) await courtPage.waitForTimeout(50);
  }
  if (!target) throw new Error('the toolbar button opened no popup');
  const { sessionId } = await suite.cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let lastId = 0;
  const answers = new Map<number, (message: { result?: { result?: { value?: unknown }; exceptionDetails?: unknown } }) => void>();
  const onMessage = (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number };
    if (event.sessionId === sessionId && message.id !== undefined) answers.get(message.id)?.(message as never);
  };
  suite.cdp.on('Target.receivedMessageFromTarget', onMessage);
  const evaluate = async <T,>(expression: string): Promise<T> => {
    lastId += 1;
    const id = lastId;
    const answer = new Promise<{ result?: { result?: { value?: unknown }; exceptionDetails?: unknown } }>((resolve) => answers.set(id, resolve));
    await suite.cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true } }) });
    const { result } = await answer;
    if (result?.exceptionDetails) throw new Error(`popup: ${JSON.stringify(result.exceptionDetails)}`);
    return result?.result?.value as T;
  };
  return {
    evaluate,
    close: async () => {
      suite.cdp.off('Target.receivedMessageFromTarget', onMessage);
      await suite.cdp.send('Target.closeTarget', { targetId: target!.targetId }).catch(() => undefined);
    },
  };
}

/** From the service worker, runs a script in the active tab's isolated world: `typeof` the named global, or why it was refused. */
async function injectFromWorker(name: string): Promise<string> {
  return suite.browser.worker.evaluate(async (global) => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        tabs: { query(q: object): Promise<Array<{ id?: number }>> };
        scripting: { executeScript(options: object): Promise<Array<{ result?: unknown }>> };
      };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    try {
      const [result] = await chrome.scripting.executeScript({ target: { tabId: tab!.id }, func: (n: string) => typeof (globalThis as unknown as Record<string, unknown>)[n], args: [global] });
      return String(result?.result);
    } catch (error) {
      return `refused: ${(error as Error).message}`;
    }
  }, name);
}

/** Waits until an expression in the popup is truthy, and returns it. */
async function popupPoll<T>(popup: ToolbarPopup, expression: string, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await popup.evaluate<T>(expression).catch(() => null);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`popup: ${expression} stayed falsy`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Clicks "Save this page for support" in the popup; returns the saved file's text and the status line. */
async function saveCaptureFrom(popup: ToolbarPopup): Promise<{ file: string | null; status: string }> {
  const saved = new Promise<string>((resolve) => {
    const listener = (event: { guid: string; state: string }) => {
      if (event.state !== 'completed') return;
      suite.cdp.off('Browser.downloadProgress', listener);
      resolve(join(suite.downloads, event.guid));
    };
    suite.cdp.on('Browser.downloadProgress', listener);
  });
  await popupPoll(popup, `Array.from(document.querySelectorAll('button')).some((b) => b.textContent.trim() === 'Save this page for support')`);
  await popup.evaluate(`Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Save this page for support').click()`);
  const status = await popupPoll<string>(popup, `document.querySelector('.helpdesk .status-line')?.textContent.trim()`);
  const file = status.startsWith('Saved ') ? readFileSync(await saved, 'utf8') : null;
  return { file, status };
}

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

/** The popup's page opened in a tab of its own: it shows the same, but no toolbar click gave it the court's tab. */
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

    // The toolbar button, clicked on the court's tab, then "Save this page for support".
    const toolbar = await clickToolbarButton(page);
    const { file: capture, status } = await saveCaptureFrom(toolbar);
    await toolbar.close();
    expect(status).toBe('Saved court-page-almb-link-verify.html to your downloads. It holds no values or private text; send it to your help desk.');
    expect(capture, 'the capture was saved').not.toBeNull();
    const copy = classify(parseHtml(capture!, 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl'), { url: 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl' });
    expect(copy.page, 'the help desk can classify the capture').toBe('link-verify');
    // The browser's capture is the same code as the command's: the same copy of the same page.
    const served = parseHtml(await page.content(), page.url());
    expect(capture).toBe(capturePage(served, page.url()).html);

    const stored = await suite.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> }; session: { get(k: null): Promise<object> } } } };
      return JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]);
    });
    const outputs = { report, code, capture: capture!, storage: stored, console: consoleLines.join('\n') };
    const leaks = Object.entries(outputs).flatMap(([where, text]) => NEVER.filter((secret) => text.includes(secret)).map((secret) => `${secret} in the ${where}`));
    expect(leaks).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('captures only when the user asks, leaving nothing in the tab before or after; the page reaches neither the capture\'s file nor its function', async () => {
    // A court tab that closed before the click: a clear message, no copy.
    const gone = await suite.browser.context.newPage();
    await gone.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await waitForReport(suite.browser, gone, 0);
    const late = await openPopupFor(gone);
    await gone.close();
    await late.getByRole('button', { name: 'Save this page for support' }).click();
    await expect.poll(() => late.locator('.helpdesk .status-line').textContent()).toBe(
      "The guide cannot reach this tab: it has closed, or it shows a page that is not a court's. Open the court page, click the guide's button in the toolbar, then try again.",
    );
    await late.close();

    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await waitForReport(suite.browser, page, 0);

    // The court's page cannot load the capture's script (no web-accessible resources) nor see the
    // function it leaves in the extension's isolated world.
    const reach = await page.evaluate(async ([url, name]) => {
      const fetched = await fetch(url!).then(() => 'fetched', () => 'refused');
      const script = await new Promise<string>((resolve) => {
        const element = document.createElement('script');
        element.src = url!;
        element.onload = () => resolve('loaded');
        element.onerror = () => resolve('refused');
        document.head.append(element);
      });
      return { fetched, script, global: typeof (window as unknown as Record<string, unknown>)[name!] };
    }, [`chrome-extension://${suite.browser.extensionId}/capture.js`, CAPTURE_FUNCTION]);
    expect(reach.fetched).toBe('refused');
    expect(reach.script).toBe('refused');

    // Before the click, nothing of the capture is in the tab's isolated world.
    expect(await injectFromWorker(CAPTURE_FUNCTION)).toBe('undefined');

    // Making the copy loads nothing: not the page's images again (the copy is built in a
    // document of its own, where no image loads, even one that failed on the page), nor anything else.
    const pageSession = await suite.browser.context.newCDPSession(page);
    await pageSession.send('Network.setCacheDisabled', { cacheDisabled: true });
    await page.evaluate(() => new Promise((resolve) => {
      const image = document.createElement('img');
      image.onload = image.onerror = resolve;
      image.src = '/graphics/no-such-image-probe.png';
      document.body.append(image);
    }));
    const requested: string[] = [];
    const record = (request: { url(): string }) => requested.push(request.url());
    suite.browser.context.on('request', record);
    const toolbar = await clickToolbarButton(page);
    const { file, status } = await saveCaptureFrom(toolbar);
    await toolbar.close();
    suite.browser.context.off('request', record);
    await pageSession.detach();
    expect(requested.filter((url) => !url.startsWith(`chrome-extension://${suite.browser.extensionId}/`)), 'requests while the copy was made').toEqual([]);
    expect(status).toMatch(/^Saved court-page-almd-court-home\.html to your downloads/);
    // After the copy, the capture's function is gone from the isolated world again.
    expect(await injectFromWorker(CAPTURE_FUNCTION)).toBe('undefined');
    expect(file).toContain('saved from url=(0050)https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    expect(await page.evaluate((name) => typeof (window as unknown as Record<string, unknown>)[name], CAPTURE_FUNCTION), 'the capture function, after a capture').toBe('undefined');
    expect(reach.global).toBe('undefined');
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

describe('the guide where none runs', () => {
  it('on a verified court\'s page, the toolbar popup knows the court from the address, says no guide runs there, and its button brings the guide', async () => {
    const page = await suite.browser.context.newPage();
    expect(walkProblems(await runWalk(suite.browser, page, HAPPY_WALKS[0]!))).toEqual([]);
    // Verified: the court's pages get no script once the registration follows the new status.
    await expect
      .poll(async () => (await suite.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { scripting: { getRegisteredContentScripts(): Promise<Array<{ matches?: string[] }>> } } }).chrome.scripting.getRegisteredContentScripts())).flatMap((s) => s.matches ?? []), { timeout: 5_000 })
      .not.toContain('https://ecf.almb.uscourts.gov/*');
    await page.goto('https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities', { waitUntil: 'load' });
    await page.waitForTimeout(400);
    expect((await readCoachMark(page)).visible, 'no guide on a verified court').toBe(false);
    const toolbar = await clickToolbarButton(page);
    try {
      const card = await popupPoll<string>(toolbar, `document.querySelector('section.active')?.textContent`);
      expect(card).toContain('Alabama Middle Bankruptcy Court (almb)');
      expect(card).toContain('No guide runs on this court');
      await toolbar.evaluate(`Array.from(document.querySelectorAll('.guide-here button')).find((b) => b.textContent.trim() === 'Show the guide on this page').click()`);
    } finally {
      await toolbar.close();
    }
    const shown = await guideUntil(page, (g) => g.visible, 'the guide joins the page, as asked');
    expect(shown.title).toBe('Done: the filing menus are here.');
    await page.close();
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
