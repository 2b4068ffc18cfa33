// Walks through the practice court as a person would: each step is what the person does
// (click, type, press F5) and what the guide and the extension must then show. A walk is
// plain data, written once and driven in Chromium (Playwright) and in Firefox (WebDriver
// BiDi) through the Driver interface (driver.ts). The tests assert these; `npm start`
// without a display prints them. The person acts; the extension only points.
//
// A new walk: add it to HAPPY_WALKS or FAILURE_WALKS (or a new exported list, spread into
// ALL_WALKS; a test fails on an exported list that ALL_WALKS misses). Every walk in ALL_WALKS
// runs in both browsers. Each step:
//   { name: 'what the person does',
//     do: [{ fill: 'Username', value: 'pfiler2024' }, { clickButton: 'Login' }],   // Action[]
//     expect: { court: 'almb', page: 'pacer-login', next: 'redaction' },          // the recognition
//     guide: { title: 'redaction_do', step: 2, mentions: ['warn_redaction'] } }    // the coach mark
// A value to type can also be read off another page at that moment (driver.ts, Value): the
// practice authenticator's passcode is { readFrom: '…/practice', selector: '#practice-passcode' }.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from './accounts';
import { TEXTS } from '../../src/core/flow/catalog';
import type { TextId } from '../../src/core/flow/texts';
import type { ControlKind } from '../../src/core/recognition/types';
import { STEP_COUNT } from '../../src/core/flow/steps';
import type { AxeViolation } from './axe';
import type { GuidedBrowser, TabReport } from './browser';
import type { CoachMarkState } from './coach-mark';
import { perform, type Action, type Driver, type Name } from './driver';
import { PlaywrightDriver } from './playwright-driver';

/**
 * What the extension must recognise. Chromium checks every field against the extension's own
 * report; Firefox (no way to read it) checks `page` against the guide's `data-guide-page` and
 * `next` against the highlighted control's `data-guide-target`, and the rest through the words.
 */
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
  /**
   * The kind of control the guide highlights (`data-guide-target`), or null for none. Left out:
   * `expect.next` for an instruction (a `*_do` title, or the login error, which points back at
   * the fields), none for a message.
   */
  readonly target?: ControlKind | null;
}

/** A step as written: plain data. */
export interface StepData {
  readonly name: string;
  /** What the person does, in order. */
  readonly do: readonly Action[];
  readonly expect: Expected;
  readonly guide?: ExpectedGuide;
  /** The page describes the steps in prose (news, help): it must record no progress (checked where storage can be read). */
  readonly prose?: boolean;
}

/** A step ready to run: its data, and `act`, which does it on a Playwright page or any driver. */
export interface WalkStep extends StepData {
  readonly act: (on: Page | Driver) => Promise<void>;
}

export interface WalkData {
  readonly id: string;
  readonly title: string;
  readonly steps: readonly StepData[];
  /** Done before the walk, e.g. choosing a practice scenario. */
  readonly setup?: readonly Action[];
  /** The progress the court must end with, if any (Chromium reads it from storage). */
  readonly finalStatus?: string;
}

export interface Walk extends WalkData {
  readonly steps: readonly WalkStep[];
}

const isDriver = (on: Page | Driver): on is Driver => 'readGuide' in on;

/** The driver for a Playwright page, or the driver itself. */
export const driverFor = (on: Page | Driver, browser?: GuidedBrowser): Driver => (isDriver(on) ? on : PlaywrightDriver.for(on, browser));

/** A step ready to run. Its `act` always does its `do` (also for a copy whose `do` was changed). */
export function step(data: StepData | WalkStep): WalkStep {
  return {
    ...data,
    act: async (on) => {
      const driver = driverFor(on);
      for (const action of data.do) await perform(driver, action);
    },
  };
}

export const walk = (data: WalkData): Walk => ({ ...data, steps: data.steps.map(step) });

