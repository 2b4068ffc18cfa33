// Seed pages for the steps of the central login that have no replica yet: the one-time
// passcode, the MFA enrollment prompt ("User Update Required", with and without Skip) and an
// acknowledgement notice. Written from shared/notes/cmecf-field-guide.md ("The login since
// multifactor authentication") with the ids public scraper code shows; the variant generator
// then renames those ids, relabels the fields and drops the input hints, because real releases
// do. When the practice court gains replicas of these pages they are varied as well; these
// seeds stay as a second, independent writing of the same screens.
import { escape } from '../../tools/practice-court/cmecf-pages';

export interface SeedPage {
  readonly file: string;
  readonly url: string;
  readonly html: string;
  /** labels.tsv columns: court, courtType, page, filer, next. */
  readonly labels: readonly [string, string, string, string, string];
  /** `none` (no reason) or the reason. */
  readonly reason: string;
}

const COURTS = [
  { id: 'almb', type: 'bankruptcy', pacerId: 'ALMBK', name: 'U.S. Bankruptcy Court, Middle District of Alabama' },
  { id: 'almd', type: 'district', pacerId: 'ALMDC', name: 'U.S. District Court, Middle District of Alabama' },
] as const;

const VIEW_STATE = '-4412309876543210987:1234567890123456789';

function loginUrl(pacerId: string, courtId: string): string {
  return `https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=${pacerId}&appurl=https://ecf.${courtId}.uscourts.gov/cgi-bin/login.pl`;
}

function shell(title: string, body: string): string {
  return `<!DOCTYPE html>
<!-- SEED: test page written from the field guide, not a capture of a real PACER page -->
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta charset="utf-8"><title>${escape(title)}</title>
<link rel="stylesheet" href="/csologin/javax.faces.resource/theme.css">
</head><body>
<div id="pscHeaderContainer"><div id="pscHeader"><span class="pscLogo">PACER</span> Public Access to Court Electronic Records</div></div>
${body}
</body></html>
`;
}

function viewState(): string {
  return `<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="${VIEW_STATE}" autocomplete="off">`;
}

/** The one-time passcode step, optionally after a wrong code. */
export function passcodePage(court: { pacerId: string; name: string }, error?: string): string {
  return shell('PACER Login', `
<div id="mfaPanel" class="ui-panel">
<h1>Multifactor Authentication</h1>
<p>Open the authenticator app you enrolled (for example Google Authenticator, Microsoft Authenticator, Authy, Duo Mobile or FreeOTP)
and enter the code it shows for PACER. Codes refresh every 30 seconds. You may enter one of your backup codes instead.</p>
<form id="mfaForm" name="mfaForm" method="post" action="/csologin/login.jsf?pscCourtId=${court.pacerId}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="mfaForm" value="mfaForm">
<div id="mfaForm:mfaMessages" class="ui-messages">${
    error
      ? `<div class="ui-message-error ui-widget ui-corner-all" role="alert"><span class="ui-message-error-icon"></span><span class="ui-message-error-detail">${escape(error)}</span></div>`
      : ''
  }</div>
<div class="ui-field"><label for="mfaForm:mfaInput">One-Time Passcode *</label>
<input id="mfaForm:mfaInput" name="mfaForm:mfaInput" type="text" class="ui-inputfield ui-inputtext" autocomplete="one-time-code" inputmode="numeric" maxlength="6" pattern="[0-9]*"></div>
<button id="mfaForm:btnOk" name="mfaForm:btnOk" type="submit" class="ui-button ui-widget"><span class="ui-button-text ui-c">Verify</span></button>
<button id="mfaForm:btnCancel" name="mfaForm:btnCancel" type="submit" formnovalidate class="ui-button ui-widget"><span class="ui-button-text ui-c">Cancel</span></button>
<p>Lost your authenticator app and your backup codes? Call the PACER Service Center at (800) 676-6856.</p>
${viewState()}
</form>
</div>`);
}

/** "User Update Required": enroll in MFA, with Skip while skips are left. */
export function enrollPage(skipsLeft: number): string {
  const skip = skipsLeft > 0;
  return shell('User Update Required', `
<div id="updatePanel" class="ui-panel">
<form id="frmUserUpdate" name="frmUserUpdate" method="post" action="/csologin/login.jsf">
<input type="hidden" name="frmUserUpdate" value="frmUserUpdate">
<h1>User Update Required</h1>
<p>Multifactor authentication (MFA) is required for accounts with CM/ECF filing privileges. Enroll an authenticator app or get backup codes under
Manage My Account &gt; Manage MFA Settings. We will first send a security code to the e-mail address on your account.</p>
<p>${skip ? `You may skip this step ${skipsLeft} more time${skipsLeft === 1 ? '' : 's'}.` : 'You can no longer skip this step: enroll to continue.'}</p>
<p><button id="frmUserUpdate:bpmUpdate" name="frmUserUpdate:bpmUpdate" type="submit" class="ui-button"><span class="ui-button-text">Enroll Now</span></button>
${skip ? '<button id="frmUserUpdate:bpmSkip" name="frmUserUpdate:bpmSkip" type="submit" class="ui-button"><span class="ui-button-text">Skip</span></button>' : ''}</p>
${viewState()}
</form>
</div>`);
}

/** A notice to acknowledge with OK (new password standards). */
export function noticePage(): string {
  return shell('PACER Login', `
<div id="ackDlg" class="ui-dialog ui-widget ui-widget-content" role="dialog" aria-labelledby="ackDlg_title">
<div class="ui-dialog-titlebar"><span id="ackDlg_title" class="ui-dialog-title">Notice</span></div>
<div class="ui-dialog-content">
<form id="frmAck" name="frmAck" method="post" action="/csologin/login.jsf">
<input type="hidden" name="frmAck" value="frmAck">
<p>New password standards take effect soon. Passwords must be at least 14 characters long. You will be asked to change your
password the next time it expires.</p>
<p><button id="btnAckOkay" name="btnAckOkay" type="submit" class="ui-button"><span class="ui-button-text">OK</span></button></p>
${viewState()}
</form></div></div>`);
}

export function buildSeeds(): SeedPage[] {
  const seeds: SeedPage[] = [];
  for (const court of COURTS) {
    const url = loginUrl(court.pacerId, court.id);
    const add = (file: string, html: string, page: string, next: string, reason = 'none') =>
      seeds.push({ file: `seed-${court.id}-${file}.html`, url, html, labels: [court.id, court.type, page, '*', next], reason });
    add('pacer-mfa', passcodePage(court), 'pacer-mfa', 'passcode');
    add('pacer-mfa-wrong-code', passcodePage(court, 'Invalid passcode. Check your authenticator app and try again.'), 'pacer-mfa', 'passcode', 'bad-passcode');
    // The prompt's buttons: the guide points at the choice, never choosing for the user.
    add('pacer-mfa-enroll-skip', enrollPage(2), 'pacer-mfa-enroll', 'mfa-choice');
    add('pacer-mfa-enroll-required', enrollPage(0), 'pacer-mfa-enroll', 'mfa-choice');
    add('pacer-notice', noticePage(), 'pacer-notice', 'acknowledge');
  }
  return seeds;
}
