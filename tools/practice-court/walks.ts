// Walks through the practice court as a person would: each step is what the person does
// (click, type, press F5) and what the extension must then recognise. The tests assert
// these; `npm start` without a display prints them. The person acts; the extension only points.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from './accounts';
import { TEXTS } from '../../src/core/flow/catalog';
import type { TextId } from '../../src/core/flow/texts';
import { reportFor, type GuidedBrowser, type TabReport } from './browser';
import { readCoachMark, type CoachMarkState } from './coach-mark';

export interface Expected {
  page: string;
  next: string | null;
  court?: string | null;
  filer?: boolean | null;
  reason?: string | null;
  training?: boolean;
}

/** What the coach mark must show: its title's text id (null: no coach mark) and step number. */
export interface ExpectedGuide {
  readonly title: TextId | null;
  readonly step?: number | null;
  /** Text ids that must appear among the why line and the warnings. */
  readonly mentions?: readonly TextId[];
}

export interface WalkStep {
  readonly name: string;
  readonly act: (page: Page) => Promise<unknown>;
  readonly expect: Expected;
  readonly guide?: ExpectedGuide;
}

export interface Walk {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly WalkStep[];
  /** Set before the walk, e.g. a practice scenario. */
  readonly setup?: (page: Page) => Promise<unknown>;
  /** The progress the court must end with, if any. */
  readonly finalStatus?: string;
}

const site = (court: string, training = false) => `https://${training ? 'ecf-train' : 'ecf'}.${court}.uscourts.gov/`;

const loginAs = (username: string, password = PRACTICE_PASSWORD) => async (page: Page) => {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: false }).first().fill(password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForLoadState();
};

const acceptRedaction = async (page: Page) => {
  await page.getByLabel(/I understand/).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForLoadState();
};

const clickLink = (name: string | RegExp) => async (page: Page) => {
  await page.getByRole('link', { name, exact: typeof name === 'string' }).first().click();
  await page.waitForLoadState();
};

/** The menu bar's Utilities label (its words are split by <u>, as on real pages). */
const openUtilities = async (page: Page) => {
  await page.locator('#topmenu a[href*="DisplayMenu.pl?Utilities"]').click();
  await page.waitForLoadState();
};

const enterCmEcf = (login: string, password = PRACTICE_ECF_PASSWORD) => async (page: Page) => {
  await page.getByLabel('CM/ECF login').fill(login);
  await page.getByLabel('CM/ECF password').fill(password);
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForLoadState();
};

const submit = async (page: Page) => {
  await page.getByRole('button', { name: 'Submit' }).click();
  await page.waitForLoadState();
};

const pressF5 = async (page: Page) => page.reload();

/** Steps from the court's front door to the linking form, for a given PACER account. */
export function toLinkForm(court: 'almb' | 'almd', pacerUser = 'pfiler2024'): WalkStep[] {
  const district = court === 'almd';
  return [
    { name: 'Open the court\'s CM/ECF site', act: (p) => p.goto(site(court)), expect: { court, page: 'court-home', next: 'entry' }, guide: { title: 'entry_do', step: 1 } },
    { name: 'Click the filing system entry', act: clickLink(district ? 'CM/ECF Document Filing System' : /^\s*Login\s*$/), expect: { court, page: 'pacer-login', next: 'username' }, guide: { title: 'username_do', step: 2, mentions: ['warn_individual', 'warn_cookies', 'warn_client_code'] } },
    { name: 'Log in with the individual PACER account', act: loginAs(pacerUser), expect: { court, page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2, mentions: ['warn_redaction'] } },
    { name: 'Accept the redaction notice', act: acceptRedaction, expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 } },
    { name: 'Open Utilities', act: openUtilities, expect: { court, page: 'utilities', next: district ? 'nextgen-menu' : 'link-item' }, guide: { title: district ? 'nextgen_do' : 'link_item_do', step: 3 } },
    ...(district
      ? [{ name: 'Open NextGen Release 1.1 Menu Items', act: clickLink('NextGen Release 1.1 Menu Items'), expect: { court, page: 'nextgen-menu', next: 'link-item' }, guide: { title: 'link_item_do' as const, step: 3 } }]
      : []),
    { name: 'Open "Link a CM/ECF account to my PACER account"', act: clickLink(/link a cm\/ecf account to my pacer account/i), expect: { court, page: 'link-form', next: 'link-fields' }, guide: { title: 'fields_do', step: 4, mentions: ['warn_bad_characters', 'warn_forgot'] } },
  ];
}

