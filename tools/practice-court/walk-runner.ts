// Runs a walk and checks each step: the person's actions through a Driver, then what the
// extension recognised (where the browser lets a test read it) and what the coach mark shows,
// and across the walk, that the guide never goes back a step or falls silent.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEXTS } from '../../src/core/flow/catalog';
import { STEP_COUNT } from '../../src/core/flow/steps';
import type { AxeViolation } from './axe';
import type { GuidedBrowser, TabReport } from './browser';
import type { CoachMarkState } from './coach-mark';
import { perform, type Driver } from './driver';
import { PlaywrightDriver } from './playwright-driver';
import { step, type Expected, type ExpectedGuide, type StepData, type Walk, type WalkData, type WalkStep } from './walk-model';

/**
 * What must hold across a walk whatever the pages say: the guide never shows a lower step
 * than one it showed before, and never stays silent on a step that expects it.
 */
export function continuityProblems(results: readonly StepResult[]): string[] {
  const problems: string[] = [];
  let highest = 0;
  for (const [index, result] of results.entries()) {
    const expected = result.step.guide;
    const shown = result.guide?.visible ? result.guide.step : null;
    if (expected?.title && !result.guide?.visible) problems.push(`step ${index + 1} "${result.step.name}": the guide is silent on a page of the flow`);
    if (shown !== null && shown < highest) problems.push(`step ${index + 1} "${result.step.name}": the guide shows step ${shown} after step ${highest}`);
    if (shown !== null) highest = Math.max(highest, shown);
  }
  return problems;
}

export interface StepResult {
  readonly step: WalkStep;
  /** The extension's own report (Chromium); null where the browser does not let a test read it. */
  readonly report: TabReport | null;
  readonly guide: CoachMarkState | null;
  readonly problems: string[];
  /** The page's address once the step settled. */
  readonly url: string;
  readonly screenshot: string | null;
  /** axe-core's findings on the coach mark, when asked for (null: no coach mark to check). */
  readonly axe?: AxeViolation[] | null;
}