/** Walks written as data, ready to run. */
export const walks = (list: readonly WalkData[]): Walk[] => list.map(walk);

const site = (court: string, training = false) => `https://${training ? 'ecf-train' : 'ecf'}.${court}.uscourts.gov/`;

const loginAs = (username: string, password = PRACTICE_PASSWORD): Action[] => [{ fill: 'Username', value: username }, { fill: 'Password', value: password }, { clickButton: 'Login' }];

const acceptRedaction: Action[] = [{ check: /I understand/ }, { clickButton: 'Continue' }];

const clickLink = (name: Name): Action[] => [{ clickLink: name }];

/** The menu bar's Utilities label (its words are split by <u>, as on real pages). */
const openUtilities: Action[] = [{ click: '#topmenu a[href*="DisplayMenu.pl?Utilities"]' }];

const enterCmEcf = (login: string, password = PRACTICE_ECF_PASSWORD): Action[] => [{ fill: 'CM/ECF login', value: login }, { fill: 'CM/ECF password', value: password }, { clickButton: 'Submit' }];

const submit: Action[] = [{ clickButton: 'Submit' }];

const pressF5: Action[] = [{ reload: true }];

/** Steps from the court's front door to the linking form, for a given PACER account. */
export function toLinkForm(court: 'almb' | 'almd' | 'alsb', pacerUser = 'pfiler2024'): WalkStep[] {
  const district = court === 'almd';
  const steps: StepData[] = [
    { name: 'Open the court\'s CM/ECF site', do: [{ goto: site(court) }], expect: { court, page: 'court-home', next: 'entry' }, guide: { title: 'entry_do', step: 1 } },
    { name: 'Click the filing system entry', do: clickLink(district ? 'CM/ECF Document Filing System' : /^\s*Login\s*$/), expect: { court, page: 'pacer-login', next: 'username' }, guide: { title: 'username_do', step: 2, mentions: ['warn_individual', 'warn_cookies', 'warn_client_code'] } },
    { name: 'Log in with the individual PACER account', do: loginAs(pacerUser), expect: { court, page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2, mentions: ['warn_redaction'] } },
    { name: 'Accept the redaction notice', do: acceptRedaction, expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 } },
    { name: 'Open Utilities', do: openUtilities, expect: { court, page: 'utilities', next: district ? 'nextgen-menu' : 'link-item' }, guide: { title: district ? 'nextgen_do' : 'link_item_do', step: 3 } },
    ...(district
      ? [{ name: 'Open NextGen Release 1.1 Menu Items', do: clickLink('NextGen Release 1.1 Menu Items'), expect: { court, page: 'nextgen-menu', next: 'link-item' }, guide: { title: 'link_item_do' as const, step: 3 } }]
      : []),
    { name: 'Open "Link a CM/ECF account to my PACER account"', do: clickLink(/link a cm\/ecf account to my pacer account/i), expect: { court, page: 'link-form', next: 'link-fields' }, guide: { title: 'fields_do', step: 4, mentions: ['warn_bad_characters', 'warn_forgot'] } },
  ];
  return steps.map(step);
}

export function linkToTheEnd(court: 'almb' | 'almd' | 'alsb'): StepData[] {
  return [
    { name: 'Enter the old CM/ECF login and password', do: enterCmEcf(ECF_LOGINS.good), expect: { court, page: 'link-verify', next: 'confirm' }, guide: { title: 'confirm_do', step: 5, mentions: ['warn_check_accounts'] } },
    { name: 'Check both accounts and submit', do: submit, expect: { court, page: 'link-success', next: 'refresh', filer: false }, guide: { title: 'refresh_do', step: 6 } },
    { name: 'Press F5: the filing menus appear', do: pressF5, expect: { court, page: 'link-success', next: null, filer: true }, guide: { title: 'verified_title', step: 6 } },
  ];
}

