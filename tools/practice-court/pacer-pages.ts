// REPLICA of the central PACER login (pacer.login.uscourts.gov/csologin/login.jsf), written
// from the field guide's description of its JSF/PrimeFaces markup. No public capture exists.
import { escape, REPLICA_MARK } from './cmecf-pages';

export interface LoginView {
  /** Query string to post back to (keeps pscCourtId and appurl). */
  readonly action: string;
  readonly courtName: string | null;
  readonly training: boolean;
  /** A failed login's message. */
  readonly error?: string;
  /** After a filer logs in: the redaction-responsibility notice is showing. */
  readonly redaction?: boolean;
  readonly viewState: string;
}

export function pacerLoginPage(view: LoginView): string {
  const hidden = view.redaction ? '' : ' style="display:none" aria-hidden="true"';
  return `<!DOCTYPE html>
${REPLICA_MARK}
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta charset="utf-8"><title>PACER Login${view.training ? ' - TRAINING' : ''}</title>
<link rel="stylesheet" href="/csologin/javax.faces.resource/theme.css">
</head><body>
<div id="pscHeaderContainer"><div id="pscHeader"><span class="pscLogo">PACER</span> Public Access to Court Electronic Records${view.training ? ' <b>(Training)</b>' : ''}</div></div>
<div id="loginPanel" class="ui-panel">
<h1>Log in to ${view.courtName ? escape(view.courtName) : 'PACER'}</h1>
<p>Your browser must accept cookies to log in.</p>
<form id="loginForm" name="loginForm" method="post" action="${escape(view.action)}" enctype="application/x-www-form-urlencoded">
<input type="hidden" name="loginForm" value="loginForm">
<div id="loginForm:pclLoginMessages" class="ui-messages">${
    view.error
      ? `<div class="ui-message-error ui-widget ui-corner-all" role="alert"><span class="ui-message-error-icon"></span><span class="ui-message-error-detail">${escape(view.error)}</span></div>`
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
<input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="${escape(view.viewState)}" autocomplete="off">
</form>
</div>
<div id="redactionDlg" class="ui-dialog ui-widget ui-widget-content" role="dialog" aria-labelledby="redactionDlg_title"${hidden}>
<div class="ui-dialog-titlebar"><span id="redactionDlg_title" class="ui-dialog-title">Redaction Agreement</span></div>
<div class="ui-dialog-content">
<form id="regmsg" name="regmsg" method="post" action="${escape(view.action)}">
<input type="hidden" name="regmsg" value="regmsg">
<p>Filers must comply with the redaction rules (Fed. R. Bankr. P. 9037, Fed. R. Civ. P. 5.2, Fed. R. Crim. P. 49.1): remove personal identifiers from every filing.</p>
<div id="regmsg:chkRedact" class="ui-chkbox ui-widget"><div class="ui-helper-hidden-accessible"><input id="regmsg:chkRedact_input" name="regmsg:chkRedact_input" type="checkbox" required></div></div>
<label for="regmsg:chkRedact_input">I understand that, if I file, I must comply with the redaction rules. I have read this notice.</label>
<p><button id="regmsg:bpmConfirm" name="regmsg:bpmConfirm" type="submit" class="ui-button"><span class="ui-button-text">Continue</span></button>
<button id="regmsg:bpmCancel" name="regmsg:bpmCancel" type="submit" formnovalidate class="ui-button"><span class="ui-button-text">Cancel</span></button></p>
<input type="hidden" name="javax.faces.ViewState" value="${escape(view.viewState)}" autocomplete="off">
</form></div></div>
</body></html>
`;
}
