// REPLICA of the central PACER login (pacer.login.uscourts.gov/csologin/login.jsf) and the
// steps that follow the password since 2025: the one-time passcode, the MFA enrollment prompt
// ("User Update Required"), an acknowledgement notice and the filer redaction notice. Written
// from the field guide's description of its JSF/PrimeFaces markup and the element ids public
// scraper code uses. No public capture exists.
import { escape, REPLICA_MARK } from './cmecf-pages';

export type LoginStage = 'login' | 'mfa' | 'enroll' | 'notice' | 'redaction';

export interface LoginView {
  /** Query string to post back to (keeps pscCourtId and appurl). */
  readonly action: string;
  readonly courtName: string | null;
  readonly training: boolean;
  /** What the page shows: the form, or the step after the password that is due. */
  readonly stage?: LoginStage;
  /** A failed login's or a refused passcode's message. */
  readonly error?: string;
  /** On the enrollment prompt: how many more times Skip may be chosen (0: no Skip). */
  readonly skipsLeft?: number;
  readonly viewState: string;
  /** Newer JSF releases name the view-state field `jakarta.faces.ViewState`. */
  readonly viewStateName?: 'javax.faces.ViewState' | 'jakarta.faces.ViewState';
  /** Other words: the same steps worded and built differently (ids renamed, other labels). */
  readonly otherWords?: boolean;
}

const errorBox = (message: string | undefined, id: string) =>
  `<div id="${id}" class="ui-messages ui-widget" aria-live="polite">${
    message ? `<div class="ui-messages-error ui-corner-all" role="alert"><span class="ui-messages-error-icon"></span><ul><li><span class="ui-messages-error-summary">${escape(message)}</span></li></ul></div>` : ''
  }</div>`;

function viewStateField(view: LoginView): string {
  return `<input type="hidden" name="${view.viewStateName ?? 'javax.faces.ViewState'}" value="${escape(view.viewState)}" autocomplete="off">`;
}

function loginForm(view: LoginView): string {
  return `<form id="loginForm" name="loginForm" method="post" action="${escape(view.action)}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="loginForm" value="loginForm">
<div id="loginForm:pclLoginMessages" class="ui-messages">${
    view.stage === 'login' || !view.stage
      ? view.error
        ? `<div class="ui-message-error ui-widget ui-corner-all" role="alert"><span class="ui-message-error-icon"></span><span class="ui-message-error-detail">${escape(view.error)}</span></div>`
        : ''
      : ''
  }</div>
<div class="ui-field"><label for="loginForm:loginName">Username *</label>
<input id="loginForm:loginName" name="loginForm:loginName" type="text" class="ui-inputfield ui-inputtext" autocomplete="username"></div>
<div class="ui-field"><label for="loginForm:password">Password *</label>
<input id="loginForm:password" name="loginForm:password" type="password" class="ui-inputfield ui-password" autocomplete="current-password"></div>
<div class="ui-field"><label for="loginForm:clientCode">Client Code</label>
<input id="loginForm:clientCode" name="loginForm:clientCode" type="text" class="ui-inputfield ui-inputtext" maxlength="32"></div>
<button id="loginForm:fbtnLogin" name="loginForm:fbtnLogin" type="submit" class="ui-button ui-widget"><span class="ui-button-text ui-c">Login</span></button>
<p><a href="https://pacer.psc.uscourts.gov/pscof/login.xhtml">Manage My Account</a> | <a href="https://pacer.psc.uscourts.gov/pscof/registration/forgotUsername.jsf">Forgot username?</a> | <a href="https://pacer.psc.uscourts.gov/pscof/registration/forgotPassword.jsf">Forgot password?</a></p>
${viewStateField(view)}
</form>`;
}

