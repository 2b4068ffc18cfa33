// What the coach mark says on a page: a pure function of the recognition and the court's
// progress. The overlay only draws it. The guide is never silent on a page of the flow and
// never shows a lower step than the user has reached: when it cannot place a page, it says so.
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, FlowEvidence, NextControl, Recognition } from '../recognition/types';
import { STEP_COUNT, stepById, stepForControl, stepForPage } from './steps';
import { REASON_TEXT, type TextId } from './texts';

export type GuideTone = 'step' | 'error' | 'info' | 'success' | 'unsure';

/** A value for a `$n` slot: words as they are, or another text in the user's language. */
export type TextArg = string | { readonly text: TextId };

export interface GuideView {
  readonly tone: GuideTone;
  /** 1-based step number, or null for messages outside the steps. */
  readonly step: number | null;
  readonly stepCount: number;
  readonly title: TextId;
  readonly why: TextId;
  /** `$1`, `$2`… substitutions for `why` (e.g. the live site's address). */
  readonly whyArgs: readonly TextArg[];
  readonly warnings: readonly TextId[];
  /** The control to outline, or null for a free-standing message. */
  readonly target: NextControl | null;
  /** Other controls worth a look, outlined less strongly (when the guide is unsure which is next). */
  readonly candidates: readonly Element[];
  /** What the callout must keep clear besides its target: the form's other controls, or the court's own message. */
  readonly protect: 'form' | 'message';
  readonly accounts: Recognition['accounts'];
  /** Offer a button that reloads the page (the F5 step). */
  readonly offerReload: boolean;
  /** Watch what the user types in the CM/ECF login field for characters that cannot be linked. */
  readonly checkTypedLogin: boolean;
}

const CONTROL_TEXT: Record<NextControl['control'], [TextId, TextId]> = {
  entry: ['entry_do', 'entry_why'],
  username: ['username_do', 'username_why'],
  passcode: ['passcode_do', 'passcode_why'],
  'mfa-choice': ['enroll_do', 'enroll_why'],
  acknowledge: ['notice_do', 'notice_why'],
  redaction: ['redaction_do', 'redaction_why'],
  continue: ['continue_do', 'continue_why'],
  utilities: ['utilities_do', 'utilities_why'],
  'link-item': ['link_item_do', 'link_item_why'],
  'nextgen-menu': ['nextgen_do', 'nextgen_why'],
  'link-fields': ['fields_do', 'fields_why'],
  confirm: ['confirm_do', 'confirm_why'],
  refresh: ['refresh_do', 'refresh_why'],
};

const WARNINGS: Partial<Record<NextControl['control'], TextId[]>> = {
  username: ['warn_individual', 'warn_cookies', 'warn_client_code', 'warn_mfa_next'],
  passcode: ['warn_passcode_private', 'warn_lost_mfa'],
  redaction: ['warn_redaction'],
  'link-fields': ['warn_old_credentials', 'warn_bad_characters', 'warn_forgot'],
  confirm: ['warn_check_accounts'],
};

const base = { stepCount: STEP_COUNT, whyArgs: [], warnings: [], target: null, candidates: [], protect: 'form', accounts: null, offerReload: false, checkTypedLogin: false } as const;

export interface GuideContext {
  readonly progress: CourtProgress | null;
  /** The page was loaded by a reload (F5 or the guide's button). */
  readonly reloaded: boolean;
  /** The user has opened the Utilities drop-down: point at the item inside it. */
  readonly menuOpen?: boolean;
  /** The control the guide pointed at on the page before, when this page answers it. */
  readonly cameFrom?: FlowEvidence | null;
  /** The user asked for the guide (the shortcut, the popup): it answers even where it has nothing to point at. */
  readonly asked?: boolean;
}

/** The extension was updated or reloaded under an open page: its guide cannot go on until a reload. */
export const EXTENSION_UPDATED_VIEW: GuideView = { ...base, tone: 'info', step: null, title: 'updated_title', why: 'updated_why', offerReload: true };

/** The furthest step the user has reached in this court (0 before any). */
function reachedStep(progress: CourtProgress | null): number {
  return progress?.current ? stepById(progress.current).number : 0;
}

/** The guide for a page, or null where it has nothing to say (unless asked: then it says so). */
export function guideFor(recognition: Recognition, context: GuideContext): GuideView | null {
  const view = flowView(recognition, context);
  if (view || !context.asked) return view;
  const done = recognition.filer === true || context.progress?.status === 'verified';
  return done
    ? { ...base, tone: 'success', step: null, title: 'verified_title', why: 'verified_why', protect: 'message' }
    : { ...base, tone: 'info', step: null, title: 'nothing_here_title', why: 'nothing_here_why' };
}

