// Settings the firm's IT sets by policy override the user's and lock them. Chromium on Linux
// reads policies from /etc/chromium/policies/managed; this test writes a real one there (as
// root), and removes it before and after itself. Where it cannot (not root), it is skipped
// and says so.
import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type GuidedBrowser } from '../../tools/practice-court/browser';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { extensionId } from '../../tools/lib/extension-id';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = `${POLICY_DIR}/cmecf-link-guide-test-policy.json`;

function canWritePolicies(): boolean {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

const writable = canWritePolicies();
if (!writable) console.warn(`managed-policy test skipped: cannot write Chromium policies to ${POLICY_DIR} (needs root on Linux)`);

describe.skipIf(!writable)('managed settings (enterprise policy)', () => {
  let court: PracticeCourt;
  let browser: GuidedBrowser;

  beforeAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    const policy = { helpDeskName: 'Policy IT Desk', helpDeskPhone: '555-0142', helpDeskEmail: 'help@firm.example', guideHidden: false };
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [extensionId()]: policy } } }));
    court = await startPracticeCourt();
    browser = await launchWithExtension(court);
  });

  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await browser?.close();
    await court?.close();
  });

  it('loads the extension under the id the policy names', () => {
    expect(browser.extensionId).toBe(extensionId());
  });

  it('overrides and locks the help desk and the guide switch', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await expect.poll(() => options.getByLabel('Name').inputValue()).toBe('Policy IT Desk');
    expect(await options.getByLabel('Phone').inputValue()).toBe('555-0142');
    expect(await options.getByText('Set by your organisation').isVisible()).toBe(true);
    expect(await options.getByLabel('Name').isDisabled()).toBe(true);
    expect(await options.getByLabel('Show the guide on court pages').isDisabled()).toBe(true);
    // Even a message sent around the disabled form cannot change what the policy set.
    const after = await options.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<{ state: { settings: { helpDesk: { name: string }; guideHidden: boolean } } }> } } };
      return (await chrome.runtime.sendMessage({ type: 'set-settings', settings: { helpDesk: { name: 'Mallory' }, guideHidden: true } })).state.settings;
    });
    expect(after.helpDesk.name).toBe('Policy IT Desk');
    expect(after.guideHidden).toBe(false);

    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    expect(await popup.locator('.helpdesk .contact').textContent()).toBe('Your help desk: Policy IT Desk, 555-0142, help@firm.example');
    await Promise.all([options.close(), popup.close()]);
  });
});