/** The one-time passcode form (ids from public scraper code: mfaForm:mfaInput, mfaForm:btnOk). */
function passcodeForm(view: LoginView): string {
  if (view.otherWords) {
    return `<form id="twoStep" name="twoStep" method="post" action="${escape(view.action)}">
<input type="hidden" name="mfaForm" value="mfaForm">
<h2>Verify it's you</h2>
${errorBox(view.error, 'twoStep:msgs')}
<p>Open the authenticator app on your phone and type the 6-digit code it shows for PACER.</p>
<p><label for="twoStep:j_idt41">Verification code</label><br><input id="twoStep:j_idt41" name="mfaForm:mfaInput" type="tel" inputmode="numeric" maxlength="6" autocomplete="one-time-code" class="ui-inputfield"></p>
<p><button id="twoStep:j_idt44" name="mfaForm:btnOk" type="submit" class="ui-button"><span class="ui-button-text">Verify</span></button></p>
<p><a href="#backup">Use a backup code instead</a></p>
${viewStateField(view)}
</form>`;
  }
  return `<form id="mfaForm" name="mfaForm" method="post" action="${escape(view.action)}">
<input type="hidden" name="mfaForm" value="mfaForm">
<h2>Multifactor Authentication</h2>
${errorBox(view.error, 'mfaForm:mfaMessages')}
<p>Enter the one-time passcode from your authenticator app, or one of your backup codes.</p>
<div class="ui-field"><label for="mfaForm:mfaInput">One-Time Passcode</label>
<input id="mfaForm:mfaInput" name="mfaForm:mfaInput" type="text" inputmode="numeric" maxlength="10" autocomplete="one-time-code" class="ui-inputfield ui-inputtext"></div>
<button id="mfaForm:btnOk" name="mfaForm:btnOk" type="submit" class="ui-button"><span class="ui-button-text">Submit</span></button>
${viewStateField(view)}
</form>`;
}

function dialog(id: string, title: string, body: string): string {
  return `<div id="${id}" class="ui-dialog ui-widget ui-widget-content practice-dialog" role="dialog" aria-labelledby="${id}_title" aria-hidden="false">
<div class="ui-dialog-titlebar"><span id="${id}_title" class="ui-dialog-title">${escape(title)}</span></div>
<div class="ui-dialog-content">${body}</div></div>`;
}

/** "User Update Required": MFA enrollment, with Skip while skips are left (three in all). */
function enrollDialog(view: LoginView): string {
  const skips = view.skipsLeft ?? 0;
  const skip = skips > 0 ? `<button id="frmUserUpdate:bpmSkip" name="frmUserUpdate:bpmSkip" type="submit" class="ui-button"><span class="ui-button-text">Skip</span></button>` : '';
  const title = view.otherWords ? 'Secure your PACER account' : 'User Update Required';
  const words = view.otherWords
    ? `<p>Two-step verification protects accounts that can file. Add an authenticator app or save backup codes to keep using PACER.</p>${skips > 0 ? `<p>You can do this later (${skips} more time${skips === 1 ? '' : 's'}).</p>` : '<p>This can no longer be postponed.</p>'}`
    : `<p>Multifactor authentication (MFA) is required for accounts with CM/ECF filing access. Enroll now at Manage My Account: add an authenticator app or get backup codes.</p>${skips > 0 ? `<p>You may skip this ${skips} more time${skips === 1 ? '' : 's'}.</p>` : '<p>You must enroll before you can continue.</p>'}`;
  return dialog('userUpdateDlg', title, `<form id="frmUserUpdate" name="frmUserUpdate" method="post" action="${escape(view.action)}">
<input type="hidden" name="frmUserUpdate" value="frmUserUpdate">
${words}
<p class="practice-buttons"><button id="frmUserUpdate:bpmEnroll" name="frmUserUpdate:bpmEnroll" type="submit" class="ui-button"><span class="ui-button-text">${view.otherWords ? 'Set up now' : 'Enroll Now'}</span></button> ${skip}</p>
${viewStateField(view)}
</form>`);
}

/** An acknowledgement notice (id from public scraper code: btnAckOkay). */
function noticeDialog(view: LoginView): string {
  const button = view.otherWords
    ? '<button id="ackForm:j_idt77" name="ackForm:ack" type="submit" class="ui-button"><span class="ui-button-text">I Acknowledge</span></button>'
    : '<button id="btnAckOkay" name="btnAckOkay" type="submit" class="ui-button"><span class="ui-button-text">OK</span></button>';
  return dialog('ackDlg', view.otherWords ? 'Important announcement' : 'Notice: New Password Standards', `<form id="ackForm" name="ackForm" method="post" action="${escape(view.action)}">
<input type="hidden" name="ackForm" value="ackForm">
<p>PACER passwords must now be at least 12 characters and include upper- and lower-case letters, a number and a special character. You will be asked to change a password that does not meet the standard at your next password change.</p>
<p>${button}</p>
${viewStateField(view)}
</form>`);
}

