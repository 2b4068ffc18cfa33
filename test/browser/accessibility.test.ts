// Accessibility, proven in the browser: axe-core on the popup, the settings page, the
// help-desk page and the coach mark at every step of both practice courts; forced colours
// and reduced motion emulated; 200% zoom and a narrow window.
import type { Page } from 'playwright-core';
import { startAfresh } from '../../tools/practice-court/browser';
import { describe, expect, it } from 'vitest';
import { axeOnCoachMark, runAxe, type AxeViolation } from '../../tools/practice-court/axe';
import { inShadowRoot, readCoachMark, shadowRootHandle } from '../../tools/practice-court/coach-mark';
import { FAILURE_WALKS, HAPPY_WALKS, runWalk } from '../../tools/practice-court/walks';
import { projectPath } from '../../tools/lib/root';
import { usePracticeBrowser } from '../helpers/browser-suite';

const suite = usePracticeBrowser();
const describeViolations = (where: string, violations: AxeViolation[]) => violations.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${v.targets.join(', ')}`);

describe('axe-core finds no violation', () => {
  it('on the popup, the settings page and the help-desk page, light and dark', async () => {
    const problems: string[] = [];
    const checked: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      for (const name of ['popup', 'options', 'helpdesk']) {
        const page = await suite.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`chrome-extension://${suite.browser.extensionId}/${name}.html`);
        await page.locator('h1').first().waitFor();
        if (name === 'helpdesk') {
          await page.getByLabel('Support code').fill('not a code');
          await page.getByRole('button', { name: 'Read code' }).click();
        }
        problems.push(...describeViolations(`${name} (${scheme})`, await runAxe(page)));
        checked.push(`${name}/${scheme}`);
        await page.close();
      }
    }
    console.log(`axe: ${checked.length} extension pages checked, ${problems.length} violations`);
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('on the coach mark at every step of both courts and every failure path', async () => {
    const scratch = await suite.browser.context.newPage();
    const problems: string[] = [];
    let checked = 0;
    // Walk each path one step at a time, checking the coach mark once each step has settled.
    for (const walk of [...HAPPY_WALKS, ...FAILURE_WALKS]) {
      await startAfresh(suite.browser);
      const page = await suite.browser.context.newPage();
      for (const [index, step] of walk.steps.entries()) {
        await runWalk(suite.browser, page, { ...walk, setup: index === 0 ? walk.setup : undefined, steps: [step] });
        const violations = await axeOnCoachMark(page, scratch);
        if (violations === null) continue;
        checked += 1;
        problems.push(...describeViolations(`${walk.id} step ${index + 1} (${step.expect.page})`, violations));
      }
      await page.close();
    }
    console.log(`axe: coach mark checked at ${checked} steps, ${problems.length} violations`);
    expect(checked).toBeGreaterThanOrEqual(30);
    expect(problems, problems.join('\n')).toEqual([]);
    await scratch.close();
  }, 240_000);
});

describe('the coach mark under forced colours, reduced motion, zoom and a narrow window', () => {
  async function atUtilities(page: Page) {
    const walk = HAPPY_WALKS[0]!;
    await runWalk(suite.browser, page, { ...walk, steps: walk.steps.slice(0, 5) });
  }

  it('draws the outline in a system colour and runs no animation when asked', async () => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await atUtilities(page);
    await page.screenshot({ path: projectPath('test-results/accessibility/forced-colors-reduced-motion.png') });
    const styles = await shadowStyles(page);
    expect(styles.outlineAnimation).toBe('none');
    expect(styles.outlineShadow).toBe('none');
    // Chromium resolves the Highlight system colour to a concrete colour; it must match the page's own.
    expect(styles.outlineBorder).toBe(styles.systemHighlight);
    await page.close();
  });

  it('animates the outline only when motion is welcome', async () => {
    const page = await suite.browser.context.newPage();
    await page.emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    await atUtilities(page);
    expect((await shadowStyles(page)).outlineAnimation).not.toBe('none');
    await page.close();
  });

  it('stays on screen and readable at 200% zoom and in a narrow window', async () => {
    // Browser zoom scales CSS pixels: 200% of a 1280x800 window lays out like a 640x400 one.
    const cases = [
      [640, 400, '200% zoom of 1280x800'],
      [480, 320, '200% zoom of 960x640'],
      [360, 640, 'a narrow window'],
    ] as const;
    for (const [width, height, what] of cases) {
      await suite.browser.context.clearCookies(); // each size starts logged out
      const page = await suite.browser.context.newPage();
      await page.setViewportSize({ width, height });
      // In a small window the guide scrolls its target into view; without motion that is instant,
      // so the scripted clicks below do not race a smooth scroll.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await atUtilities(page);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const guide = await readCoachMark(page);
      const box = guide.calloutBox!;
      const fits = box.left >= 0 && box.top >= 0 && box.left + box.width <= width + 0.5 && box.top + box.height <= height + 0.5;
      await page.screenshot({ path: projectPath(`test-results/accessibility/callout-${width}x${height}.png`) });
      expect({ what, fits, readable: guide.title !== '' && box.width >= 200, covers: guide.targetReachable === false }).toEqual({ what, fits: true, readable: true, covers: false });
      await page.close();
    }
  });
});

/** Computed styles inside the closed shadow root, read through the DevTools protocol. */
async function shadowStyles(page: Page): Promise<{ outlineAnimation: string; outlineShadow: string; outlineBorder: string; systemHighlight: string }> {
  const cdp = await page.context().newCDPSession(page);
  const root = await shadowRootHandle(cdp);
  const styles = await inShadowRoot<Awaited<ReturnType<typeof shadowStyles>>>(cdp, root!, `function () {
      const outline = getComputedStyle(this.querySelector('.outline'));
      const halo = getComputedStyle(this.querySelector('.outline'), '::after');
      const probe = document.createElement('div');
      probe.style.color = 'Highlight';
      document.body.append(probe);
      const systemHighlight = getComputedStyle(probe).color;
      probe.remove();
      return { outlineAnimation: halo.animationName, outlineShadow: outline.boxShadow, outlineBorder: outline.borderTopColor, systemHighlight };
    }`);
  await cdp.detach();
  return styles;
}