function flowView(recognition: Recognition, context: GuideContext): GuideView | null {
  const { page, next, court } = recognition;
  if (page === 'unrelated') return null;
  if (recognition.training) {
    const live = court ? `https://ecf.${court.id}.uscourts.gov/` : 'https://ecf.<court>.uscourts.gov/';
    return { ...base, tone: 'info', step: null, title: 'training_title', why: 'training_why', whyArgs: [live] };
  }
  if (court?.type === 'appellate') return page === 'court-home' ? { ...base, tone: 'info', step: null, title: 'appellate_title', why: 'appellate_why' } : null;
  if (page === 'legacy-login') return { ...base, tone: 'info', step: null, title: 'legacy_title', why: 'legacy_why' };
  const status = context.progress?.status;
  const filer = recognition.filer === true;
  if (filer && (page === 'link-success' || status === 'linked')) {
    return { ...base, tone: 'success', step: STEP_COUNT, title: 'verified_title', why: 'verified_why', protect: 'message' };
  }
  // A filer at work, or a court linked and verified: nothing to say.
  if (filer || status === 'verified') return null;
  if (recognition.unsure) return unsureView(recognition, context);
  if (recognition.reason) return errorView(recognition, context);
  if (page === 'link-error') return { ...base, tone: 'error', step: atLeastReached(4, context), title: 'error_title', why: 'reason_unknown', protect: 'message' };
  // Linked, reloaded, and still no filing menus.
  if ((page === 'link-success' && context.reloaded) || (page === 'ecf-menu' && status === 'linked' && context.reloaded)) {
    return { ...base, tone: 'error', step: STEP_COUNT, title: 'menus_missing_title', why: 'menus_missing_why', offerReload: true, protect: 'message' };
  }
  // Linked, not reloaded yet, on another page of the court: the menus come with a reload, not from Utilities again.
  if (status === 'linked' && page !== 'link-success' && recognition.filer === false) {
    return { ...base, tone: 'success', step: STEP_COUNT, title: 'linked_reload_do', why: 'refresh_why', offerReload: true };
  }
  if (!next) return null;
  return stepView(recognition, next, context);
}

function atLeastReached(step: number, context: GuideContext): number {
  return Math.max(step, reachedStep(context.progress));
}

function stepView(recognition: Recognition, next: NextControl, context: GuideContext): GuideView {
  const { page } = recognition;
  const menuItem = next.control === 'utilities' && context.menuOpen && recognition.menuLinkItem;
  const [title, why] = menuItem ? (['menu_item_do', 'menu_item_why'] as [TextId, TextId]) : CONTROL_TEXT[next.control];
  const target: NextControl = menuItem ? { control: 'link-item', element: recognition.menuLinkItem, text: next.text, href: null } : next;
  const pageStep = stepForPage(page)?.number ?? stepForControl(next.control)?.number ?? null;
  const reached = reachedStep(context.progress);
  // Back on an earlier page (a new login, the menu page): the step shown stays the one reached,
  // and the why line says why this control leads back there.
  const behind = pageStep !== null && reached > pageStep && next.control !== 'refresh';
  const warnings = [...(WARNINGS[next.control] ?? []), ...(next.control === 'mfa-choice' ? [recognition.skipOffered ? 'enroll_skip_offered' : 'enroll_required'] as TextId[] : [])];
  return {
    ...base,
    tone: next.control === 'refresh' ? 'success' : 'step',
    step: behind ? reached : pageStep,
    title,
    why: behind ? 'resume_why' : why,
    whyArgs: behind ? [String(reached)] : [],
    warnings,
    target,
    protect: next.control === 'refresh' ? 'message' : 'form',
    accounts: page === 'link-verify' ? recognition.accounts : null,
    offerReload: next.control === 'refresh',
    checkTypedLogin: next.control === 'link-fields',
  };
}

function errorView(recognition: Recognition, context: GuideContext): GuideView {
  const { page, next } = recognition;
  const reason = recognition.reason as ErrorReason;
  const login = page === 'pacer-login';
  const passcode = page === 'pacer-mfa';
  const why: TextId = login && reason === 'bad-credentials' ? 'reason_bad_credentials_login' : REASON_TEXT[reason];
  const title: TextId = passcode ? 'passcode_error_title' : login ? 'login_error_title' : 'error_title';
  // A form shown again with its error still points at the fields.
  const target = page === 'link-form' || login || passcode ? next : null;
  const pageStep = stepForPage(page)?.number ?? null;
  return {
    ...base,
    tone: 'error',
    step: pageStep === null ? null : atLeastReached(pageStep, context),
    title,
    why,
    warnings: passcode ? ['warn_passcode_private'] : [],
    target,
    protect: target ? 'form' : 'message',
    checkTypedLogin: page === 'link-form',
  };
}

/** Where a step the guide pointed at leads: what the page answering it should be. */
const ANSWER_OF: Record<FlowEvidence, number> = { 'nextgen-menu': 3, 'link-item': 4, 'link-fields': 5, confirm: 6 };

function unsureView(recognition: Recognition, context: GuideContext): GuideView {
  const candidates = recognition.candidates;
  const target: NextControl | null = candidates[0] ? { control: recognition.unsure === 'half-form' ? 'link-fields' : 'link-item', element: candidates[0], text: '', href: null } : null;
  const unsure = { ...base, tone: 'unsure' as const, target, candidates: candidates.slice(1), warnings: candidates.length && recognition.unsure !== 'half-form' ? ['candidates_note' as TextId] : [] };
  switch (recognition.unsure) {
    case 'after-step': {
      const from = context.cameFrom ?? 'link-item';
      const probable = atLeastReached(ANSWER_OF[from], context);
      const fromStep = stepForControl(from)?.number ?? probable - 1;
      const lookFor = `look_for_${Math.min(Math.max(probable, 3), 6)}` as TextId;
      return { ...unsure, step: probable, title: 'unsure_title', why: 'unsure_after_step_why', whyArgs: [String(fromStep), String(probable), { text: lookFor }] };
    }
    case 'utilities-without-item':
      return { ...unsure, step: atLeastReached(3, context), title: 'no_item_title', why: 'no_item_why', warnings: ['no_item_todo', ...unsure.warnings] };
    case 'half-form':
      return { ...unsure, step: atLeastReached(4, context), title: 'half_form_title', why: 'half_form_why', warnings: ['warn_old_credentials'] };
    default:
      return { ...unsure, step: atLeastReached(2, context), title: 'login_unknown_title', why: 'login_unknown_why', target: null, candidates: [], warnings: [] };
  }
}

/** Characters a CM/ECF login cannot contain if it is to be linked (one court's published rule). */
export function unlinkableCharacters(login: string): string[] {
  return [...new Set(login.match(/[&@$*]/g) ?? [])];
}
