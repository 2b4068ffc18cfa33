// A decoded support code in plain words for the help-desk agent, and what to tell the caller,
// in the help desk's language (the words are in _locales, like every other shipped text).
import { courtById } from '../courts/courts';
import { courtName } from '../courts/names';
import { STEP_COUNT, stepById, stepInstruction } from '../flow/steps';
import { REASON_TEXT, text, type TextId } from '../flow/texts';
import type { CourtStatus } from '../progress/progress';
import type { PageKind } from '../recognition/types';
import type { SupportState } from './code';

/** Each page kind in the agent's words. */
const PAGE_WORDS: Record<PageKind, TextId> = {
  'court-home': 'sum_page_court_home',
  'pacer-login': 'sum_page_pacer_login',
  'pacer-mfa': 'sum_page_pacer_mfa',
  'pacer-mfa-enroll': 'sum_page_pacer_mfa_enroll',
  'pacer-notice': 'sum_page_pacer_notice',
  'ecf-menu': 'sum_page_ecf_menu',
  utilities: 'sum_page_utilities',
  'nextgen-menu': 'sum_page_nextgen_menu',
  'link-form': 'sum_page_link_form',
  'link-verify': 'sum_page_link_verify',
  'link-success': 'sum_page_link_success',
  'link-error': 'sum_page_link_error',
  'legacy-login': 'sum_page_legacy_login',
  'court-page': 'sum_page_court_page',
  unrelated: 'sum_page_unrelated',
};

/** Each status in the agent's words. */
const STATUS_WORDS: Record<CourtStatus, TextId> = {
  'not-started': 'sum_status_not_started',
  'in-progress': 'sum_status_in_progress',
  linked: 'sum_status_linked',
  verified: 'sum_status_verified',
  'not-nextgen': 'sum_status_not_nextgen',
};

export interface SupportSummary {
  readonly lines: string[];
  /** What to tell the caller next. */
  readonly advice: string;
}

export function summarise(state: SupportState): SupportSummary {
  const court = state.court ? courtById(state.court) : null;
  const flags = state.flags;
  const family = state.browser.family === 'other' ? text('sum_browser_other') : state.browser.family[0]!.toUpperCase() + state.browser.family.slice(1);
  const browser = `${family} ${state.browser.major || ''}`.trim();
  const courtWords = court ? `${courtName(court)} (${court.id}, ${court.type})` : text('sum_no_court');
  const status = text(STATUS_WORDS[state.status]);
  const yesNo = (value: boolean) => text(value ? 'sum_yes' : 'sum_no');
  const guide = [
    text(flags.guideHidden ? 'sum_guide_hidden' : 'sum_guide_shown'),
    ...(flags.guideUnsure ? [text('sum_guide_unsure')] : []),
    ...(flags.reducedMotion ? [text('sum_reduced_motion')] : []),
    ...(flags.forcedColors ? [text('sum_high_contrast')] : []),
  ];
  const lines = [
    text(flags.training ? 'sum_court_training' : 'sum_court', courtWords),
    text('sum_page', state.page ? text(PAGE_WORDS[state.page]) : text('sum_unknown')),
    state.step ? text('sum_progress_step', status, stepById(state.step).number, STEP_COUNT) : text('sum_progress', status),
    text('sum_problem', state.reason ? text(REASON_TEXT[state.reason]) : text('sum_none')),
    text('sum_browser', browser, `${state.version.major}.${state.version.minor}`),
    text('sum_menus', yesNo(flags.filingMenusSeen), yesNo(flags.f5Done)),
    text('sum_guide', guide.join('; ')),
  ];
  return { lines, advice: adviceFor(state) };
}

function adviceFor(state: SupportState): string {
  if (state.flags.training) return text('training_why', state.court ? `https://ecf.${state.court}.uscourts.gov/` : text('advice_training_site'));
  if (state.status === 'verified') return text('advice_verified');
  if (state.status === 'not-nextgen' || state.page === 'legacy-login') return text('legacy_why');
  if (state.status === 'linked') return state.flags.f5Done ? text('menus_missing_why') : text('refresh_do');
  if (state.reason) return text(REASON_TEXT[state.reason]);
  if (state.flags.guideHidden) return text('advice_guide_hidden', nextFor(state)).trim();
  if (!state.court) return text('advice_no_court');
  if (state.flags.guideUnsure) return text('advice_unsure', nextFor(state));
  return nextFor(state);
}

/** What to do on the page the caller is on: the page decides, not only the step reached. */
const PAGE_ADVICE: Partial<Record<PageKind, TextId>> = {
  'court-home': 'entry_do',
  'pacer-login': 'username_do',
  'pacer-mfa': 'passcode_do',
  'pacer-mfa-enroll': 'enroll_why',
  'pacer-notice': 'notice_do',
  'ecf-menu': 'utilities_do',
  utilities: 'link_item_do',
  'nextgen-menu': 'link_item_do',
  'link-form': 'fields_do',
  'link-verify': 'confirm_do',
  'link-success': 'refresh_do',
};

function nextFor(state: SupportState): string {
  const byPage = state.page ? PAGE_ADVICE[state.page] : undefined;
  if (state.page === 'utilities') return `${text('link_item_do')} ${text('nextgen_why')} (${text('nextgen_do')})`;
  if (byPage) return text(byPage);
  return state.step ? text(stepInstruction(stepById(state.step))) : text('entry_do');
}
