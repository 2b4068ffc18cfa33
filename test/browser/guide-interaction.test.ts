// The guide as a keyboard user, a screen-reader user and a hurried user meet it: keyboard
// only from landing page to filing menus, Escape and the shortcut, the Utilities drop-down,
// the local check of what is typed, hiding and showing again, and the popup's checklist.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from '../../tools/practice-court/accounts';
import { progressFor, waitForReport } from '../../tools/practice-court/browser';
import { usePracticeBrowser } from '../helpers/browser-suite';
import { readCoachMark, type CoachMarkState } from '../../tools/practice-court/coach-mark';
import { guideUntil, read } from '../helpers/guide';
import { HAPPY_WALKS, runWalk } from '../../tools/practice-court/walks';
import { projectPath } from '../../tools/lib/root';

type ChromeApi = {
  storage: { local: { clear(): Promise<void> }; session: { get(k: null): Promise<Record<string, { court: string }>> } };
  tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: object): Promise<unknown> };
};

const suite = usePracticeBrowser();

/** Presses Tab until the focused element is (inside) the highlighted control. Fails if it never is. */
async function tabToTarget(page: Page): Promise<void> {
  await page.waitForLoadState();
  for (let i = 0; i < 60; i += 1) {
    // A redirect that had not committed when the last wait ended can destroy the context mid-look.
    const there = await page
      .evaluate(() => {
        const target = document.querySelector('[data-guide-target]');
        return target !== null && document.activeElement !== null && (target === document.activeElement || target.contains(document.activeElement));
      })
      .catch(async () => {
        await page.waitForLoadState();
        return null;
      });
    if (there) return;
    if (there === null) continue;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach the highlighted control by keyboard on ${page.url()}`);
}

/** Presses Tab until focus is on the guide's button with these words. */
async function tabToGuideButton(page: Page, words: string): Promise<void> {
  for (let i = 0; i < 80; i += 1) {
    if ((await readCoachMark(page)).focused === words) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach the guide's "${words}" button by keyboard`);
}

const step = async (page: Page, action: () => Promise<unknown>, title: string) => {
  await action();
  await page.waitForLoadState();
  return guideUntil(page, (g) => g.title === title, `after the action the guide should say "${title}"`);
};