/** The filer redaction notice: Continue stays disabled until the box is ticked (the page script enables it). */
function redactionDialog(view: LoginView, shown: boolean): string {
  // Rendered on the login page too, hidden, as PrimeFaces renders a dialog before it is shown.
  return `<div id="redactionDlg" class="ui-dialog ui-widget ui-widget-content" role="dialog" aria-labelledby="redactionDlg_title"${shown ? ' aria-hidden="false"' : ' style="display:none" aria-hidden="true"'}>
<div class="ui-dialog-titlebar"><span id="redactionDlg_title" class="ui-dialog-title">Redaction Agreement</span></div>
<div class="ui-dialog-content">
<form id="regmsg" name="regmsg" method="post" action="${escape(view.action)}">
<input type="hidden" name="regmsg" value="regmsg">
<p>Filers must comply with the redaction rules (Fed. R. Bankr. P. 9037, Fed. R. Civ. P. 5.2, Fed. R. Crim. P. 49.1): remove personal identifiers from every filing.</p>
<div id="regmsg:chkRedact" class="ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="regmsg:chkRedact_input" name="regmsg:chkRedact_input" type="checkbox" required></div></div>
<label for="regmsg:chkRedact_input">I understand that, if I file, I must comply with the redaction rules. I have read this notice.</label>
<p><button id="regmsg:bpmConfirm" name="regmsg:bpmConfirm" type="submit" class="ui-button ui-state-disabled" disabled aria-disabled="true"><span class="ui-button-text">Continue</span></button>
<button id="regmsg:bpmCancel" name="regmsg:bpmCancel" type="submit" formnovalidate class="ui-button"><span class="ui-button-text">Cancel</span></button></p>
${viewStateField(view)}
</form></div></div>`;
}

/** The script that enables the redaction notice's Continue once its box is ticked, as PrimeFaces does. */
export const LOGIN_SCRIPT = `// Practice login page script (not PACER's code).
document.addEventListener('change', function (event) {
  var box = event.target;
  if (!box || box.id !== 'regmsg:chkRedact_input') return;
  var button = document.getElementById('regmsg:bpmConfirm');
  var drawn = document.getElementById('regmsg:chkRedact');
  if (button) { button.disabled = !box.checked; button.setAttribute('aria-disabled', String(!box.checked)); button.classList.toggle('ui-state-disabled', !box.checked); }
  if (drawn) drawn.classList.toggle('ui-state-active', box.checked);
});
`;

export function pacerLoginPage(view: LoginView): string {
  const stage = view.stage ?? 'login';
  const panel = stage === 'mfa' ? passcodeForm(view) : loginForm(view);
  const overlay = stage === 'enroll' ? enrollDialog(view) : stage === 'notice' ? noticeDialog(view) : stage === 'mfa' ? '' : redactionDialog(view, stage === 'redaction');
  return `<!DOCTYPE html>
${REPLICA_MARK}
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta charset="utf-8"><title>PACER Login${view.training ? ' - TRAINING' : ''}</title>
<link rel="stylesheet" href="/csologin/javax.faces.resource/theme.css">
<script src="/csologin/javax.faces.resource/practice-login.js"></script>
</head><body>
<div id="pscHeaderContainer"><div id="pscHeader"><span class="pscLogo">PACER</span> Public Access to Court Electronic Records${view.training ? ' <b>(Training)</b>' : ''}</div></div>
<div id="loginPanel" class="ui-panel">
<h1>Log in to ${view.courtName ? escape(view.courtName) : 'PACER'}</h1>
<p>Your browser must accept cookies to log in.</p>
${panel}
</div>
${overlay}
</body></html>
`;
}
