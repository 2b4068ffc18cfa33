// The linking flow as data, each step defined once: its label, the pages on which it is the
// one in progress, and the controls it points at with what the guide says about each. The rest
// (ids, numbers, the step of a page or a control) is derived here, so nothing else repeats it.
import type { ControlKind, FlowEvidence, PageKind } from '../recognition/types';
import type { TextId } from './texts';

/** What the guide says when it points at a control. */
export interface ControlTexts {
  /** The instruction (the callout's title) and why it matters. */
  readonly do: TextId;
  readonly why: TextId;
  readonly warnings?: readonly TextId[];
  /** For the Utilities label once its drop-down is open: the texts for the item inside it. */
  readonly whenOpen?: { readonly do: TextId; readonly why: TextId };
  /** For the MFA enrollment prompt: the warning when it offers Skip, and when it does not. */
  readonly skip?: { readonly offered: TextId; readonly required: TextId };
  /** For a control whose answer is evidence (see FlowEvidence): the step of the page it leads to. */
  readonly answeredBy?: string;
}

interface StepDefinition {
  /** The step's name in the popup's checklist and the help-desk report. */
  readonly label: TextId;
  /** What the step's page shows, for a page the guide cannot place that should be it. */
  readonly lookFor?: TextId;
  /** The pages on which this step is the one in progress. */
  readonly pages: readonly PageKind[];
  /** The controls it points at, first the one that names the step's instruction. */
  readonly controls: { readonly [control in ControlKind]?: ControlTexts };
}

/** The steps in order; each key is the step's id, its place its number. */
const STEP_TABLE = {
  'open-filing': {
    label: 'step_label_1',
    pages: ['court-home'],
    controls: { entry: { do: 'entry_do', why: 'entry_why' } },
  },
  'log-in': {
    label: 'step_label_2',
    pages: ['pacer-login', 'pacer-mfa', 'pacer-mfa-enroll', 'pacer-notice'],
    controls: {
      username: { do: 'username_do', why: 'username_why', warnings: ['warn_individual', 'warn_cookies', 'warn_client_code', 'warn_mfa_next'] },
      passcode: { do: 'passcode_do', why: 'passcode_why', warnings: ['warn_passcode_private', 'warn_lost_mfa'] },
      'mfa-choice': { do: 'enroll_do', why: 'enroll_why', skip: { offered: 'enroll_skip_offered', required: 'enroll_required' } },
      acknowledge: { do: 'notice_do', why: 'notice_why' },
      redaction: { do: 'redaction_do', why: 'redaction_why', warnings: ['warn_redaction'] },
      continue: { do: 'continue_do', why: 'continue_why' },
    },
  },
  'open-utilities': {
    label: 'step_label_3',
    lookFor: 'look_for_3',
    pages: ['ecf-menu', 'utilities', 'nextgen-menu'],
    controls: {
      utilities: { do: 'utilities_do', why: 'utilities_why', whenOpen: { do: 'menu_item_do', why: 'menu_item_why' } },
      'link-item': { do: 'link_item_do', why: 'link_item_why', answeredBy: 'enter-credentials' },
      'nextgen-menu': { do: 'nextgen_do', why: 'nextgen_why', answeredBy: 'open-utilities' },
    },
  },
  'enter-credentials': {
    label: 'step_label_4',
    lookFor: 'look_for_4',
    pages: ['link-form'],
    controls: { 'link-fields': { do: 'fields_do', why: 'fields_why', warnings: ['warn_old_credentials', 'warn_bad_characters', 'warn_forgot'], answeredBy: 'verify' } },
  },
  verify: {
    label: 'step_label_5',
    lookFor: 'look_for_5',
    pages: ['link-verify'],
    controls: { confirm: { do: 'confirm_do', why: 'confirm_why', warnings: ['warn_check_accounts'], answeredBy: 'refresh' } },
  },
  refresh: {
    label: 'step_label_6',
    lookFor: 'look_for_6',
    pages: ['link-success'],
    controls: { refresh: { do: 'refresh_do', why: 'refresh_why' } },
  },
} as const satisfies Readonly<Record<string, StepDefinition>>;

export type StepId = keyof typeof STEP_TABLE;

/** A step as the table defines it, with its id and its 1-based number ("Step 3 of 6"). */
export type Step = StepDefinition & { readonly id: StepId; readonly number: number };

export const STEP_IDS: readonly StepId[] = Object.keys(STEP_TABLE) as StepId[];
export const STEP_COUNT = STEP_IDS.length;
export const STEPS: readonly Step[] = STEP_IDS.map((id, index) => ({ ...STEP_TABLE[id], id, number: index + 1 }));

/** The step a page belongs to, or `null` for pages outside the flow. */
export function stepForPage(page: PageKind): Step | null {
  return STEPS.find((step) => step.pages.includes(page)) ?? null;
}

export function stepById(id: StepId): Step {
  return STEPS.find((step) => step.id === id)!;
}

/** The step a control belongs to. */
export function stepForControl(control: ControlKind): Step | null {
  return STEPS.find((step) => control in step.controls) ?? null;
}

/** What the guide says when it points at a control (every control belongs to a step). */
export function controlTexts(control: ControlKind): ControlTexts {
  return stepForControl(control)!.controls[control]!;
}

/** The step of the page that answers a control the guide pointed at. */
export function answeringStep(control: FlowEvidence): Step {
  return stepById(controlTexts(control).answeredBy as StepId);
}

/** A step's instruction, as the popup and the help-desk summary name it: its first control's. */
export function stepInstruction(step: Step): TextId {
  return Object.values(step.controls)[0]!.do;
}