function linkToTheEnd(court: 'almb' | 'almd'): WalkStep[] {
  return [
    { name: 'Enter the old CM/ECF login and password', act: enterCmEcf(ECF_LOGINS.good), expect: { court, page: 'link-verify', next: 'confirm' }, guide: { title: 'confirm_do', step: 5, mentions: ['warn_check_accounts'] } },
    { name: 'Check both accounts and submit', act: submit, expect: { court, page: 'link-success', next: 'refresh', filer: false }, guide: { title: 'refresh_do', step: 6 } },
    { name: 'Press F5: the filing menus appear', act: pressF5, expect: { court, page: 'link-success', next: null, filer: true }, guide: { title: 'verified_title', step: 6 } },
  ];
}

export const HAPPY_WALKS: readonly Walk[] = [
  { id: 'almb', title: 'Bankruptcy court (almb): the link item is on Utilities', steps: [...toLinkForm('almb'), ...linkToTheEnd('almb')], finalStatus: 'verified' },
  { id: 'almd', title: 'District court (almd): the link item is behind NextGen Release 1.1 Menu Items', steps: [...toLinkForm('almd'), ...linkToTheEnd('almd')], finalStatus: 'verified' },
];

const upToForm = toLinkForm('almb');

export const FAILURE_WALKS: readonly Walk[] = [
  {
    id: 'wrong-pacer-password',
    title: 'Wrong PACER password',
    steps: [...upToForm.slice(0, 2), { name: 'Log in with a wrong password', act: loginAs('pfiler2024', 'not-the-password'), expect: { court: 'almb', page: 'pacer-login', next: 'username', reason: 'bad-credentials' }, guide: { title: 'login_error_title', step: 2, mentions: ['reason_bad_credentials_login'] } }],
  },
  {
    id: 'wrong-cmecf-password',
    title: 'Wrong CM/ECF password',
    steps: [...upToForm, { name: 'Enter a wrong CM/ECF password', act: enterCmEcf(ECF_LOGINS.good, 'wrong'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'bad-credentials' }, guide: { title: 'error_title', mentions: ['reason_bad_credentials'] } }],
  },
  {
    id: 'already-linked',
    title: 'CM/ECF account already linked to another PACER account',
    steps: [...upToForm, { name: 'Enter a CM/ECF login that is already linked', act: enterCmEcf(ECF_LOGINS.alreadyLinked), expect: { court: 'almb', page: 'link-error', next: null, reason: 'already-linked' }, guide: { title: 'error_title', mentions: ['reason_already_linked'] } }],
  },
  {
    id: 'not-upgraded',
    title: 'Legacy PACER account, not upgraded',
    steps: [...toLinkForm('almb', 'pf1234'), { name: 'Try to link with a legacy PACER account', act: enterCmEcf(ECF_LOGINS.good), expect: { court: 'almb', page: 'link-error', next: null, reason: 'not-upgraded' }, guide: { title: 'error_title', mentions: ['reason_not_upgraded'] } }],
  },
  {
    id: 'ampersand-login',
    title: 'A CM/ECF login with & cannot be linked',
    steps: [...upToForm, { name: 'Enter a login with &', act: enterCmEcf('pat&filer'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'unknown' }, guide: { title: 'error_title', mentions: ['reason_unknown'] } }],
  },
  {
    id: 'legacy-court',
    title: 'A court not yet on NextGen',
    setup: (p) => p.goto('https://ecf.almb.uscourts.gov/practice?scenario=legacy-court'),
    steps: [upToForm[0]!, { name: 'Click the entry: the old CM/ECF login appears', act: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'legacy-login', next: null }, guide: { title: 'legacy_title', step: null } }],
    finalStatus: 'not-nextgen',
  },
  {
    id: 'training-site',
    title: 'The training site, with a real account',
    steps: [
      { name: 'Open the training site', act: (p) => p.goto(site('almb', true)), expect: { court: 'almb', page: 'court-home', next: 'entry', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Click the entry: the training login', act: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Log in with a real account: refused', act: loginAs('pfiler2024'), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true, reason: 'bad-credentials' }, guide: { title: 'training_title', step: null } },
    ],
  },
];

