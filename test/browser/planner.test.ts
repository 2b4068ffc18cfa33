// "Your courts", the planner, in the real browser: adding courts by search and by pasting a
// mixed list (what is not a court is reported and kept in the box), walking one court to
// verified while the counts and the badge follow, exporting the printable page and the CSV,
// removing and re-adding a court, the keyboard alone, axe-core light and dark, and Spanish.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { launchWithExtension, progressFor, type GuidedBrowser, scriptsRegistered } from '../../tools/practice-court/browser';
import { runAxe, type AxeViolation } from '../../tools/practice-court/axe';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';
import { HAPPY_WALKS, runWalk } from '../../tools/practice-court/walks';
import { projectPath } from '../../tools/lib/root';
import { usePracticeBrowser } from '../helpers/browser-suite';

type Chrome = {
  storage: { local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void> }; session: { get(k: null): Promise<object> } };
  action: { getBadgeText(d: object): Promise<string>; getTitle(d: object): Promise<string> };
  tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> };
};

const suite = usePracticeBrowser();
const fill = (template: string, ...values: Array<string | number>) => values.reduce<string>((out, value, i) => out.replace(`$${i + 1}`, String(value)), template);

async function openPopup(browser: GuidedBrowser = suite.browser, height = 760): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 380, height });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.locator('#planner-title').waitFor();
  return popup;
}

/** The user's courts as stored. */
async function storedPlanner(browser: GuidedBrowser = suite.browser): Promise<{ courts: Array<{ id: string }>; prep: Record<string, string[]> } | undefined> {
  return browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get('planner')).planner as never);
}

/** Puts courts in the list directly, as the background stores them (for tests not about adding). */
async function seedPlanner(ids: string[], prep: Record<string, string[]> = {}): Promise<void> {
  await suite.browser.worker.evaluate(
    ({ ids, prep }) => (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.set({ planner: { version: 1, courts: ids.map((id, i) => ({ id, addedAt: 1_700_000_000_000 + i })), prep, repairNotice: null } }),
    { ids, prep },
  );
}

/** The toolbar badge: the default one (any page that is not a court page), or a tab's own. */
const badge = (tabId?: number) => suite.browser.worker.evaluate((id) => (globalThis as unknown as { chrome: Chrome }).chrome.action.getBadgeText(id === undefined ? {} : { tabId: id }), tabId);
const title = () => suite.browser.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.action.getTitle({}));
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return suite.browser.worker.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id);
}

const rowIds = (popup: Page) => popup.locator('.plan-court').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-court')));
const summary = (popup: Page) => popup.locator('#plan-summary').textContent();

