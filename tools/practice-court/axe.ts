// Runs axe-core in real Chromium: on an extension page, and on the coach mark, whose shadow
// root is closed to the page. axe cannot enter a closed root, so the coach mark's shadow
// content (markup and stylesheet, as rendered) is copied into a blank page of the same
// viewport and checked there: same elements, same styles, same colours.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { CDPSession, Page } from 'playwright-core';
import { inShadowRoot, shadowRootHandle } from './coach-mark';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly targets: string[];
}

export async function runAxe(page: Page, context = 'document'): Promise<AxeViolation[]> {
  // Evaluated through DevTools, not a <script>: extension pages' CSP forbids inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe;
    const result = await axe.run(selector === 'document' ? document : selector, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  }, context);
}

/** The coach mark's shadow content as HTML, read through the DevTools protocol. */
async function coachMarkHtml(page: Page): Promise<string | null> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  try {
    const root = await shadowRootHandle(cdp);
    return root ? inShadowRoot<string>(cdp, root, 'function () { return [...this.childNodes].map((n) => n.outerHTML ?? "").join(""); }') : null;
  } finally {
    await cdp.detach();
  }
}

/** axe on the coach mark now showing on `page`: its shadow content, copied into a blank page of the same size. */
export async function axeOnCoachMark(page: Page, scratch: Page): Promise<AxeViolation[] | null> {
  const html = await coachMarkHtml(page);
  if (!html) return null;
  const viewport = page.viewportSize();
  if (viewport) await scratch.setViewportSize(viewport);
  await scratch.setContent(`<!doctype html><html lang="en"><head><title>Coach mark</title></head><body><main>${html}</main></body></html>`);
  return runAxe(scratch);
}