describe('the guide, by keyboard and assistive technology', () => {
  it('walks the bankruptcy court from landing page to filing menus with the keyboard alone', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almb.uscourts.gov/');
    await guideUntil(page, (g) => g.title === TEXTS.entry_do, 'landing');
    await tabToTarget(page);
    await step(page, () => page.keyboard.press('Enter'), TEXTS.username_do);
    await tabToTarget(page);
    await page.keyboard.type('pfiler2024');
    await page.keyboard.press('Tab');
    await page.keyboard.type(PRACTICE_PASSWORD);
    await step(page, () => page.keyboard.press('Enter'), TEXTS.redaction_do);
    await tabToTarget(page);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await step(page, () => page.keyboard.press('Enter'), TEXTS.utilities_do);
    // Focus on Utilities opens its drop-down, as on real CM/ECF menus: the guide moves to the item inside.
    await tabToTarget(page);
    const inMenu = await guideUntil(page, (g) => g.title === TEXTS.menu_item_do, 'drop-down opened by focus');
    expect(inMenu.target).toBe('link-item');
    await tabToTarget(page);
    await step(page, () => page.keyboard.press('Enter'), TEXTS.fields_do);
    // SetFocus() has put the cursor in the first field, as on real CM/ECF pages; the guide leaves it there.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('login');
    await page.keyboard.type(ECF_LOGINS.good);
    await page.keyboard.press('Tab');
    await page.keyboard.type(PRACTICE_ECF_PASSWORD);
    const verify = await step(page, () => page.keyboard.press('Enter'), TEXTS.confirm_do);
    expect(verify.warnings).toContain('CM/ECF account: pat.filer');
    expect(verify.warnings).toContain('PACER account: pfiler2024 (Pat Filer)');
    await tabToTarget(page);
    const success = await step(page, () => page.keyboard.press('Enter'), TEXTS.refresh_do);
    expect(success.buttons).toContain(TEXTS.refresh_button);
    // The F5 reminder's own button, reached by Tab and pressed with Enter: a reload the user asked for.
    await tabToGuideButton(page, TEXTS.refresh_button);
    const verified = await step(page, () => page.keyboard.press('Enter'), TEXTS.verified_title);
    expect(verified.tone).toBe('success');
    expect((await progressFor(suite.browser, 'almb'))?.status).toBe('verified');
    const badge = await suite.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi & { action: { getBadgeText(d: object): Promise<string> } } };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id });
    });
    expect(badge, 'the toolbar badge ticks a linked and verified court').toBe('✓');
    await page.screenshot({ path: projectPath('test-results/guide/keyboard-verified.png') });
    await page.close();
  });

  it('never moves focus by itself, announces each step once, hides on Escape and comes back on request', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almb.uscourts.gov/');
    const guide = await guideUntil(page, (g) => g.live !== '', 'announced');
    expect(guide.live).toBe(`Step 1 of 6: ${TEXTS.entry_do}`);
    expect(guide.buttons).toContain(TEXTS.support_code_button);
    const badge = await suite.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi & { action: { getBadgeText(d: object): Promise<string> } } };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id });
    });
    expect(badge, 'the badge shows the step').toBe('1');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.keyboard.press('Escape');
    await guideUntil(page, (g) => !g.visible, 'hidden by Escape');
    expect(await page.evaluate(() => document.querySelector('[data-guide-target]'))).toBeNull();
    // The shortcut's command reaches the page as this message from the background.
    await suite.browser.worker.evaluate(async () => {
      const { chrome } = globalThis as unknown as { chrome: ChromeApi };
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab!.id, { type: 'show-guide' });
    });
    const back = await guideUntil(page, (g) => g.visible, 'shown again');
    expect(back.calloutFocused, 'asked for by the user, so focus goes into the callout').toBe(true);
    await page.keyboard.press('Tab');
    expect((await readCoachMark(page)).focused, 'Tab moves on through the callout: no trap').toBe(TEXTS.close);
    await page.close();
  });

  it('points inside the Utilities drop-down when it is open, and back at Utilities when it closes', async () => {
    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 4) });
    await page.hover('#topmenu a[href*="Utilities"]');
    // The callout's words and the target's mark are read in one call: they must agree at once.
    const open = await guideUntil(page, (g) => g.title === TEXTS.menu_item_do, 'drop-down open');
    expect(open.target).toBe('link-item');
    expect(open.targetReachable).toBe(true);
    await page.screenshot({ path: projectPath('test-results/guide/utilities-drop-down.png') });
    await page.mouse.move(900, 600);
    await guideUntil(page, (g) => g.title === TEXTS.utilities_do, 'drop-down closed');
    await page.close();
  });

  it('warns, as the user types, about a CM/ECF login that cannot be linked, and keeps nothing', async () => {
    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 6) });
    await page.getByLabel('CM/ECF login').pressSequentially('pat&filer');
    const warned = await guideUntil(page, (g) => g.warnings.some((w) => w.includes('contains &')), 'typed & warning');
    expect(warned.warnings).toContain('This login contains &, which cannot be linked. Call the court\'s CM/ECF help desk.');
    await page.getByLabel('CM/ECF login').fill('patfiler');
    await guideUntil(page, (g) => !g.warnings.some((w) => w.includes('contains')), 'warning gone');
    const stored = await suite.browser.worker.evaluate(async () => JSON.stringify([await (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null), await (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.session.get(null)]));
    expect(stored).not.toContain('pat&filer');
    expect(stored).not.toContain('patfiler');
    await page.close();
  });

  it('hides on one court or everywhere, and the popup turns it back on', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto('https://ecf.almb.uscourts.gov/');
    await guideUntil(page, (g) => g.visible, 'shown');
    await tabToGuideButton(page, TEXTS.hide_here);
    await page.keyboard.press('Enter');
    await guideUntil(page, (g) => !g.visible, 'hidden on almb');
    await page.reload();
    await page.waitForTimeout(300);
    expect((await readCoachMark(page)).visible, 'stays hidden on almb').toBe(false);
    await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await guideUntil(page, (g) => g.visible, 'still shown on almd');

    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    await popup.getByRole('button', { name: 'Show again' }).click();
    await page.bringToFront();
    await page.goto('https://ecf.almb.uscourts.gov/');
    await guideUntil(page, (g) => g.visible, 'shown again on almb');
    await popup.close();
    await page.close();
  });
});