describe('adding courts', () => {
  it('by search, as the popup finds any court, and by pasting a mixed list: what is not a court is reported and left in the box', async () => {
    const popup = await openPopup();
    expect(await popup.locator('.planner .intro').textContent()).toBe(TEXTS.plan_empty);
    expect(await badge(), 'no courts set: no badge').toBe('');

    await popup.getByRole('searchbox').fill('alabama middle bankruptcy');
    await popup.getByRole('button', { name: 'Add: Alabama Middle Bankruptcy Court' }).click();
    await expect.poll(() => rowIds(popup)).toEqual(['almb']);
    expect(await popup.locator('.results li[data-court="almb"] .in-list').textContent()).toContain(TEXTS.in_your_courts);
    expect(await popup.locator('.search [role="status"]').textContent()).toBe(fill(TEXTS.added_one, 'Alabama Middle Bankruptcy Court'));
    expect(await summary(popup)).toBe(fill(TEXTS.plan_summary_one, 0));
    await popup.getByRole('searchbox').fill('');

    await popup.getByRole('button', { name: TEXTS.paste_button }).click();
    const box = popup.getByLabel(TEXTS.paste_label);
    expect(await popup.evaluate(() => document.activeElement?.id), 'the box the user asked for has the focus').toBe('paste-list');
    const pasted = ['almd, S.D.N.Y.', '- Narnia District Court', 'Middle District of Georgia', 'ca9', 'almb', 'Bankruptcy Court for the District of Delaware', 'ZZ-top 123'].join('\n');
    await box.fill(pasted);
    await popup.getByRole('button', { name: TEXTS.paste_add }).click();
    await expect.poll(() => rowIds(popup)).toHaveLength(4);
    const report = await popup.locator('.paste-report p').allTextContents();
    expect(report).toEqual([
      fill(TEXTS.added_count, 3),
      fill(TEXTS.paste_already, 'almb'),
      fill(TEXTS.paste_unknown, '"Narnia District Court", "ZZ-top 123"'),
      fill(TEXTS.paste_ambiguous, fill(TEXTS.paste_could_be, 'Middle District of Georgia', 'gamb, gamd')),
      fill(TEXTS.paste_appellate, 'ca9'),
    ]);
    expect(await box.inputValue(), 'what was not added stays, to be corrected').toBe('Narnia District Court\nMiddle District of Georgia\nZZ-top 123');
    expect((await storedPlanner())!.courts.map((c) => c.id)).toEqual(['almb', 'almd', 'nysd', 'deb']);

    // The user corrects the ambiguous line: now it is one court.
    await box.fill('Narnia District Court\nBankr. M.D. Ga.\nZZ-top 123');
    await popup.getByRole('button', { name: TEXTS.paste_add }).click();
    await expect.poll(() => rowIds(popup)).toHaveLength(5);
    expect(await box.inputValue()).toBe('Narnia District Court\nZZ-top 123');
    expect(await summary(popup)).toBe(fill(TEXTS.plan_summary, 0, 5));
    expect(await badge(), 'the badge away from court pages: 5 courts left').toBe('5');
    expect(await title()).toBe(fill(TEXTS.badge_title_left, 5, 5));

    // Nothing pasted or typed is kept anywhere.
    const everything = await suite.browser.worker.evaluate(async () => JSON.stringify([await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null), await (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(null)]));
    for (const typed of ['Narnia', 'ZZ-top', 'Middle District', 'alabama middle bankruptcy']) expect(everything).not.toContain(typed);
    await popup.screenshot({ path: projectPath('test-results/planner/popup-added.png'), fullPage: true });
    await popup.close();
  });
});

describe('the counts', () => {
  it('change as one court is walked to verified: its row moves, "linked" counts it, the badges follow', async () => {
    await seedPlanner(['almb', 'almd', 'cacb']);
    const popup = await openPopup();
    expect(await summary(popup)).toBe(fill(TEXTS.plan_summary, 0, 3));
    expect(await rowIds(popup)).toEqual(['almb', 'almd', 'cacb']);
    expect(await badge()).toBe('3');

    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    const half = walk.steps.findIndex((s) => s.expect.page === 'utilities') + 1;
    const results = await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, half) });
    expect(results.flatMap((r) => r.problems)).toEqual([]);
    await popup.reload();
    await popup.locator('.plan-court').first().waitFor();
    const almb = popup.locator('.plan-court[data-court="almb"]');
    expect(await almb.locator('.plan-status').textContent()).toBe(fill(TEXTS.status_at_step, 3, 6));
    expect(await almb.locator('.when').first().textContent()).toMatch(new RegExp(`^${fill(TEXTS.last_step_on, '')}\\w`));
    expect((await rowIds(popup))[0], 'the court under way comes first').toBe('almb');
    expect(await badge(await tabIdOf(page)), 'the court tab keeps its step').toBe('3');
    expect(await badge(), 'other tabs: still 3 left').toBe('3');

    await runWalk(suite.browser, page, { ...walk, setup: undefined, steps: walk.steps.slice(half) });
    expect((await progressFor(suite.browser, 'almb'))?.status).toBe('verified');
    await popup.reload();
    await popup.locator('.plan-court').first().waitFor();
    expect(await summary(popup)).toBe(fill(TEXTS.plan_summary, 1, 3));
    expect(await rowIds(popup), 'a finished court goes last').toEqual(['almd', 'cacb', 'almb']);
    expect(await almb.locator('.plan-status').textContent()).toBe(TEXTS.status_verified);
    expect(await popup.locator('progress').evaluate((p: HTMLProgressElement) => [p.value, p.max])).toEqual([1, 3]);
    expect(await badge(await tabIdOf(page)), 'the court tab: a tick').toBe('✓');
    expect(await badge(), 'other tabs: 2 courts left').toBe('2');
    expect(await badge(await tabIdOf(popup)), 'the popup\'s own tab is not a court page').toBe('2');
    // A page that is not a court's, in the tab that was on the court: the count again.
    await page.goto('about:blank');
    await expect.poll(async () => badge(await tabIdOf(page))).toBe('2');
    await popup.screenshot({ path: projectPath('test-results/planner/popup-counts.png'), fullPage: true });
    await Promise.all([page.close(), popup.close()]);
  });
});

