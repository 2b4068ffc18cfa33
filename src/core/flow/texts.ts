// Every sentence the guide shows, by id. Instructions are one plain sentence; "why" is one
// line. Facts come from shared/notes/cmecf-field-guide.md. `$1` is filled in at display time.
export const TEXTS = {
  // Steps and their controls.
  entry_do: 'Click the link to the court\'s Document Filing System.',
  entry_why: 'Linking happens inside the court\'s filing system, after you log in with PACER.',
  username_do: 'Log in with your own upgraded PACER account.',
  username_why: 'The CM/ECF account will be linked to whichever PACER account you log in with.',
  redaction_do: 'Read the redaction notice, tick the box and click Continue.',
  redaction_why: 'Filers must agree to keep personal identifiers out of filings before they go on.',
  utilities_do: 'Click Utilities in the menu bar.',
  utilities_why: 'The linking item is on the Utilities menu.',
  menu_item_do: 'Click "Link a CM/ECF account to my PACER account" in the Utilities menu.',
  menu_item_why: 'This opens the linking form.',
  link_item_do: 'Click "Link a CM/ECF account to my PACER account".',
  link_item_why: 'This opens the form where you enter your old CM/ECF login.',
  nextgen_do: 'Click "NextGen Release 1.1 Menu Items".',
  nextgen_why: 'In this court the linking item is on that page, not on Utilities itself.',
  fields_do: 'Enter your OLD CM/ECF login and password, then click Submit.',
  fields_why: 'These are the credentials you filed with before NextGen, not your PACER ones.',
  confirm_do: 'Check that both accounts are yours, then click Submit.',
  confirm_why: 'Once linked, this court\'s filings will be made with that PACER account.',
  refresh_do: 'Linked. Now press F5 to reload the page.',
  refresh_why: 'The filing menus appear only after the page is reloaded.',
  refresh_button: 'Reload the page (F5)',
  verified_title: 'Done: the filing menus are here.',
  verified_why: 'Your CM/ECF account is linked in this court. Other courts need linking separately.',
  menus_missing_title: 'The filing menus did not appear.',
  menus_missing_why: 'Try these in order: log out and log in again; then clear cookies for this court and log in again.',
  // Warnings at the right moment.
  warn_individual: 'Use your individual PACER account, never a shared firm account.',
  warn_cookies: 'Your browser must allow cookies for uscourts.gov, or the login will fail or loop.',
  warn_client_code: 'Client Code is optional, unless your firm requires one.',
  warn_redaction: 'This notice is about redacting personal data in filings; it does not change your account.',
  warn_old_credentials: 'Browser-saved passwords were lost when the court converted: type the login yourself.',
  warn_bad_characters: 'A CM/ECF login containing &, @, $ or * cannot be linked. Call the court\'s CM/ECF help desk before trying.',
  warn_bad_characters_typed: 'This login contains $1, which cannot be linked. Call the court\'s CM/ECF help desk.',
  warn_forgot: 'Forgot the CM/ECF password? The court\'s CM/ECF help desk can reset it for linking.',
  warn_check_accounts: 'Both must be your own individual accounts. If you see a firm\'s account, log out and log in with yours.',
  accounts_cmecf: 'CM/ECF account: $1',
  accounts_pacer: 'PACER account: $1',
  // Errors.
  error_title: 'Linking did not work.',
  login_error_title: 'The PACER login did not work.',
  reason_bad_credentials: 'The login or password was not accepted. Check for typing mistakes; the court\'s CM/ECF help desk can reset a forgotten CM/ECF password.',
  reason_bad_credentials_login: 'The PACER username or password was not accepted. PACER\'s Service Center, (800) 676-6856, can help; a legacy 6-character username may need upgrading.',
  reason_already_linked: 'This CM/ECF account is already linked to another PACER account. Call the court\'s CM/ECF help desk.',
  reason_not_upgraded: 'Your PACER account is not upgraded. Upgrade it at Manage My Account (pacer.psc.uscourts.gov), then log in again and link.',
  reason_unknown: 'The court gave no clear reason. Read its message above, then call the court\'s CM/ECF help desk.',
  support_code_button: 'Help-desk code',
  call_help_desk: 'Call your help desk ($1) and read them this code: $2',
  call_default: 'If you call a help desk, read them this code: $1. They will never need your password.',
  // Pages the guide does not apply to.
  legacy_title: 'This court is not on NextGen CM/ECF yet.',
  legacy_why: 'Linking is only possible once the court moves to NextGen. Log in as before; the court announces its date.',
  training_title: 'This is a training site.',
  training_why: 'Nothing you link here counts, and real accounts are refused. Use the live site, $1.',
  appellate_title: 'Courts of appeals link accounts their own way.',
  appellate_why: 'This guide covers bankruptcy and district courts. Follow the court of appeals\' own instructions.',
  // The popup.
  popup_title: 'CM/ECF account linking',
  step_label_1: 'Open the court\'s filing system',
  step_label_2: 'Log in with your PACER account',
  step_label_3: 'Find "Link a CM/ECF account" under Utilities',
  step_label_4: 'Enter your old CM/ECF login',
  step_label_5: 'Check both accounts and submit',
  step_label_6: 'Press F5: the filing menus appear',
  status_not_started: 'Not started',
  status_in_progress: 'In progress',
  status_linked: 'Linked: press F5 on the court\'s page',
  status_verified: 'Linked and verified',
  status_not_nextgen: 'Court not on NextGen yet',
  next_label: 'Next: $1',
  open_site: 'Open filing site',
  reset: 'Reset…',
  reset_confirm: 'Forget the progress for $1?',
  reset_yes: 'Yes, reset',
  cancel: 'Cancel',
  last_error: 'Last problem: $1',
  this_tab: 'On this tab',
  your_courts: 'Your courts',
  find_court: 'Find a court',
  find_court_hint: 'Name, state or id, e.g. "alabama bankruptcy" or "almb"',
  no_courts_found: 'No court matches.',
  preflight_title: 'Before you start',
  preflight_account: 'An individual, upgraded PACER account. Manage My Account at pacer.psc.uscourts.gov shows "Upgraded PACER Account"; a legacy account must be upgraded there first.',
  preflight_credentials: 'Your old CM/ECF login and password for this court. Forgotten? The court\'s CM/ECF help desk resets it.',
  preflight_cookies: 'Cookies allowed for uscourts.gov.',
  settings_title: 'Guide on court pages',
  show_guide: 'Show the guide on court pages',
  hidden_on: 'Hidden on $1',
  show_again: 'Show again',
  repaired_notice: 'Some saved progress could not be read and was set aside ($1). Everything else is kept.',
  ok: 'OK',
  no_progress: 'Open your court\'s CM/ECF site, or find it below, to start. The guide points at each step on the court\'s own pages.',
  // Chrome.
  step_of: 'Step $1 of $2',
  hide_here: 'Hide on this court',
  hide_everywhere: 'Hide everywhere',
  close: 'Close',
  guide_label: 'Linking guide',
} as const;

export type TextId = keyof typeof TEXTS;

/** Fills `$1`, `$2`… in a text. The browser's i18n does the same for translated texts. */
export function text(id: TextId, ...subs: Array<string | number>): string {
  return TEXTS[id].replace(/\$(\d)/g, (_m, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** The instruction for each step, as the popup and the help-desk summary name it. */
export const STEP_INSTRUCTION = {
  'open-filing': 'entry_do',
  'log-in': 'username_do',
  'open-utilities': 'utilities_do',
  'enter-credentials': 'fields_do',
  verify: 'confirm_do',
  refresh: 'refresh_do',
} as const satisfies Record<string, TextId>;

/** What each error reason means and what to do about it. */
export const REASON_TEXT = {
  'bad-credentials': 'reason_bad_credentials',
  'already-linked': 'reason_already_linked',
  'not-upgraded': 'reason_not_upgraded',
  unknown: 'reason_unknown',
} as const satisfies Record<string, TextId>;
