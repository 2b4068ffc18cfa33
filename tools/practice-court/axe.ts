// Runs axe-core in a real browser: on an extension page, and on the coach mark, whose shadow
// root is closed to the page. axe cannot enter a closed root, so the coach mark's shadow
// content (markup and stylesheet, as rendered) is copied into a blank page of the same
// viewport and checked there: same elements, same styles, same colours. Chromium reads the
// root through the DevTools protocol (here); Firefox through WebDriver BiDi (firefox-driver.ts),
// with the same axe run (AXE_RUN) on the same copy (scratchDocument).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { SHADOW_HTML, inShadowRoot, shadowRootHandle } from './coach-mark';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

/** Runs in the page, once axe-core is loaded there: the violations under `selector` ('document' for all). */
export async function AXE_RUN(selector: string): Promise<AxeViolation[]> {
  const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
  const result = await axe.run(selector === 'document' ? document : selector, { resultTypes: ['violations'] });
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The blank page the coach mark's content is copied into. */
export const scratchDocument = (html: string) => `<!doctype html><html lang="en"><head><title>Coach mark</title></head><body><main>${html}</main></body></html>`;

export async function runAxe(page: Page, context = 'document'): Promise<AxeViolation[]> {
  // Evaluated through DevTools, not a <script>: extension pages' CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(AXE_RUN, context);
}

/** The coach mark's shadow content as HTML, read through the DevTools protocol. */
export async function coachMarkHtml(page: Page): Promise<string | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const root = await shadowRootHandle(cdp);
    return root ? await inShadowRoot<string>(cdp, root, SHADOW_HTML) : null;
  } finally {
    await cdp.detach();
  }
}

/** axe on some HTML, in a scratch page set to the given viewport. */
export async function axeOnScratch(scratch: Page, html: string, viewport: { width: number; height: number } | null): Promise<AxeViolation[]> {
  if (viewport) await scratch.setViewportSize(viewport);
  await scratch.setContent(scratchDocument(html));
  return runAxe(scratch);
}

/** axe on the coach mark now showing on `page`: its shadow content, copied into a blank page of the same size. */
export async function axeOnCoachMark(page: Page, scratch: Page): Promise<AxeViolation[] | null> {
  const html = await coachMarkHtml(page);
  if (!html) return null;
  return axeOnScratch(scratch, html, page.viewportSize());
}
