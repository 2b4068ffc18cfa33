// A decoded support code in plain words for the help-desk agent, and what to tell the caller.
import { courtById } from '../courts/courts';
import { courtName } from '../courts/names';
import { stepById } from '../flow/steps';
import { REASON_TEXT, STEP_INSTRUCTION, text } from '../flow/texts';
import type { SupportState } from './code';

const PAGE_WORDS: Record<string, string> = {
  'court-home': 'the court\'s CM/ECF front page',
  'pacer-login': 'the PACER login page',
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

const STATUS_WORDS: Record<string, string> = {
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
    `Progress: ${STATUS_WORDS[state.status]}${state.step ? `; step ${stepById(state.step).number} of 6` : ''}`,
    `Last problem: ${state.reason ? text(REASON_TEXT[state.reason]) : 'none'}`,
    `Browser: ${browser}; extension ${state.version.major}.${state.version.minor}`,
    `Filing menus seen: ${flags.filingMenusSeen ? 'yes' : 'no'}; F5 pressed after linking: ${flags.f5Done ? 'yes' : 'no'}`,
    `Guide: ${flags.guideHidden ? 'hidden by the user' : 'shown'}${flags.reducedMotion ? '; reduced motion' : ''}${flags.forcedColors ? '; high contrast' : ''}`,
  ];
  return { lines, advice: adviceFor(state) };
}

function adviceFor(state: SupportState): string {
  if (state.flags.training) return text('training_why', state.court ? `https://ecf.${state.court}.uscourts.gov/` : 'the court\'s ecf. site');
  if (state.status === 'verified') return 'Nothing to do: linking is complete in this court. Other courts are linked separately.';
  if (state.status === 'not-nextgen' || state.page === 'legacy-login') return text('legacy_why');
  if (state.status === 'linked') return state.flags.f5Done ? text('menus_missing_why') : text('refresh_do');
  if (state.reason) return text(REASON_TEXT[state.reason]);
  if (state.flags.guideHidden) return `The caller hid the guide: ask them to press Alt+Shift+G, or turn it on in the extension's popup. ${state.step ? text(STEP_INSTRUCTION[state.step]) : ''}`.trim();
  if (!state.court) return 'Ask the caller to open their court\'s CM/ECF site (https://ecf.<court>.uscourts.gov/), then read you a new code.';
  return state.step ? text(STEP_INSTRUCTION[state.step]) : text('entry_do');
}
