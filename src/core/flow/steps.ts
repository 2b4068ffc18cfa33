// The linking flow as data: six steps, which page kinds belong to each, and which control
// each step points at. Texts the user reads live in flow/texts.ts.
import type { ControlKind, PageKind } from '../recognition/types';

export const STEP_IDS = ['open-filing', 'log-in', 'open-utilities', 'enter-credentials', 'verify', 'refresh'] as const;
export type StepId = (typeof STEP_IDS)[number];
export const STEP_COUNT = STEP_IDS.length;

export interface Step {
  readonly id: StepId;
  /** 1-based, as shown: "Step 3 of 6". */
  readonly number: number;
  /** The pages on which this step is the one in progress. */
  readonly pages: readonly PageKind[];
  /** The controls this step points at. */
  readonly controls: readonly ControlKind[];
}

export const STEPS: readonly Step[] = [
  { id: 'open-filing', number: 1, pages: ['court-home'], controls: ['entry'] },
  { id: 'log-in', number: 2, pages: ['pacer-login', 'pacer-mfa', 'pacer-mfa-enroll', 'pacer-notice'], controls: ['username', 'passcode', 'mfa-choice', 'acknowledge', 'redaction', 'continue'] },
  { id: 'open-utilities', number: 3, pages: ['ecf-menu', 'utilities', 'nextgen-menu'], controls: ['utilities', 'link-item', 'nextgen-menu'] },
  { id: 'enter-credentials', number: 4, pages: ['link-form'], controls: ['link-fields'] },
  { id: 'verify', number: 5, pages: ['link-verify'], controls: ['confirm'] },
  { id: 'refresh', number: 6, pages: ['link-success'], controls: ['refresh'] },
];

/** The step a page belongs to, or `null` for pages outside the flow. */
export function stepForPage(page: PageKind): Step | null {
  return STEPS.find((step) => step.pages.includes(page)) ?? null;
}

export function stepById(id: StepId): Step {
  return STEPS.find((step) => step.id === id)!;
}

/** The step a control belongs to. */
export function stepForControl(control: ControlKind): Step | null {
  return STEPS.find((step) => step.controls.includes(control)) ?? null;
}