export const HAPPY_WALKS: readonly Walk[] = walks([
  { id: 'almb', title: 'Bankruptcy court (almb): the link item is on Utilities', steps: [...toLinkForm('almb'), ...linkToTheEnd('almb')], finalStatus: 'verified' },
  { id: 'almd', title: 'District court (almd): the link item is behind NextGen Release 1.1 Menu Items', steps: [...toLinkForm('almd'), ...linkToTheEnd('almd')], finalStatus: 'verified' },
]);

const upToForm = toLinkForm('almb');

export const FAILURE_WALKS: readonly Walk[] = walks([
  {
    id: 'wrong-pacer-password',
    title: 'Wrong PACER password',
    steps: [...upToForm.slice(0, 2), { name: 'Log in with a wrong password', do: loginAs('pfiler2024', 'not-the-password'), expect: { court: 'almb', page: 'pacer-login', next: 'username', reason: 'bad-credentials' }, guide: { title: 'login_error_title', step: 2, mentions: ['reason_bad_credentials_login'] } }],
  },
  {
    id: 'wrong-cmecf-password',
    title: 'Wrong CM/ECF password',
    steps: [...upToForm, { name: 'Enter a wrong CM/ECF password', do: enterCmEcf(ECF_LOGINS.good, 'wrong'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'bad-credentials' }, guide: { title: 'error_title', mentions: ['reason_bad_credentials'] } }],
  },
  {
    id: 'already-linked',
    title: 'CM/ECF account already linked to another PACER account',
    steps: [...upToForm, { name: 'Enter a CM/ECF login that is already linked', do: enterCmEcf(ECF_LOGINS.alreadyLinked), expect: { court: 'almb', page: 'link-error', next: null, reason: 'already-linked' }, guide: { title: 'error_title', mentions: ['reason_already_linked'] } }],
  },
  {
    id: 'not-upgraded',
    title: 'Legacy PACER account, not upgraded',
    steps: [...toLinkForm('almb', 'pf1234'), { name: 'Try to link with a legacy PACER account', do: enterCmEcf(ECF_LOGINS.good), expect: { court: 'almb', page: 'link-error', next: null, reason: 'not-upgraded' }, guide: { title: 'error_title', mentions: ['reason_not_upgraded'] } }],
  },
  {
    id: 'ampersand-login',
    title: 'A CM/ECF login with & cannot be linked',
    steps: [...upToForm, { name: 'Enter a login with &', do: enterCmEcf('pat&filer'), expect: { court: 'almb', page: 'link-error', next: null, reason: 'bad-character' }, guide: { title: 'error_title', mentions: ['reason_bad_character'] } }],
  },
  {
    id: 'legacy-court',
    title: 'A court not yet on NextGen',
    setup: [{ goto: 'https://ecf.almb.uscourts.gov/practice?scenario=legacy-court' }],
    steps: [upToForm[0]!, { name: 'Click the entry: the old CM/ECF login appears', do: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'legacy-login', next: null }, guide: { title: 'legacy_title', step: null } }],
    finalStatus: 'not-nextgen',
  },
  {
    id: 'utilities-without-item',
    title: 'A court not live for linking yet: Utilities has no linking item',
    setup: [{ goto: 'https://ecf.almb.uscourts.gov/practice?scenario=no-link-item' }],
    steps: [...upToForm.slice(0, 4), { name: 'Open Utilities: no linking item, and the guide says what that can mean', do: openUtilities, expect: { court: 'almb', page: 'utilities', next: null }, guide: { title: 'no_item_title', step: 3, mentions: ['no_item_why', 'no_item_todo'], target: null } }],
  },
  {
    id: 'training-site',
    title: 'The training site, with a real account',
    steps: [
      { name: 'Open the training site', do: [{ goto: site('almb', true) }], expect: { court: 'almb', page: 'court-home', next: 'entry', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Click the entry: the training login', do: clickLink(/^\s*Login\s*$/), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true }, guide: { title: 'training_title', step: null } },
      { name: 'Log in with a real account: refused', do: loginAs('pfiler2024'), expect: { court: 'almb', page: 'pacer-login', next: 'username', training: true, reason: 'bad-credentials' }, guide: { title: 'training_title', step: null } },
    ],
  },
]);

// ---- the central login since multifactor authentication (2025) ----------------------------

/** The practice authenticator's current code, read off the practice settings page as off a phone. */
const passcode = { readFrom: 'https://ecf.almb.uscourts.gov/practice', selector: '#practice-passcode' } as const;

/** A step that ends on the passcode page. */
const mfaStep = (court: 'almb' | 'almd', name: string, doing: readonly Action[]): StepData => ({
  name,
  do: doing,
  expect: { court, page: 'pacer-mfa', next: 'passcode' },
  guide: { title: 'passcode_do', step: 2, mentions: ['passcode_why', 'warn_passcode_private', 'warn_lost_mfa'] },
});

const typePasscode = (field: string, button: string): Action[] => [{ fill: field, value: passcode }, { clickButton: button }];

/** Ticks the redaction box (the guide moves to Continue), then Continue: back at the court. */
function redactionSteps(court: 'almb' | 'almd'): StepData[] {
  return [
    { name: 'Tick the redaction box: the guide moves to Continue', do: [{ check: /I understand/ }], expect: { court, page: 'pacer-login', next: 'continue' }, guide: { title: 'continue_do', step: 2 } },
    { name: 'Click Continue', do: [{ clickButton: 'Continue' }], expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 } },
  ];
}