describe('the coach mark follows its target', () => {
  it('on layout shift, window scroll, inner scrolling containers and resize: 0 px drift, never covering it', async () => {
    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 5) });
    const frames = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const drift = async (what: string) => {
      await frames();
      const g = await readCoachMark(page);
      expect(g.target, what).toBe('link-item');
      const t = g.targetBox!;
      const o = g.outlineBox!;
      const worst = Math.max(Math.abs(o.top - (t.top - 5)), Math.abs(o.left - (t.left - 5)), Math.abs(o.width - (t.width + 10)), Math.abs(o.height - (t.height + 10)));
      const c = g.calloutBox!;
      const covers = c.left < t.left + t.width && t.left < c.left + c.width && c.top < t.top + t.height && t.top < c.top + c.height;
      expect({ what, worst: Math.round(worst * 10) / 10, covers }).toEqual({ what, worst: 0, covers: false });
    };
    await drift('at rest');
    await page.evaluate(() => {
      const shift = document.createElement('div');
      shift.style.height = '180px';
      shift.textContent = 'A court notice that loads late';
      document.getElementById('cmecfMainContent')!.prepend(shift);
    });
    await drift('after a layout shift');
    await page.evaluate(() => {
      const spacer = document.createElement('div');
      spacer.style.height = '3000px';
      document.body.append(spacer);
      window.scrollBy(0, 120);
    });
    await drift('after scrolling the window');
    await page.evaluate(() => {
      const table = document.querySelector('#cmecfMainContent table')!;
      const box = document.createElement('div');
      box.style.cssText = 'height: 120px; overflow: auto; border: 1px solid';
      table.before(box);
      box.append(table);
    });
    await frames();
    await page.evaluate(() => (document.querySelector('#cmecfMainContent div[style*=overflow]') as HTMLElement).scrollBy(0, 60));
    await drift('after scrolling an inner container');
    await page.setViewportSize({ width: 900, height: 600 });
    await drift('after a resize');
    await page.close();
  });
});

describe('the popup', () => {
  it('shows each court\'s checklist with ticks and times, finds courts, and resets with confirmation', async () => {
    const page = await suite.browser.context.newPage();
    await runWalk(suite.browser, page, HAPPY_WALKS[0]!);
    await page.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await waitForReport(suite.browser, page, Date.now() - 1000);
    const popup = await suite.browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 760 });
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    const almb = popup.locator('section.court[data-court="almb"]');
    await expect.poll(() => almb.locator('.status').textContent()).toBe(TEXTS.status_verified);
    expect(await almb.locator('li.done').count()).toBe(6);
    expect(await almb.locator('.when').count()).toBe(6);
    const almd = popup.locator('section.court[data-court="almd"]');
    expect(await almd.locator('li.done').count()).toBe(0);
    expect(await almd.locator('li[aria-current="step"]').getAttribute('data-step')).toBe('open-filing');
    await popup.screenshot({ path: projectPath('test-results/popup/popup-checklist.png'), fullPage: true });

    await popup.getByRole('searchbox').fill('new york bankruptcy');
    const results = await popup.locator('.results li').allTextContents();
    expect(results.join(' ')).toContain('(nysb)');
    expect(results.join(' ')).not.toContain('(ca2)');
    await popup.getByRole('searchbox').fill('');

    await almb.getByRole('button', { name: 'Reset…' }).click();
    await almb.getByRole('button', { name: 'Cancel' }).click();
    expect(await almb.count()).toBe(1);
    await almb.getByRole('button', { name: 'Reset…' }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe('Yes, reset');
    await popup.keyboard.press('Enter');
    await expect.poll(() => almb.count()).toBe(0);
    expect(await progressFor(suite.browser, 'almb')).toBeNull();
    expect(await progressFor(suite.browser, 'almd')).not.toBeNull();
    await popup.close();
    await page.close();
  });
});
