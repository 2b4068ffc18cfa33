// The built add-on in real Firefox ESR, over WebDriver BiDi (puppeteer-core), on the practice
// court under the real host names with real TLS (through a local CONNECT proxy): every walk
// Chromium walks, from the same definitions (walks.ts), checked at every step through what
// the guide displays: the page kind and step on its host, the highlighted control, the
// callout's step label, title and warnings, the live region's announcement, that
// elementFromPoint at the control's first line box reaches the control, and axe-core on the
// coach mark. Then progress kept across pages and tabs, read from the guide's own support
// code; the Utilities drop-down opened by the mouse; Tab, Enter and Escape; hiding per court;
// and a deliberately broken add-on, which these walks must fail.
// Not here: a browser restart (a temporary add-on does not survive one; faults.test.ts, in
// Chromium), the keyboard shortcut (BiDi's key input goes to the page, not through Firefox's
// shortcut handling: Alt+Shift+G sent that way does nothing), and the extension's own report
// and storage (BiDi cannot reach them).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { courtById } from '../../src/core/courts/courts';
import { projectPath } from '../../tools/lib/root';
import type { FirefoxDriver } from '../../tools/practice-court/firefox-driver';
import { ALL_WALKS, FAILURE_WALKS, HAPPY_WALKS, runWalkWith, walkProblems, type Walk } from '../../tools/practice-court/walks';
import { FIREFOX, useFirefox } from '../helpers/firefox-suite';
import { decodedSupportCode } from '../helpers/support-code';
import { PACER_ONLY_DOCKET } from '../helpers/pages';
import { HOST_TAG } from '../../src/overlay/overlay';
import { expectHostHeld, hostLayout, HOSTILE_PAGES } from './hostile-pages';

// A docket (which gets no script, and the gate stops in any other capitalisation) and, as the
// control, the same page under another script name.
// And a front door whose styles try to hide, move or enlarge the guide's host.
const suite = useFirefox({
  staticPages: new Map([
    ...['DktRpt.pl', 'dktrpt.pl', 'CourtNotes.pl'].map((script) => [`ecf.almd.uscourts.gov/cgi-bin/${script}`, PACER_ONLY_DOCKET] as const),
    ['ecf.almb.uscourts.gov/hostile-styles.html', HOSTILE_PAGES['/hostile-styles.html']!] as const,
  ]),
});
const ALMB = 'https://ecf.almb.uscourts.gov';
const almbLogin = `https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=${courtById('almb')!.pacerIds[0]}&appurl=${encodeURIComponent(`${ALMB}/cgi-bin/login.pl`)}`;

/** Waits up to 5 s for the guide to satisfy `ok`; fails with what it last showed. */
async function guideUntil(driver: FirefoxDriver, ok: (g: Awaited<ReturnType<FirefoxDriver['readGuide']>>) => boolean, what: string) {
  const deadline = Date.now() + 5_000;
  let guide = await driver.readGuide().catch(() => null);
  while (!(guide && ok(guide)) && Date.now() < deadline) {
    await driver.pause(50);
    guide = await driver.readGuide().catch(() => null);
  }
  expect(guide !== null && ok(guide), `${what}: ${JSON.stringify(guide)}`).toBe(true);
  return guide!;
}

/** Asks the guide for its support code (its own button, a real click) and decodes it. */
async function supportCodeShown(driver: FirefoxDriver, what: string) {
  const before = await guideUntil(driver, (g) => g.visible, `${what}: a guide to ask`);
  if (before.tone !== 'error') await driver.pressGuideButton(TEXTS.support_code_button);
  const guide = await guideUntil(driver, (g) => decodedSupportCode(g) !== null, `${what}: the support code shows`);
  return decodedSupportCode(guide)!;
}

const label = (walk: Walk) => (FAILURE_WALKS.includes(walk) ? `failure path: ${walk.title}` : walk.title);