function problemsWith(report: TabReport | null, expected: Expected): string[] {
  if (!report) return ['the extension reported nothing'];
  const problems: string[] = [];
  for (const [key, want] of Object.entries(expected) as Array<[keyof Expected, unknown]>) {
    const got = (report as unknown as Record<string, unknown>)[key];
    if (got !== want) problems.push(`${key}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  }
  if (expected.reason === undefined && report.reason !== null) problems.push(`reason: expected none, got ${report.reason}`);
  return problems;
}

/** The control the guide must highlight on this step (see ExpectedGuide.target). */
export function expectedTarget(step: StepData): string | null {
  const guide = step.guide;
  if (!guide || guide.title === null) return null;
  if (guide.target !== undefined) return guide.target;
  return guide.title.endsWith('_do') || guide.title === 'login_error_title' ? step.expect.next : null;
}

/** What the screen reader hears for a step: "Step N of 6: title", or the title alone. */
export const expectedAnnouncement = (guide: ExpectedGuide): string =>
  guide.title === null ? '' : `${guide.step ? `${TEXTS.step_of.replace('$1', String(guide.step)).replace('$2', String(STEP_COUNT))}: ` : ''}${TEXTS[guide.title]}`;

function guideProblems(guide: CoachMarkState | null, step: StepData): string[] {
  const expected = step.guide;
  if (!expected) return [];
  if (!guide) return ['guide: could not be read'];
  if (expected.title === null) return guide.visible ? [`guide: expected none, showing "${guide.title}"`] : [];
  const problems: string[] = [];
  if (!guide.visible) return [`guide: expected "${TEXTS[expected.title]}", nothing shown`];
  if (guide.title !== TEXTS[expected.title]) problems.push(`guide title: expected "${TEXTS[expected.title]}", got "${guide.title}"`);
  if (expected.step !== undefined && guide.step !== expected.step) problems.push(`guide step: expected ${expected.step}, got ${guide.step}`);
  if (expected.step && guide.stepLabel !== `Step ${expected.step} of 6`) problems.push(`guide step label: got "${guide.stepLabel}"`);
  for (const id of expected.mentions ?? []) {
    if (![guide.why, ...guide.warnings].includes(TEXTS[id])) problems.push(`guide: does not say "${TEXTS[id]}"`);
  }
  // The page's side of the guide: the page kind on its host, and the control it marks.
  if (guide.page !== step.expect.page) problems.push(`guide page (data-guide-page): expected ${step.expect.page}, got ${guide.page}`);
  const target = expectedTarget(step);
  if (guide.target !== target) problems.push(`guide target (data-guide-target): expected ${target}, got ${guide.target}`);
  if (guide.targetReachable === false) problems.push(`guide covers its target (${guide.target})`);
  const announcement = expectedAnnouncement(expected);
  if (guide.live !== announcement) problems.push(`live region: expected "${announcement}", got "${guide.live}"`);
  return problems;
}

/**
 * Waits until what the step expects shows (pages like the district root change by
 * themselves, and the coach mark renders a frame after the page): the extension's report
 * where it can be read, and the guide; returns the last reading either way.
 */
async function settle(driver: Driver, step: StepData, since: number, timeoutMs: number): Promise<{ report: TabReport | null; guide: CoachMarkState | null; problems: string[] }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let report: TabReport | null = null;
    if (driver.readReport) {
      const read = await driver.readReport().catch(() => null);
      report = read && read.at >= since ? read : null;
    }
    // A page that navigates under the reader (a refresh, a redirect) is read again.
    const guide = await driver.readGuide().catch(() => null);
    const problems = [...(driver.readReport ? problemsWith(report, step.expect) : []), ...guideProblems(guide, step)];
    if (problems.length === 0 || Date.now() > deadline) return { report, guide, problems };
    await driver.pause(40);
  }
}

export interface WalkOptions {
  screenshotDir?: string;
  onStep?: (result: StepResult, index: number) => void;
  afterStep?: (index: number, result: StepResult) => Promise<void>;
  timeoutMs?: number;
  /** A blank tab to run axe-core on the coach mark in, after every step. */
  axeScratch?: Driver;
}

/** Runs a walk with any driver: every step's actions, then what the guide (and the extension, where readable) must show. */
export async function runWalkWith(driver: Driver, walk: Walk | WalkData, options: WalkOptions = {}): Promise<StepResult[]> {
  for (const action of walk.setup ?? []) await perform(driver, action);
  const results: StepResult[] = [];
  if (options.screenshotDir) mkdirSync(options.screenshotDir, { recursive: true });
  for (const [index, data] of walk.steps.entries()) {
    const current = step(data);
    const since = Date.now();
    const court = current.expect.court ?? null;
    const before = current.prose && court && driver.readProgress ? progressSteps(await driver.readProgress(court)) : null;
    await current.act(driver);
    const settled = await settle(driver, current, since, options.timeoutMs ?? 8_000);
    if (before !== null && court && driver.readProgress) {
      const after = progressSteps(await driver.readProgress(court));
      if (after !== before) settled.problems.push(`a prose page recorded progress: ${before} became ${after}`);
    }
    let screenshot: string | null = null;
    if (options.screenshotDir) {
      screenshot = join(options.screenshotDir, `${walk.id}-${String(index + 1).padStart(2, '0')}-${current.expect.page}.png`);
      await driver.screenshot(screenshot);
    }
    const axe = options.axeScratch ? await driver.axeOnCoachMark(options.axeScratch) : undefined;
    const result: StepResult = { step: current, ...settled, url: await driver.url(), screenshot, ...(axe === undefined ? {} : { axe }) };
    results.push(result);
    options.onStep?.(result, index);
    await options.afterStep?.(index, result);
  }
  return results;
}

/** Runs a walk in Chromium on a Playwright page, reading the extension's own report too. */
export function runWalk(browser: GuidedBrowser, page: Page, walk: Walk | WalkData, options: WalkOptions = {}): Promise<StepResult[]> {
  return runWalkWith(PlaywrightDriver.for(page, browser), walk, options);
}

/** The steps a court's stored progress has done, and the current one. */
function progressSteps(progress: unknown): string {
  const { done, current, status } = (progress ?? {}) as { done?: object; current?: string | null; status?: string };
  return JSON.stringify({ status: status ?? 'not-started', done: Object.keys(done ?? {}), current: current ?? null });
}

/** Every problem of a walk's results, one line each, naming the step; and the walk's continuity (see continuityProblems). */
export const walkProblems = (results: readonly StepResult[]): string[] => [...results.flatMap((r, i) => r.problems.map((p) => `step ${i + 1} "${r.step.name}": ${p}`)), ...continuityProblems(results)];
