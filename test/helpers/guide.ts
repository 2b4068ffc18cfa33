// Reading the coach mark from a test, patiently: pages navigate and redirect under the reader.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { readCoachMark, type CoachMarkState } from '../../tools/practice-court/coach-mark';

/** Reads the coach mark, waiting out a navigation that destroys the page's context mid-read. */
export async function read(page: Page): Promise<CoachMarkState | null> {
  try {
    return await readCoachMark(page);
  } catch {
    await page.waitForLoadState().catch(() => undefined);
    return null;
  }
}

/** Waits up to 5 s for the coach mark to satisfy `ok`; fails with what it last saw. */
export async function guideUntil(page: Page, ok: (g: CoachMarkState) => boolean, what: string): Promise<CoachMarkState> {
  const deadline = Date.now() + 5_000;
  let guide = await read(page);
  while (!(guide && ok(guide)) && Date.now() < deadline) {
    await page.waitForTimeout(50);
    guide = await read(page);
  }
  expect(guide !== null && ok(guide), `${what}: ${JSON.stringify(guide)}`).toBe(true);
  return guide!;
}