describe('exports', () => {
  it('save a CSV and open a printable page, both holding what the popup shows and no account names or logins', async () => {
    await seedPlanner(['almb', 'nysd', 'nmid'], { nysd: ['upgraded', 'mfa'] });
    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, walk.steps.findIndex((s) => s.expect.page === 'link-verify') + 1) });
    await page.close();
    const popup = await openPopup();
    const shown = await popup.locator('.plan-court').evaluateAll((rows) => rows.map((r) => [r.querySelector('h3')!.textContent, r.querySelector('.plan-status')!.textContent]));
    expect(shown).toEqual([
      ['Alabama Middle Bankruptcy Court (almb)', fill(TEXTS.status_at_step, 5, 6)],
      ['New York Southern District Court (nysd)', TEXTS.status_not_started],
      ['Northern Mariana Islands District Court (nmid)', TEXTS.status_not_started],
    ]);

    const download = popup.waitForEvent('download');
    await popup.getByRole('button', { name: TEXTS.export_csv }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^cmecf-linking-courts-\d{4}-\d\d-\d\d\.csv$/);
    const path = projectPath('test-results/planner/courts.csv');
    await file.saveAs(path);
    const csv = readFileSync(path, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('Court,Id,Type,NextGen,Status,Last step,What is left,Before you start,Court website');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^Alabama Middle Bankruptcy Court,almb,Bankruptcy court,NextGen 1\.6\.4 in PACER's court list \(January 2023\),In progress: step 5 of 6,\d{4}-\d\d-\d\d,Check both accounts and submit,0 of 4 ready,http:\/\/www\.almb\.uscourts\.gov\/$/);
    expect(lines[2]).toBe("New York Southern District Court,nysd,District court,NextGen 1.6.3 in PACER's court list (January 2023),Not started,No step yet,All six steps,2 of 4 ready,https://www.nysd.uscourts.gov/electronic-case-filing");
    expect(lines[3]).toContain("PACER's list gives no website");
    expect(await popup.locator('.plan-status-line').textContent()).toBe(fill(TEXTS.csv_saved, file.suggestedFilename()));

    const opened = suite.browser.context.waitForEvent('page');
    await popup.getByRole('button', { name: TEXTS.export_print }).click();
    const printable = await opened;
    await printable.locator('table').waitFor();
    expect(await printable.title()).toBe(TEXTS.planner_title);
    const table = await printable.locator('tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(table[0]).toEqual(lines[0]!.split(','));
    expect(table.map((r) => r[1])).toEqual(['Id', 'almb', 'nysd', 'nmid']);
    expect(table[1]![4]).toBe(fill(TEXTS.status_at_step, 5, 6));
    expect(table[2]![8]).toBe('www.nysd.uscourts.gov/electronic-case-filing');
    expect(await printable.locator('.summary').textContent()).toBe(fill(TEXTS.plan_summary, 0, 3));
    for (const text of [csv, await printable.content()]) {
      for (const secret of ['pfiler2024', 'Pat Filer', 'pat.filer', 'Practice!2024', 'ecf-practice']) expect(text).not.toContain(secret);
    }
    // On paper the buttons go; the browser's own "save as PDF" makes the file.
    await printable.emulateMedia({ media: 'print' });
    expect(await printable.getByRole('button', { name: TEXTS.planner_print }).isVisible()).toBe(false);
    const pdf = await printable.pdf({ path: projectPath('test-results/planner/courts.pdf'), landscape: true });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await printable.emulateMedia({ media: 'screen' });
    await printable.screenshot({ path: projectPath('test-results/planner/printable.png'), fullPage: true });
    await printable.close();
    await popup.close().catch(() => undefined);
  });
});

