// A decoded support code in plain words for the help-desk agent, and what to tell the caller.
import { courtById } from '../courts/courts';
import { courtName } from '../courts/names';
import { STEP_COUNT, stepById } from '../flow/steps';
import { REASON_TEXT, STEP_INSTRUCTION, text, type TextId } from '../flow/texts';
import type { CourtStatus } from '../progress/progress';
import type { PageKind } from '../recognition/types';
import type { SupportState } from './code';

const PAGE_WORDS: Record<PageKind, string> = {
  'court-home': 'the court\'s CM/ECF front page',
  'pacer-login': 'the PACER login page (or its redaction notice)',
  'pacer-mfa': 'the PACER login\'s one-time passcode page (MFA)',
  'pacer-mfa-enroll': 'PACER\'s prompt to set up multifactor authentication ("User Update Required")',
  'pacer-notice': 'a PACER notice to acknowledge at login',
  'ecf-menu': 'a CM/ECF page with the menu bar (logged in)',
  utilities: 'the Utilities page',
  'nextgen-menu': 'the "NextGen Release 1.1 Menu Items" page',
  'link-form': 'the linking form (old CM/ECF login and password)',
  'link-verify': 'the verification page showing both accounts',
  'link-success': 'the linking success page',
  'link-error': 'a linking error page',
  'legacy-login': 'the old (pre-NextGen) CM/ECF login page',
  'court-page': 'another page of the court site',
  unrelated: 'a page that is not a court site',
};

const STATUS_WORDS: Record<CourtStatus, string> = {
  'not-started': 'not started',
  'in-progress': 'in progress',
  linked: 'linked, but the filing menus have not been seen yet',
  verified: 'linked and verified: the filing menus appeared',
  'not-nextgen': 'the court showed its old login: not on NextGen yet',
};

export interface SupportSummary {
  readonly lines: string[];
  /** What to tell the caller next. */
  readonly advice: string;
}

export function summarise(state: SupportState): SupportSummary {
  const court = state.court ? courtById(state.court) : null;
  const flags = state.flags;
  const browser = `${state.browser.family === 'other' ? 'an unrecognised browser' : state.browser.family[0]!.toUpperCase() + state.browser.family.slice(1)} ${state.browser.major || ''}`.trim();
  const lines = [
    `Court: ${court ? `${courtName(court)} (${court.id}, ${court.type})` : 'none open'}${flags.training ? ' - on the TRAINING site' : ''}`,
    `Page: ${state.page ? PAGE_WORDS[state.page] : 'unknown'}`,
    `Progress: ${STATUS_WORDS[state.status]}${state.step ? `; step ${stepById(state.step).number} of ${STEP_COUNT}` : ''}`,
    `Last problem: ${state.reason ? text(REASON_TEXT[state.reason]) : 'none'}`,
    `Browser: ${browser}; extension ${state.version.major}.${state.version.minor}`,
    `Filing menus seen: ${flags.filingMenusSeen ? 'yes' : 'no'}; F5 pressed after linking: ${flags.f5Done ? 'yes' : 'no'}`,
    `Guide: ${flags.guideHidden ? 'hidden by the user' : 'shown'}${flags.guideUnsure ? '; NOT SURE what this page is (a page it has not seen)' : ''}${flags.reducedMotion ? '; reduced motion' : ''}${flags.forcedColors ? '; high contrast' : ''}`,
  ];
  return { lines, advice: adviceFor(state) };
}

function adviceFor(state: SupportState): string {
  if (state.flags.training) return text('training_why', state.court ? `https://ecf.${state.court}.uscourts.gov/` : 'the court\'s ecf. site');
  if (state.status === 'verified') return 'Nothing to do: linking is complete in this court. Other courts are linked separately.';
  if (state.status === 'not-nextgen' || state.page === 'legacy-login') return text('legacy_why');
  if (state.status === 'linked') return state.flags.f5Done ? text('menus_missing_why') : text('refresh_do');
  if (state.reason) return text(REASON_TEXT[state.reason]);
  if (state.flags.guideHidden) return `The caller hid the guide: ask them to press Alt+Shift+G, or turn it on in the extension's popup. ${nextFor(state)}`.trim();
  if (!state.court) return 'Ask the caller to open their court\'s CM/ECF site (https://ecf.<court>.uscourts.gov/), then read you a new code.';
  if (state.flags.guideUnsure) {
    return `The guide could not place this page. Ask what the page says, and ask the caller to choose "Save this page for support" in the extension's menu and send you the file (it keeps no names, numbers or anything typed). ${nextFor(state)}`;
  }
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
  return state.step ? text(STEP_INSTRUCTION[state.step]) : text('entry_do');
}
