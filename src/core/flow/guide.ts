// What the coach mark says on a page: a pure function of what the page is (GuideFacts, the
// enumerated facts of its recognition) and the court's progress. It runs in the background,
// which knows the progress and the user's language; the page only draws the answer and finds
// the elements it names (targetOf). The guide is never silent on a page of the flow and never
// shows a lower step than the user has reached: when it cannot place a page, it says so.
import type { CourtType } from '../courts/courts';
import type { CourtProgress } from '../progress/progress';
import type { ControlKind, ErrorReason, FlowEvidence, PageKind, Recognition, UnsureKind } from '../recognition/types';
import { answeringStep, controlTexts, STEP_COUNT, stepById, stepForControl, stepForPage, STEPS, type Step } from './steps';
import { REASON_TEXT, type TextId } from './texts';

export type GuideTone = 'step' | 'error' | 'info' | 'success' | 'unsure';

/** A value for a `$n` slot: words as they are, or another text in the user's language. */
export type TextArg = string | { readonly text: TextId };

/**
 * What the guide needs to know of a page: its recognition without its elements and words,
 * so that it can travel to the background (enumerated facts and counts only, never page text).
 */
export interface GuideFacts {
  readonly page: PageKind;
  readonly court: string | null;
  readonly courtType: CourtType | null;
  readonly training: boolean;
  readonly filer: boolean | null;
  readonly reason: ErrorReason | null;
  readonly next: ControlKind | null;
  /** The linking item was found inside the Utilities drop-down (the menu script built one). */
  readonly menuItem: boolean;
  readonly unsure: UnsureKind | null;
  /** How many candidate links an unsure page offers (see Recognition.candidates). */
  readonly candidates: number;
  readonly skipOffered: boolean | null;
  /** The verification shows the two accounts (their names stay on the page). */
  readonly accounts: boolean;
}

/** The facts of a recognition, for the guide. */
export function guideFactsOf(recognition: Recognition): GuideFacts {
  const { page, court, courtType, training, filer, reason, next, menuLinkItem, unsure, candidates, skipOffered, accounts } = recognition;
  return { page, court: court?.id ?? null, courtType, training, filer, reason, next: next?.control ?? null, menuItem: menuLinkItem !== null, unsure, candidates: candidates.length, skipOffered, accounts: accounts !== null };
}

/**
 * Which element the coach mark outlines, named rather than held (the view is made where the
 * page's elements are not): the page's next control, the linking item inside the open
 * Utilities drop-down, or the first candidate link of an unsure page.
 */
export interface TargetRef {
  readonly control: ControlKind;
  readonly source: 'next' | 'menu-item' | 'candidate';
}

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
  readonly target: TargetRef | null;
  /** Outline the page's other candidate links, less strongly (when the guide is unsure which is next). */
  readonly candidates: boolean;
  /** What the callout must keep clear besides its target: the form's other controls, or the court's own message. */
  readonly protect: 'form' | 'message';
  /** Repeat the two accounts the verification shows. */
  readonly accounts: boolean;
  /** Offer a button that reloads the page (the F5 step). */
  readonly offerReload: boolean;
  /** Watch what the user types in the CM/ECF login field for characters that cannot be linked. */
  readonly checkTypedLogin: boolean;
}

/** What every view is unless it says otherwise: no arguments, warnings, target or buttons. */
const VIEW_DEFAULTS = { stepCount: STEP_COUNT, whyArgs: [], warnings: [], target: null, candidates: false, protect: 'form', accounts: false, offerReload: false, checkTypedLogin: false } as const;

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

/** The furthest step the user has reached in this court (0 before any). */
function reachedStep(progress: CourtProgress | null): number {
  return progress?.current ? stepById(progress.current).number : 0;
}

/** The guide for a page, or null where it has nothing to say (unless asked: then it says so). */
export function guideFor(facts: GuideFacts, context: GuideContext): GuideView | null {
  const view = flowView(facts, context);
  if (view || !context.asked) return view;
  const done = facts.filer === true || context.progress?.status === 'verified';
  return done
    ? { ...VIEW_DEFAULTS, tone: 'success', step: null, title: 'verified_title', why: 'verified_why', protect: 'message' }
    : { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'nothing_here_title', why: 'nothing_here_why' };
}