const toLogin = (court: 'almb' | 'almd') => toLinkForm(court).slice(0, 2);

export const MFA_WALKS: readonly Walk[] = walks([
  {
    id: 'mfa-passcode',
    title: 'MFA set up: the one-time passcode, a refused code, then the right one',
    steps: [
      ...toLogin('almb'),
      mfaStep('almb', 'Log in: PACER asks for the passcode', loginAs('mfafiler24')),
      {
        name: 'Type a code that is not the current one: refused',
        do: [{ fill: 'One-Time Passcode', value: '12345' }, { clickButton: 'Submit' }],
        expect: { court: 'almb', page: 'pacer-mfa', next: 'passcode', reason: 'bad-passcode' },
        guide: { title: 'passcode_error_title', step: 2, mentions: ['reason_bad_passcode', 'warn_passcode_private'], target: 'passcode' },
      },
      { name: 'Type the current code from the authenticator', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
  {
    id: 'mfa-enroll-skip',
    title: 'Asked to set up MFA, with Skip left: the user skips',
    steps: [
      ...toLogin('almb'),
      { name: 'Log in: PACER asks to set up MFA, Skip offered', do: loginAs('mfaskip24'), expect: { court: 'almb', page: 'pacer-mfa-enroll', next: 'mfa-choice' }, guide: { title: 'enroll_do', step: 2, mentions: ['enroll_why', 'enroll_skip_offered'] } },
      { name: 'Choose Skip', do: [{ clickButton: 'Skip' }], expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
  {
    id: 'mfa-enroll-required',
    title: 'MFA required now (no Skip): the user enrolls, then types the passcode',
    steps: [
      ...toLogin('almd'),
      { name: 'Log in: PACER requires MFA, no Skip', do: loginAs('mfanow2024'), expect: { court: 'almd', page: 'pacer-mfa-enroll', next: 'mfa-choice' }, guide: { title: 'enroll_do', step: 2, mentions: ['enroll_required'] } },
      mfaStep('almd', 'Choose Enroll Now: set up, PACER asks for the passcode', [{ clickButton: 'Enroll Now' }]),
      { name: 'Type the current code', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almd', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almd'),
    ],
  },
  {
    id: 'pacer-notice',
    title: 'A notice to acknowledge after the passcode',
    steps: [
      ...toLogin('almb'),
      mfaStep('almb', 'Log in: the passcode', loginAs('notice2024')),
      { name: 'Type the current code: PACER shows a notice', do: typePasscode('One-Time Passcode', 'Submit'), expect: { court: 'almb', page: 'pacer-notice', next: 'acknowledge' }, guide: { title: 'notice_do', step: 2, mentions: ['notice_why'] } },
      { name: 'Click OK', do: [{ clickButton: 'OK' }], expect: { court: 'almb', page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps('almb'),
    ],
  },
]);

// ---- other words: every step worded and built as another court might ----------------------

/**
 * The practice court's "other words" mode: the same flow, every page worded and built
 * otherwise (tools/practice-court/other-words.ts, and the MFA pages' other form). The guide must
 * show the same steps; a court news page that describes the steps in prose records nothing.
 */
function otherWordsWalk(court: 'almb' | 'almd'): WalkData {
  const district = court === 'almd';
  const home = `https://ecf.${court}.uscourts.gov`;
  return {
    id: `other-words-${court}`,
    title: `Other words (${court}): every step worded and built otherwise`,
    setup: [{ goto: `${home}/practice?scenario=other-words` }],
    finalStatus: 'verified',
    steps: [
      ...toLogin(court),
      mfaStep(court, 'Log in: "Verify it\'s you"', loginAs('mfafiler24')),
      { name: 'Type the current code, click Verify', do: typePasscode('Verification code', 'Verify'), expect: { court, page: 'pacer-login', next: 'redaction' }, guide: { title: 'redaction_do', step: 2 } },
      ...redactionSteps(court),
      { name: 'Read the court\'s news page about linking (prose, not a step)', do: [{ goto: `${home}/cgi-bin/ShowNews.pl` }], expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 }, prose: true },
      { name: 'Open Utilities ("Utilities Menu", items in lists)', do: openUtilities, expect: { court, page: 'utilities', next: district ? 'nextgen-menu' : 'link-item' }, guide: { title: district ? 'nextgen_do' : 'link_item_do', step: 3 } },
      ...(district
        ? [{ name: 'Open "NextGen 1.1 Menu Items"', do: clickLink('NextGen 1.1 Menu Items'), expect: { court, page: 'nextgen-menu', next: 'link-item' }, guide: { title: 'link_item_do' as const, step: 3 } }]
        : []),
      {
        name: 'Open the item, worded otherwise',
        do: clickLink(district ? 'Link CM/ECF Account to PACER Account' : 'Link my CM/ECF filing account to my upgraded PACER account'),
        expect: { court, page: 'link-form', next: 'link-fields' },
        guide: { title: 'fields_do', step: 4 },
      },
      { name: 'Enter the old CM/ECF login ("Login") and password, click Continue', do: [{ fill: 'Login', value: ECF_LOGINS.good }, { fill: 'Password', value: PRACTICE_ECF_PASSWORD }, { clickButton: 'Continue' }], expect: { court, page: 'link-verify', next: 'confirm' }, guide: { title: 'confirm_do', step: 5 } },
      { name: 'Check both accounts, click "Link Accounts"', do: [{ clickButton: 'Link Accounts' }], expect: { court, page: 'link-success', next: 'refresh', filer: false }, guide: { title: 'refresh_do', step: 6 } },
      { name: 'Press F5: the filing menus appear', do: pressF5, expect: { court, page: 'link-success', next: null, filer: true }, guide: { title: 'verified_title', step: 6 } },
    ],
  };
}

export const OTHER_WORDS_WALKS: readonly Walk[] = walks([otherWordsWalk('almb'), otherWordsWalk('almd')]);

/** Every walk: the tests run each of these in Chromium and in Firefox. */
export const ALL_WALKS: readonly Walk[] = [...HAPPY_WALKS, ...FAILURE_WALKS, ...MFA_WALKS, ...OTHER_WORDS_WALKS];

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