describe.skipIf(!FIREFOX)('walking the practice court in Firefox ESR', () => {
  it.each(ALL_WALKS.map((w) => [label(w), w] as const))('%s', async (_title, walk) => {
    const driver = await suite.open();
    const results = await runWalkWith(driver, walk, { screenshotDir: projectPath('test-results/firefox', walk.id), axeScratch: suite.scratch });
    const problems = walkProblems(results);
    const axe = results.flatMap((r, i) => (r.axe ?? []).map((v) => `step ${i + 1} "${r.step.name}": axe ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`));
    expect(problems, problems.join('\n')).toEqual([]);
    // axe ran on every step that shows a coach mark, and found nothing.
    expect(results.filter((r) => r.axe).length).toBe(results.filter((r) => r.step.guide?.title).length);
    expect(axe, axe.join('\n')).toEqual([]);
    if (HAPPY_WALKS.includes(walk)) expect(results.length).toBeGreaterThanOrEqual(9);
  });

  it('keeps progress across pages and in a second tab: the guide\'s support code carries the furthest step reached', async () => {
    const version = Number(/(\d+)/.exec(await suite.firefox.browser.version())?.[1]);
    expect(version).toBeGreaterThanOrEqual(140);
    const first = await suite.open();
    const almb = HAPPY_WALKS[0]!;
    // Up to Utilities (step 3): the code there says step 3, the furthest reached.
    expect(walkProblems(await runWalkWith(first, { ...almb, steps: almb.steps.slice(0, 5) }))).toEqual([]);
    const atUtilities = await supportCodeShown(first, 'on Utilities, first time');
    expect(atUtilities).toMatchObject({ court: 'almb', page: 'utilities', step: 'open-utilities', status: 'in-progress', browser: { family: 'firefox', major: version } });
    // On to the linking form (step 4), then back to Utilities in the same tab.
    expect(walkProblems(await runWalkWith(first, { ...almb, steps: almb.steps.slice(5, 6) }))).toEqual([]);
    await first.goto(`${ALMB}/cgi-bin/DisplayMenu.pl?Utilities`);
    const back = await guideUntil(first, (g) => g.title === TEXTS.link_item_do, 'Utilities again');
    // The guide keeps the step reached (4), not this page's own (3), and says why.
    expect({ step: back.step, why: back.why }).toEqual({ step: 4, why: TEXTS.resume_why.replace('$1', '4') });
    expect((await supportCodeShown(first, 'on Utilities, after the form')).step, 'the stored progress: step 4 reached').toBe('enter-credentials');

    // A second tab on the same court reads the same stored progress.
    const second = await suite.open();
    await second.goto(`${ALMB}/cgi-bin/DisplayMenu.pl?Utilities`);
    await guideUntil(second, (g) => g.title === TEXTS.link_item_do && g.step === 4 && g.stepLabel === 'Step 4 of 6', 'Utilities in a second tab, at the step reached');
    expect(await supportCodeShown(second, 'Utilities in a second tab')).toMatchObject({ court: 'almb', page: 'utilities', step: 'enter-credentials', status: 'in-progress', flags: { f5Done: false, filingMenusSeen: false } });
    // Another court in that tab has progress of its own.
    await second.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await guideUntil(second, (g) => g.title === TEXTS.entry_do, 'the district court\'s entry');
    expect(await supportCodeShown(second, 'almd')).toMatchObject({ court: 'almd', step: 'open-filing' });
  });

  it('remembers the F5 and the filing menus: once linked and verified, the court\'s pages in another tab stay quiet', async () => {
    const other = await suite.open();
    await other.goto(`${ALMB}/`);
    await guideUntil(other, (g) => g.title === TEXTS.entry_do && g.step === 1, 'the court\'s front door before linking');
    const first = await suite.open();
    // This time F5 is the guide's own reload button, pressed with a real click.
    const almb = HAPPY_WALKS[0]!;
    const f5 = almb.steps.at(-1)!;
    const results = await runWalkWith(first, { ...almb, steps: [...almb.steps.slice(0, -1), { ...f5, name: 'Press the guide\'s reload button', do: [{ guideButton: TEXTS.refresh_button }] }] });
    expect(walkProblems(results)).toEqual([]);
    // A verified court has nothing more to say: the PACER login and the court's front door in
    // the other tab show no guide now (a court never linked would: see above).
    await other.goto(almbLogin);
    await other.pause(700);
    expect((await other.readGuide()).visible, 'no guide on the PACER login of a verified court').toBe(false);
    await other.goto(`${ALMB}/`);
    await other.pause(700);
    expect((await other.readGuide()).visible, 'no guide on its front door').toBe(false);
    // The district court, never linked, is still guided.
    await other.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await guideUntil(other, (g) => g.title === TEXTS.entry_do && g.step === 1, 'the district court still guided');
  });

  it('points inside the Utilities drop-down when the mouse opens it, and back at Utilities when it closes', async () => {
    const driver = await suite.open();
    const almb = HAPPY_WALKS[0]!;
    expect(walkProblems(await runWalkWith(driver, { ...almb, steps: almb.steps.slice(0, 4) }))).toEqual([]);
    await driver.hover('#topmenu a[href*="Utilities"]');
    const open = await guideUntil(driver, (g) => g.title === TEXTS.menu_item_do, 'drop-down open');
    expect({ target: open.target, reachable: open.targetReachable }).toEqual({ target: 'link-item', reachable: true });
    await driver.page.mouse.move(900, 600);
    await guideUntil(driver, (g) => g.title === TEXTS.utilities_do && g.target === 'utilities', 'drop-down closed');
  });

  it('by keyboard: Tab reaches the highlighted control and Enter follows it; Escape hides the guide, which never took focus', async () => {
    const driver = await suite.open();
    await driver.goto(`${ALMB}/`);
    await guideUntil(driver, (g) => g.title === TEXTS.entry_do, 'landing');
    expect(await driver.evaluate(() => document.activeElement === document.body), 'the guide leaves focus alone').toBe(true);
    const onTarget = () => driver.evaluate(() => {
      const target = document.querySelector('[data-guide-target]');
      return target !== null && document.activeElement !== null && (target === document.activeElement || target.contains(document.activeElement));
    });
    let presses = 0;
    while (!(await onTarget()) && presses < 40) {
      await driver.press('Tab');
      presses += 1;
    }
    expect(await onTarget(), 'Tab reaches the highlighted control').toBe(true);
    await driver.press('Enter');
    await guideUntil(driver, (g) => g.title === TEXTS.username_do && g.step === 2, 'Enter followed the entry link');
    await driver.press('Escape');
    await guideUntil(driver, (g) => !g.visible && g.target === null, 'hidden by Escape');
  });

  it('hides on one court when asked, in every tab and after a reload, and not on another court', async () => {
    const first = await suite.open();
    await first.goto(`${ALMB}/`);
    await guideUntil(first, (g) => g.visible && g.target === 'entry', 'shown');
    await first.pressGuideButton(TEXTS.hide_here);
    await guideUntil(first, (g) => !g.visible && g.target === null, 'hidden on almb');
    await first.reload();
    await first.pause(500);
    expect((await first.readGuide()).visible, 'stays hidden on almb after F5').toBe(false);
    const second = await suite.open();
    await second.goto(`${ALMB}/`);
    await second.pause(500);
    expect((await second.readGuide()).visible, 'hidden on almb in a second tab').toBe(false);
    await second.goto('https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    await guideUntil(second, (g) => g.visible && g.title === TEXTS.entry_do, 'still shown on almd');
  });

  it('a docket stays quiet, in any capitalisation, on a court not started and on one being linked; the same page under another name is guided', async () => {
    const driver = await suite.open();
    for (const script of ['DktRpt.pl', 'dktrpt.pl']) {
      await driver.goto(`https://ecf.almd.uscourts.gov/cgi-bin/${script}?110375219183771-L_1_0-1`);
      await driver.pause(700);
      expect((await driver.readGuide()).visible, `no guide on ${script}`).toBe(false);
    }
    // Last: the guide's first report starts the court's progress, and then all its pages get the guide.
    await driver.goto('https://ecf.almd.uscourts.gov/cgi-bin/CourtNotes.pl');
    await guideUntil(driver, (g) => g.visible && g.target === 'utilities', 'the gate lets a short menu page through, and the guide points at Utilities');
    // The court is being linked now, and its dockets still get nothing.
    await driver.goto('https://ecf.almd.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1');
    await driver.pause(700);
    expect((await driver.readGuide()).visible, 'no guide on a docket of a court being linked').toBe(false);
  });

  it('keeps its host fixed, zero-sized and shown on a page whose styles try to hide, move or enlarge it', async () => {
    const driver = await suite.open();
    await driver.goto(`${ALMB}/hostile-styles.html`);
    const guide = await guideUntil(driver, (g) => g.visible && g.title === TEXTS.entry_do, 'the guide on a page styled against it');
    expectHostHeld(guide, await driver.evaluate(hostLayout, HOST_TAG));
  });

  it('starts each test afresh (the add-on reinstalled: the court hidden in the last test shows again)', async () => {
    const driver = await suite.open();
    await driver.goto(`${ALMB}/`);
    await guideUntil(driver, (g) => g.visible && g.title === TEXTS.entry_do, 'shown on almb');
  });
});

describe.skipIf(!FIREFOX)('the Firefox walks fail on a broken add-on', () => {
  /** A copy of dist/firefox, changed by `breakIt`, installed in place of the good one. */
  async function withBroken(breakIt: (dir: string) => void, run: () => Promise<void>) {
    const dir = mkdtempSync(join(tmpdir(), 'broken-firefox-addon-'));
    try {
      cpSync(projectPath('dist/firefox'), dir, { recursive: true });
      breakIt(dir);
      await suite.install(dir);
      await run();
    } finally {
      await suite.install(projectPath('dist/firefox'));
      rmSync(dir, { recursive: true, force: true });
    }
  }

  async function brokenWalkProblems(): Promise<string[]> {
    const driver = await suite.open();
    return walkProblems(await runWalkWith(driver, HAPPY_WALKS[0]!, { timeoutMs: 1_000 }));
  }

  it('reports the missing guide at every step when the content script throws as it starts', async () => {
    await withBroken(
      (dir) => writeFileSync(join(dir, 'content.js'), `throw new Error('broken on purpose');\n${readFileSync(join(dir, 'content.js'), 'utf8')}`),
      async () => {
        const problems = await brokenWalkProblems();
        expect(problems.filter((p) => p.includes('nothing shown'))).toHaveLength(HAPPY_WALKS[0]!.steps.length);
      },
    );
  });

  it('reports the missing guide at every step when the gate never lets the guide in', async () => {
    await withBroken(
      // A court not started gets the gate; a gate that never asks leaves every page unguided.
      (dir) => writeFileSync(join(dir, 'gate.js'), 'void 0;\n'),
      async () => {
        const problems = await brokenWalkProblems();
        expect(problems.filter((p) => p.includes('nothing shown'))).toHaveLength(HAPPY_WALKS[0]!.steps.length);
      },
    );
  });
});