function flowView(facts: GuideFacts, context: GuideContext): GuideView | null {
  const { page, next, court } = facts;
  if (page === 'unrelated') return null;
  if (facts.training) {
    const live = court ? `https://ecf.${court}.uscourts.gov/` : 'https://ecf.<court>.uscourts.gov/';
    return { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'training_title', why: 'training_why', whyArgs: [live] };
  }
  if (facts.courtType === 'appellate') return page === 'court-home' ? { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'appellate_title', why: 'appellate_why' } : null;
  if (page === 'legacy-login') return { ...VIEW_DEFAULTS, tone: 'info', step: null, title: 'legacy_title', why: 'legacy_why' };
  const status = context.progress?.status;
  const filer = facts.filer === true;
  if (filer && (page === 'link-success' || status === 'linked')) {
    return { ...VIEW_DEFAULTS, tone: 'success', step: STEP_COUNT, title: 'verified_title', why: 'verified_why', protect: 'message' };
  }
  // A filer at work, or a court linked and verified: nothing to say.
  if (filer || status === 'verified') return null;
  if (facts.unsure) return unsureView(facts, context);
  if (facts.reason) return errorView(facts, context);
  if (page === 'link-error') return { ...VIEW_DEFAULTS, tone: 'error', step: atLeastReached(stepById('enter-credentials'), context), title: 'error_title', why: 'reason_unknown', protect: 'message' };
  // Linked, reloaded, and still no filing menus.
  if ((page === 'link-success' && context.reloaded) || (page === 'ecf-menu' && status === 'linked' && context.reloaded)) {
    return { ...VIEW_DEFAULTS, tone: 'error', step: STEP_COUNT, title: 'menus_missing_title', why: 'menus_missing_why', offerReload: true, protect: 'message' };
  }
  // Linked, not reloaded yet, on another page of the court: the menus come with a reload, not from Utilities again.
  if (status === 'linked' && page !== 'link-success' && facts.filer === false) {
    return { ...VIEW_DEFAULTS, tone: 'success', step: STEP_COUNT, title: 'linked_reload_do', why: 'refresh_why', offerReload: true };
  }
  if (!next) return null;
  return stepView(facts, next, context);
}

/** A step's number, or the step reached if that is further. */
function atLeastReached(step: Step, context: GuideContext): number {
  return Math.max(step.number, reachedStep(context.progress));
}

function stepView(facts: GuideFacts, next: ControlKind, context: GuideContext): GuideView {
  const { page } = facts;
  const texts = controlTexts(next);
  const menuItem = Boolean(texts.whenOpen && context.menuOpen && facts.menuItem);
  const { do: title, why } = menuItem ? texts.whenOpen! : texts;
  const target: TargetRef = menuItem ? { control: 'link-item', source: 'menu-item' } : { control: next, source: 'next' };
  const pageStep = stepForPage(page)?.number ?? stepForControl(next)?.number ?? null;
  const reached = reachedStep(context.progress);
  // Back on an earlier page (a new login, the menu page): the step shown stays the one reached,
  // and the why line says why this control leads back there.
  const behind = pageStep !== null && reached > pageStep && next !== 'refresh';
  const warnings = [...(texts.warnings ?? []), ...(texts.skip ? [facts.skipOffered ? texts.skip.offered : texts.skip.required] : [])];
  return {
    ...VIEW_DEFAULTS,
    tone: next === 'refresh' ? 'success' : 'step',
    step: behind ? reached : pageStep,
    title,
    why: behind ? 'resume_why' : why,
    whyArgs: behind ? [String(reached)] : [],
    warnings,
    target,
    protect: next === 'refresh' ? 'message' : 'form',
    accounts: page === 'link-verify' && facts.accounts,
    offerReload: next === 'refresh',
    checkTypedLogin: next === 'link-fields',
  };
}

function errorView(facts: GuideFacts, context: GuideContext): GuideView {
  const { page, next } = facts;
  const reason = facts.reason as ErrorReason;
  const login = page === 'pacer-login';
  const passcode = page === 'pacer-mfa';
  const why: TextId = login && reason === 'bad-credentials' ? 'reason_bad_credentials_login' : REASON_TEXT[reason];
  const title: TextId = passcode ? 'passcode_error_title' : login ? 'login_error_title' : 'error_title';
  // A form shown again with its error still points at the fields.
  const target: TargetRef | null = next && (page === 'link-form' || login || passcode) ? { control: next, source: 'next' } : null;
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

function unsureView(facts: GuideFacts, context: GuideContext): GuideView {
  const count = facts.candidates;
  const target: TargetRef | null = count > 0 ? { control: facts.unsure === 'half-form' ? 'link-fields' : 'link-item', source: 'candidate' } : null;
  const unsure = { ...VIEW_DEFAULTS, tone: 'unsure' as const, target, candidates: count > 1, warnings: count && facts.unsure !== 'half-form' ? ['candidates_note' as TextId] : [] };
  switch (facts.unsure) {
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
      return { ...unsure, step: atLeastReached(stepById('log-in'), context), title: 'login_unknown_title', why: 'login_unknown_why', target: null, candidates: false, warnings: [] };
  }
}