describe('removing a court', () => {
  it('keeps its progress and ticks, unless the user also resets it, always with a confirmation; it can be added again', async () => {
    await seedPlanner(['almb', 'almd'], { almb: ['upgraded'] });
    const page = await suite.browser.context.newPage();
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 3) });
    await page.close();
    const before = await progressFor(suite.browser, 'almb');
    const popup = await openPopup();
    const almb = popup.locator('.plan-court[data-court="almb"]');

    await almb.getByRole('button', { name: TEXTS.remove }).click();
    const dialog = almb.getByRole('alertdialog', { name: fill(TEXTS.remove_confirm, 'Alabama Middle Bankruptcy Court') });
    expect(await dialog.locator('.hint').textContent()).toBe(TEXTS.remove_keeps);
    await dialog.getByRole('button', { name: TEXTS.cancel }).click();
    expect(await rowIds(popup)).toEqual(['almb', 'almd']);

    await almb.getByRole('button', { name: TEXTS.remove }).click();
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe(TEXTS.remove_yes);
    await popup.keyboard.press('Enter');
    await expect.poll(() => rowIds(popup)).toEqual(['almd']);
    const status = popup.locator('.plan-status-line');
    expect(await status.textContent()).toContain(fill(TEXTS.removed_status, 'Alabama Middle Bankruptcy Court'));
    expect(await popup.evaluate(() => document.activeElement?.id), 'focus goes to the list, not lost').toBe('planner-title');
    expect(await progressFor(suite.browser, 'almb')).toEqual(before);
    expect((await storedPlanner())!.prep).toEqual({ almb: ['upgraded'] });
    // Still a court the user started: shown below, with a way back into the list.
    const card = popup.locator('section.courts section.court[data-court="almb"]');
    expect(await card.getByRole('button', { name: TEXTS.add_to_courts }).count()).toBe(1);
    expect(await summary(popup)).toBe(fill(TEXTS.plan_summary_one, 0));

    await status.getByRole('button', { name: TEXTS.add_back }).click();
    await expect.poll(() => rowIds(popup)).toEqual(['almb', 'almd']);
    expect(await almb.locator('.plan-status').textContent(), 'back with its progress').toBe(fill(TEXTS.status_at_step, 2, 6));
    expect(await almb.getByRole('button', { name: /Before you start/ }).textContent()).toBe(fill(TEXTS.prep_toggle, 1, 4));

    // Removed and reset: gone from the list, its progress and ticks forgotten.
    await almb.getByRole('button', { name: TEXTS.remove }).click();
    await almb.getByLabel(TEXTS.remove_also_reset).check();
    await almb.getByRole('button', { name: TEXTS.remove_yes, exact: true }).click();
    await expect.poll(() => rowIds(popup)).toEqual(['almd']);
    expect(await status.textContent()).toContain(fill(TEXTS.removed_reset_status, 'Alabama Middle Bankruptcy Court'));
    expect(await progressFor(suite.browser, 'almb')).toBeNull();
    expect((await storedPlanner())!.prep).toEqual({});
    expect(await card.count()).toBe(0);

    // Added again from the search: a fresh start.
    await popup.getByRole('searchbox').fill('almb');
    await popup.getByRole('button', { name: 'Add: Alabama Middle Bankruptcy Court' }).click();
    await expect.poll(() => rowIds(popup)).toEqual(['almb', 'almd']);
    expect(await almb.locator('.plan-status').textContent()).toBe(TEXTS.status_not_started);
    await popup.close();
  });
});

