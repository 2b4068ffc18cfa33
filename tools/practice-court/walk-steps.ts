// The steps walks share, written once: the actions a person repeats (log in, accept the
// redaction notice, open Utilities, press F5), the way from a court's front door to the
// linking form and on to the end, and the steps of the central login since multifactor
// authentication (2025), which the MFA walks and the other-words walks both go through.
import { ECF_LOGINS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD } from './accounts';
import type { Action, Name } from './driver';
import { step, type StepData, type WalkStep } from './walk-model';

/** A court's CM/ECF site, or its training twin. */
export const site = (court: string, training = false) => `https://${training ? 'ecf-train' : 'ecf'}.${court}.uscourts.gov/`;

export const loginAs = (username: string, password = PRACTICE_PASSWORD): Action[] => [{ fill: 'Username', value: username }, { fill: 'Password', value: password }, { clickButton: 'Login' }];

export const acceptRedaction: Action[] = [{ check: /I understand/ }, { clickButton: 'Continue' }];

export const clickLink = (name: Name): Action[] => [{ clickLink: name }];

/** The menu bar's Utilities label (its words are split by <u>, as on real pages). */
export const openUtilities: Action[] = [{ click: '#topmenu a[href*="DisplayMenu.pl?Utilities"]' }];

export const enterCmEcf = (login: string, password = PRACTICE_ECF_PASSWORD): Action[] => [{ fill: 'CM/ECF login', value: login }, { fill: 'CM/ECF password', value: password }, { clickButton: 'Submit' }];

export const submit: Action[] = [{ clickButton: 'Submit' }];

export const pressF5: Action[] = [{ reload: true }];

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

// ---- the central login since multifactor authentication (2025) ----------------------------

/** The practice authenticator's current code, read off the practice settings page as off a phone. */
const passcode = { readFrom: 'https://ecf.almb.uscourts.gov/practice', selector: '#practice-passcode' } as const;

/** A step that ends on the passcode page. */
export const mfaStep = (court: 'almb' | 'almd', name: string, doing: readonly Action[]): StepData => ({
  name,
  do: doing,
  expect: { court, page: 'pacer-mfa', next: 'passcode' },
  guide: { title: 'passcode_do', step: 2, mentions: ['passcode_why', 'warn_passcode_private', 'warn_lost_mfa'] },
});

export const typePasscode = (field: string, button: string): Action[] => [{ fill: field, value: passcode }, { clickButton: button }];

/** Ticks the redaction box (the guide moves to Continue), then Continue: back at the court. */
export function redactionSteps(court: 'almb' | 'almd'): StepData[] {
  return [
    { name: 'Tick the redaction box: the guide moves to Continue', do: [{ check: /I understand/ }], expect: { court, page: 'pacer-login', next: 'continue' }, guide: { title: 'continue_do', step: 2 } },
    { name: 'Click Continue', do: [{ clickButton: 'Continue' }], expect: { court, page: 'ecf-menu', next: 'utilities', filer: false }, guide: { title: 'utilities_do', step: 3 } },
  ];
}

/** The first two steps of the way in: the court's site, then its entry to the PACER login. */
export const toLogin = (court: 'almb' | 'almd') => toLinkForm(court).slice(0, 2);