export interface StepResult {
  readonly step: WalkStep;
  readonly report: TabReport | null;
  readonly guide: CoachMarkState | null;
  readonly problems: string[];
  readonly screenshot: string | null;
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

function guideProblems(guide: CoachMarkState | null, expected: ExpectedGuide | undefined): string[] {
  if (!expected || !guide) return [];
  if (expected.title === null) return guide.visible ? [`guide: expected none, showing "${guide.title}"`] : [];
  const problems: string[] = [];
  if (!guide.visible) return [`guide: expected "${TEXTS[expected.title]}", nothing shown`];
  if (guide.title !== TEXTS[expected.title]) problems.push(`guide title: expected "${TEXTS[expected.title]}", got "${guide.title}"`);
  if (expected.step !== undefined && guide.step !== expected.step) problems.push(`guide step: expected ${expected.step}, got ${guide.step}`);
  if (expected.step && guide.stepLabel !== `Step ${expected.step} of 6`) problems.push(`guide step label: got "${guide.stepLabel}"`);
  for (const id of expected.mentions ?? []) {
    if (![guide.why, ...guide.warnings].includes(TEXTS[id])) problems.push(`guide: does not say "${TEXTS[id]}"`);
  }
  if (guide.targetReachable === false) problems.push(`guide covers its target (${guide.target})`);
  if (guide.live && !guide.live.endsWith(TEXTS[expected.title])) problems.push(`live region says "${guide.live}"`);
  return problems;
}

/** Waits until the coach mark shows what is expected (it renders a frame after the report). */
async function settleGuide(page: Page, expected: ExpectedGuide | undefined, timeoutMs: number): Promise<CoachMarkState> {
  const deadline = Date.now() + timeoutMs;
  let guide = await readCoachMark(page);
  while (Date.now() < deadline && guideProblems(guide, expected).length > 0) {
    await page.waitForTimeout(40);
    guide = await readCoachMark(page);
  }
  return guide;
}

/** Waits for the extension's report to match (pages like the district root change by themselves). */
async function settle(browser: GuidedBrowser, page: Page, since: number, expected: Expected, timeoutMs: number): Promise<TabReport | null> {
  const deadline = Date.now() + timeoutMs;
  let report: TabReport | null = null;
  while (Date.now() < deadline) {
    report = await reportFor(browser, page);
    if (report && report.at >= since && problemsWith(report, expected).length === 0) return report;
    await page.waitForTimeout(40);
  }
  return report && report.at >= since ? report : null;
}

export async function runWalk(
  browser: GuidedBrowser,
  page: Page,
  walk: Walk,
  options: { screenshotDir?: string; onStep?: (result: StepResult, index: number) => void; afterStep?: (index: number) => Promise<void>; timeoutMs?: number } = {},
): Promise<StepResult[]> {
  if (walk.setup) await walk.setup(page);
  const results: StepResult[] = [];
  if (options.screenshotDir) mkdirSync(options.screenshotDir, { recursive: true });
  for (const [index, step] of walk.steps.entries()) {
    const since = Date.now();
    await step.act(page);
    const report = await settle(browser, page, since, step.expect, options.timeoutMs ?? 8_000);
    const guide = await settleGuide(page, step.guide, 3_000);
    let screenshot: string | null = null;
    if (options.screenshotDir) {
      screenshot = join(options.screenshotDir, `${walk.id}-${String(index + 1).padStart(2, '0')}-${step.expect.page}.png`);
      await page.screenshot({ path: screenshot });
    }
    const result = { step, report, guide, problems: [...problemsWith(report, step.expect), ...guideProblems(guide, step.guide)], screenshot };
    results.push(result);
    options.onStep?.(result, index);
    await options.afterStep?.(index);
  }
  return results;
}