describe('the keyboard alone', () => {
  /** Presses Tab until the focused element matches; fails if it never does. */
  async function tabTo(popup: Page, matches: (el: { tag: string; text: string; label: string }) => boolean, what: string, key = 'Tab'): Promise<void> {
    for (let i = 0; i < 80; i += 1) {
      const el = await popup.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return { tag: a?.tagName ?? '', text: a?.textContent?.trim() ?? '', label: a?.getAttribute('aria-label') ?? (a?.closest('label')?.textContent?.trim() ?? '') };
      });
      if (matches(el)) return;
      await popup.keyboard.press(key);
    }
    throw new Error(`could not reach ${what} with Tab`);
  }

  it('pastes a list, ticks the checklist, and removes a court, with Escape backing out of the question', async () => {
    const popup = await openPopup();
    await tabTo(popup, (el) => el.text === TEXTS.paste_button, 'Paste a list');
    await popup.keyboard.press('Enter');
    await popup.keyboard.type('almb\nS.D.N.Y.');
    await tabTo(popup, (el) => el.text === TEXTS.paste_add, 'Add these courts');
    await popup.keyboard.press('Enter');
    await expect.poll(() => rowIds(popup)).toEqual(['almb', 'nysd']);
    await tabTo(popup, (el) => el.text === TEXTS.cancel, 'Cancel (closes the box)');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent), { message: 'focus back on the button that opened the box' }).toBe(TEXTS.paste_button);

    await tabTo(popup, (el) => el.text === fill(TEXTS.prep_toggle, 0, 4), 'the first court\'s checklist');
    await popup.keyboard.press('Enter');
    await tabTo(popup, (el) => el.tag === 'INPUT' && el.label.startsWith('Multifactor'), 'the MFA tick');
    await popup.keyboard.press('Space');
    await expect.poll(async () => (await storedPlanner())?.prep).toEqual({ almb: ['mfa'] });

    // This court's Remove… comes before its checklist: back up to it.
    await tabTo(popup, (el) => el.text === TEXTS.remove, 'Remove', 'Shift+Tab');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent)).toBe(TEXTS.remove_yes);
    // Ticking the question's box leaves the focus on the box.
    await popup.keyboard.press('Shift+Tab');
    await popup.keyboard.press('Space');
    expect(await popup.evaluate(() => { const el = document.activeElement as HTMLInputElement; return [el.type, el.checked]; })).toEqual(['checkbox', true]);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.evaluate(() => document.activeElement?.textContent), { message: 'Escape: back to Remove…' }).toBe(TEXTS.remove);
    expect(await rowIds(popup)).toEqual(['almb', 'nysd']);
    await popup.keyboard.press('Enter');
    await popup.keyboard.press('Enter');
    await expect.poll(() => rowIds(popup)).toEqual(['nysd']);
    await popup.close();
  });
});

