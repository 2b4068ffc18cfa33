// What the coach mark says on a page: a pure function of the recognition and the court's
// progress. The overlay only draws it. The guide is never silent on a page of the flow and
// never shows a lower step than the user has reached: when it cannot place a page, it says so.
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, FlowEvidence, NextControl, Recognition } from '../recognition/types';
import { answeringStep, controlTexts, STEP_COUNT, stepById, stepForControl, stepForPage, STEPS, type Step } from './steps';
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

/** What every view is unless it says otherwise: no arguments, warnings, target or buttons. */
const VIEW_DEFAULTS = { stepCount: STEP_COUNT, whyArgs: [], warnings: [], target: null, candidates: [], protect: 'form', accounts: null, offerReload: false, checkTypedLogin: false } as const;

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
export const EXTENSION_UPDATED_VIEW: GuideView = { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'updated_title', why: 'updated_why', offerReload: true };

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
    ? { ...VIEW_DEFAULTS, tone: 'success', step: null, title: 'verified_title', why: 'verified_why', protect: 'message' }
    : { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'nothing_here_title', why: 'nothing_here_why' };
}

function flowView(recognition: Recognition, context: GuideContext): GuideView | null {
  const { page, next, court } = recognition;
  if (page === 'unrelated') return null;
  if (recognition.training) {
    const live = court ? `https://ecf.${court.id}.uscourts.gov/` : 'https://ecf.<court>.uscourts.gov/';
    return { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'training_title', why: 'training_why', whyArgs: [live] };
  }
  if (court?.type === 'appellate') return page === 'court-home' ? { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'appellate_title', why: 'appellate_why' } : null;
  if (page === 'legacy-login') return { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'legacy_title', why: 'legacy_why' };
  const status = context.progress?.status;
  const filer = recognition.filer === true;
  if (filer && (page === 'link-success' || status === 'linked')) {
    return { ...VIEW_DEFAULTS, tone: 'success', step: STEP_COUNT, title: 'verified_title', why: 'verified_why', protect: 'message' };
  }
  // A filer at work, or a court linked and verified: nothing to say.
  if (filer || status === 'verified') return null;
  if (recognition.unsure) return unsureView(recognition, context);
  if (recognition.reason) return errorView(recognition, context);
  if (page === 'link-error') return { ...VIEW_DEFAULTS, tone: 'error', step: atLeastReached(stepById('enter-credentials'), context), title: 'error_title', why: 'reason_unknown', protect: 'message' };
  // Linked, reloaded, and still no filing menus.
  if ((page === 'link-success' && context.reloaded) || (page === 'ecf-menu' && status === 'linked' && context.reloaded)) {
    return { ...VIEW_DEFAULTS, tone: 'error', step: STEP_COUNT, title: 'menus_missing_title', why: 'menus_missing_why', offerReload: true, protect: 'message' };
  }
  // Linked, not reloaded yet, on another page of the court: the menus come with a reload, not from Utilities again.
  if (status === 'linked' && page !== 'link-success' && recognition.filer === false) {
    return { ...VIEW_DEFAULTS, tone: 'success', step: STEP_COUNT, title: 'linked_reload_do', why: 'refresh_why', offerReload: true };
  }
  if (!next) return null;
  return stepView(recognition, next, context);
}

/** A step's number, or the step reached if that is further. */
function atLeastReached(step: Step, context: GuideContext): number {
  return Math.max(step.number, reachedStep(context.progress));
}

function stepView(recognition: Recognition, next: NextControl, context: GuideContext): GuideView {
  const { page } = recognition;
  const texts = controlTexts(next.control);
  const menuItem = texts.whenOpen && context.menuOpen && recognition.menuLinkItem;
  const { do: title, why } = menuItem ? texts.whenOpen! : texts;
  const target: NextControl = menuItem ? { control: 'link-item', element: recognition.menuLinkItem, text: next.text, href: null } : next;
  const pageStep = stepForPage(page)?.number ?? stepForControl(next.control)?.number ?? null;
  const reached = reachedStep(context.progress);
  // Back on an earlier page (a new login, the menu page): the step shown stays the one reached,
  // and the why line says why this control leads back there.
  const behind = pageStep !== null && reached > pageStep && next.control !== 'refresh';
  const warnings = [...(texts.warnings ?? []), ...(texts.skip ? [recognition.skipOffered ? texts.skip.offered : texts.skip.required] : [])];
  return {
    ...VIEW_DEFAULTS,
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
  const pageStep = stepForPage(page);
  return {
    ...VIEW_DEFAULTS,
    tone: 'error',
    step: pageStep ? atLeastReached(pageStep, context) : null,
    title,
    why,
    warnings: passcode ? ['warn_passcode_private'] : [],
    target,
    protect: target ? 'form' : 'message',
    checkTypedLogin: page === 'link-form',
  };
}

function unsureView(recognition: Recognition, context: GuideContext): GuideView {
  const candidates = recognition.candidates;
  const target: NextControl | null = candidates[0] ? { control: recognition.unsure === 'half-form' ? 'link-fields' : 'link-item', element: candidates[0], text: '', href: null } : null;
  const unsure = { ...VIEW_DEFAULTS, tone: 'unsure' as const, target, candidates: candidates.slice(1), warnings: candidates.length && recognition.unsure !== 'half-form' ? ['candidates_note' as TextId] : [] };
  switch (recognition.unsure) {
    case 'after-step': {
      const from = context.cameFrom ?? 'link-item';
      const probable = atLeastReached(answeringStep(from), context);
      const fromStep = stepForControl(from)?.number ?? probable - 1;
      // Every answering step is step 3 or later, and each of those says what its page shows.
      const lookFor = STEPS[probable - 1]!.lookFor!;
      return { ...unsure, step: probable, title: 'unsure_title', why: 'unsure_after_step_why', whyArgs: [String(fromStep), String(probable), { text: lookFor }] };
    }
    case 'utilities-without-item':
      return { ...unsure, step: atLeastReached(stepById('open-utilities'), context), title: 'no_item_title', why: 'no_item_why', warnings: ['no_item_todo', ...unsure.warnings] };
    case 'half-form':
      return { ...unsure, step: atLeastReached(stepById('enter-credentials'), context), title: 'half_form_title', why: 'half_form_why', warnings: ['warn_old_credentials'] };
    default:
      return { ...unsure, step: atLeastReached(stepById('log-in'), context), title: 'login_unknown_title', why: 'login_unknown_why', target: null, candidates: [], warnings: [] };
  }
}

/** Characters a CM/ECF login cannot contain if it is to be linked (one court's published rule). */
export function unlinkableCharacters(login: string): string[] {
  return [...new Set(login.match(/[&@$*]/g) ?? [])];
}