describe('axe-core finds no violation on the planner', () => {
  const describeViolations = (where: string, violations: AxeViolation[]) => violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);

  it('in the popup (empty, filled, searching, pasting, a checklist open, a removal asked) and on the printable page (empty and filled), light and dark', async () => {
    const problems: string[] = [];
    let checked = 0;
    for (const scheme of ['light', 'dark'] as const) {
      await suite.browser.worker.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { clear(): Promise<void> } } } }).chrome.storage.local.clear());
      await scriptsRegistered(suite.browser.worker, false);
      const empty = await suite.browser.context.newPage();
      await empty.emulateMedia({ colorScheme: scheme });
      await empty.goto(`chrome-extension://${suite.browser.extensionId}/planner.html`);
      await empty.locator('.empty').waitFor();
      problems.push(...describeViolations(`printable page, empty (${scheme})`, await runAxe(empty)));
      await empty.close();
      const popup = await suite.browser.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.setViewportSize({ width: 380, height: 760 });
      await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
      await popup.locator('#planner-title').waitFor();
      problems.push(...describeViolations(`popup, no courts (${scheme})`, await runAxe(popup)));
      await popup.getByRole('searchbox').fill('alabama');
      problems.push(...describeViolations(`popup, search with Add (${scheme})`, await runAxe(popup)));
      await popup.getByRole('button', { name: fill(TEXTS.add_all, 6) }).click();
      await expect.poll(() => rowIds(popup)).toHaveLength(6);
      await popup.getByRole('button', { name: TEXTS.paste_button }).click();
      await popup.getByLabel(TEXTS.paste_label).fill('Narnia\nMiddle District of Georgia\nca9\nalmb\ncacb');
      await popup.getByRole('button', { name: TEXTS.paste_add }).click();
      await popup.locator('.paste-report p').first().waitFor();
      const first = popup.locator('.plan-court').first();
      await first.getByRole('button', { name: /Before you start/ }).click();
      await first.locator('input[data-prep="mfa"]').check();
      await popup.locator('.plan-court').nth(1).getByRole('button', { name: TEXTS.remove }).click();
      problems.push(...describeViolations(`popup, filled (${scheme})`, await runAxe(popup)));
      await popup.screenshot({ path: projectPath(`test-results/planner/axe-popup-${scheme}.png`), fullPage: true });
      await popup.close();
      const printable = await suite.browser.context.newPage();
      await printable.emulateMedia({ colorScheme: scheme });
      await printable.goto(`chrome-extension://${suite.browser.extensionId}/planner.html`);
      await printable.locator('table').waitFor();
      problems.push(...describeViolations(`printable page (${scheme})`, await runAxe(printable)));
      await printable.close();
      checked += 5;
    }
    console.log(`axe: planner checked in ${checked} states, ${problems.length} violations`);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe('in Spanish', () => {
  let court: PracticeCourt;
  let browser: GuidedBrowser;
  beforeAll(async () => {
    court = await startPracticeCourt();
    process.env.LANGUAGE = 'es';
    browser = await launchWithExtension(court, { extraArgs: ['--lang=es'] });
  });
  afterAll(async () => {
    delete process.env.LANGUAGE;
    await browser?.close();
    await court?.close();
  });

  it('the planner and the printable page speak Spanish', async () => {
    const popup = await openPopup(browser);
    await popup.getByRole('button', { name: 'Pegar una lista…' }).click();
    await popup.getByLabel(/Códigos o nombres/).fill('almb\nS.D.N.Y.\nNarnia');
    await popup.getByRole('button', { name: 'Añadir estos tribunales' }).click();
    await expect.poll(() => rowIds(popup)).toEqual(['almb', 'nysd']);
    expect(await summary(popup)).toBe('0 de 2 tribunales vinculados');
    expect(await popup.locator('.paste-report p').first().textContent()).toBe('Se añadieron 2 tribunales.');
    expect(await popup.locator('.plan-meta').first().textContent()).toBe('Tribunal de quiebras · NextGen 1.6.4 según la lista de tribunales de PACER (enero de 2023)');
    await popup.screenshot({ path: projectPath('test-results/planner/popup-es.png'), fullPage: true });
    const printable = await browser.context.newPage();
    await printable.goto(`chrome-extension://${browser.extensionId}/planner.html`);
    await printable.locator('table').waitFor();
    expect(await printable.locator('html').getAttribute('lang')).toMatch(/^es/);
    expect(await printable.locator('thead th').first().textContent()).toBe('Tribunal');
    expect((await storedPlanner(browser))!.courts.map((c) => c.id)).toEqual(['almb', 'nysd']);
    await Promise.all([popup.close(), printable.close()]);
  });
});
