// REPLICA pages for the practice court's "other words" mode: every CM/ECF linking step as
// cmecf-pages.ts serves it, but worded AND built differently (other headings, labels, ids,
// layouts, button captions and messages), the way another court's developers might have
// written the pages nobody has published. The guide must find its way through these as it
// does through the usual replicas. Same function names and parameter types as cmecf-pages.ts,
// so the server can pick either module.
//
// What the server reads stays as it is: the linking form posts `login` and `key` to
// /cgi-bin/LinkAcct.pl, the verification posts `step=confirm`, the menu pages keep their
// DisplayMenu.pl addresses and the success page is LinkAcct.pl?linked.
import { courtName } from '../../src/core/courts/names';
import { ecfPage, escape, menuBar, type EcfView } from './cmecf-pages';

export { menuBar };

/** Where a link goes, in the court's style (absolute with `&amp;id=-1` on menus, or relative). */
function href(view: EcfView, path: string): string {
  if (!view.style.absoluteLinks) return path;
  const withId = path.startsWith('/cgi-bin/DisplayMenu.pl') ? `${path}&amp;id=-1` : path;
  return `https://${view.host}${withId}`;
}

const LINK_SCRIPT = '/cgi-bin/LinkAcct.pl';
const NEXTGEN_MENU = '/cgi-bin/DisplayMenu.pl?NextGenRelease11';

/** The link item in other words: neither replica wording. */
function linkItemWords(view: EcfView): string {
  return view.court.type === 'bankruptcy' ? 'Link my CM/ECF filing account to my upgraded PACER account' : 'Link CM/ECF Account to PACER Account';
}

/** The page after logging in: a welcome panel with a reminder, no link to the linking page. */
export function ecfMainPage(view: EcfView): string {
  const kind = view.court.type === 'bankruptcy' ? 'Bankruptcy' : 'District';
  return ecfPage(view, `Welcome to NextGen CM/ECF`, `
<div class="welcome">
<table width="100%" cellpadding="4"><tr>
<td valign="top"><img src="/graphics/seal.gif" alt="Seal of the court" width="64" height="64"></td>
<td valign="top"><b>United States ${kind} Court</b><br>${escape(courtName(view.court))}<br>
<small>NextGen CM/ECF Version ${escape(view.court.release || '1.7.1.1')}</small></td>
</tr></table>
<p>Choose a menu above to begin. Questions? Call the Clerk's Office CM/ECF Help Desk, Monday through Friday, 8:00 a.m. to 5:00 p.m.</p>
</div>`);
}

/**
 * Utilities as lists under headings. The bankruptcy court keeps the link item here, worded
 * differently and under its own heading; the district court links to the NextGen page,
 * also worded differently.
 */
export function utilitiesPage(view: EcfView): string {
  const onUtilities = view.style.linkItemOn === 'utilities';
  const item = (path: string, words: string, note?: string) =>
    `<li><a href="${href(view, path)}">${escape(words)}</a>${note ? ` <span class="note">&mdash; ${escape(note)}</span>` : ''}</li>`;
  const nextGen = onUtilities
    ? item(LINK_SCRIPT, linkItemWords(view), 'one time, to file with your PACER account')
    : item(NEXTGEN_MENU, 'NextGen 1.1 Menu Items', 'account linking and other new items');
  return ecfPage(view, 'Utilities Menu', `
<div class="menuColumns">
<div class="menuGroup"><h4>NextGen CM/ECF</h4><ul>
${nextGen}
</ul></div>
<div class="menuGroup"><h4>My Account</h4><ul>
${item('/cgi-bin/MaintainAcct.pl', 'Maintain Your ECF Account')}
${item('/cgi-bin/TransLog.pl', 'View Your Transaction Log')}
${item('/cgi-bin/PacerExempt.pl', 'Change Your PACER Exemption Status')}
${item('/cgi-bin/BillHist.pl', 'Review Billing History')}
</ul></div>
<div class="menuGroup"><h4>Payments and Mailings</h4><ul>
${item('/cgi-bin/PayHist.pl', 'Internet Payment History')}
${item('/cgi-bin/MailList.pl', 'Mailings')}
</ul></div>
<div class="menuGroup"><h4>Other</h4><ul>
${item('/cgi-bin/LegacyLogin.pl', 'Change Your PACER Login')}
<li><a href="/help/linking-faq.html">Help with linking accounts</a></li>
</ul></div>
</div>`);
}

/** The page behind the NextGen link: a definition list with a description of each item. */
export function nextGenMenuPage(view: EcfView): string {
  return ecfPage(view, 'NextGen CM/ECF Release 1.1', `
<p>These items are new in NextGen CM/ECF.</p>
<dl>
<dt><a href="${href(view, LINK_SCRIPT)}">${escape(linkItemWords(view))}</a></dt>
<dd>Use once, to connect the e-filing login you used before NextGen to your upgraded PACER account.</dd>
<dt><a href="${href(view, '/cgi-bin/MaintainAcct.pl')}">Maintain Your ECF Account</a></dt>
<dd>Addresses, e-mail noticing and secondary e-mail addresses.</dd>
</dl>`);
}

/**
 * The linking form as a definition list labelled just "Login" and "Password" under a
 * heading about the CM/ECF account, instructions full of failure words, and a Continue
 * button. An error shows the form again with the message in an alert box.
 */
export function linkFormPage(view: EcfView, error?: string): string {
  return ecfPage(view, 'Link Accounts', `
${error ? `<div class="alert alert-error" role="alert"><b>Problem:</b> ${escape(error)}</div>` : ''}
<h4>Your current CM/ECF account</h4>
<p>Enter the login and password of the e-filing account you used in this court before NextGen.
Passwords are case sensitive. Invalid logins will be locked after 3 attempts. If you see an error, contact the help desk.</p>
<form name="AcctLink" id="acctLinkForm" method="post" action="${href(view, LINK_SCRIPT)}">
<input type="hidden" name="step" value="verify">
<dl class="fields">
<dt><label for="acctLoginName">Login</label></dt>
<dd><input type="text" id="acctLoginName" name="login" size="24" autocomplete="off" spellcheck="false"></dd>
<dt><label for="acctSecret">Password</label></dt>
<dd><input type="password" id="acctSecret" name="key" size="24" autocomplete="off"></dd>
</dl>
<p><button type="submit" class="btn-primary">Continue</button>
<a href="${href(view, '/cgi-bin/DisplayMenu.pl?Utilities')}">Cancel</a></p>
</form>`, 'login');
}

/** The verification as sentences and a list, with "Link Accounts" and a Cancel that also submits nothing. */
export function linkVerifyPage(view: EcfView, accounts: { cmecf: string; pacer: string; pacerName: string }): string {
  return ecfPage(view, 'Confirm Account Link', `
<p>Please review. The following accounts will be connected:</p>
<ul class="accounts">
<li>CM/ECF login: <b>${escape(accounts.cmecf)}</b></li>
<li>PACER account: <b>${escape(accounts.pacer)}</b> (${escape(accounts.pacerName)})</li>
</ul>
<p>If either account is wrong, click Cancel. Once linked, the CM/ECF login can no longer be used to log in here.
A shared firm PACER account must never be linked.</p>
<form name="AcctLinkConfirm" method="post" action="${href(view, LINK_SCRIPT)}">
<input type="hidden" name="step" value="confirm">
<p><button type="submit" id="btnLinkAccounts">Link Accounts</button>
<button type="button" onclick="history.back()">Cancel</button></p>
</form>`);
}

/** Success in other words ("connected"), in a status box, with the court's refresh advice. */
export function linkSuccessPage(view: EcfView): string {
  return ecfPage(view, 'Account Linking', `
<div class="status status-success" role="status"><b>Success!</b> Your CM/ECF account is now connected to your PACER account.</div>
<p>Use your PACER username and password to file in this court from now on. You will receive an e-mail confirming the change.</p>
<p>If you do not see additional filing options, try refreshing your browser, logging out and logging back in, or clear your browser cookies, cache, and history.</p>`);
}

/** A refusal: the message in a table with an icon, a "Try again" link and whom to call. */
export function linkErrorPage(view: EcfView, message: string): string {
  return ecfPage(view, 'Account Linking', `
<table class="message" cellpadding="6"><tr>
<td valign="top"><img src="/graphics/stop.gif" alt="Stop" width="24" height="24"></td>
<td><b>${escape(message)}</b></td>
</tr></table>
<p><a href="${href(view, LINK_SCRIPT)}">Try again</a> | <a href="${href(view, '/cgi-bin/DisplayMenu.pl?Utilities')}">Back to Utilities</a></p>
<p>If you believe this message is wrong, contact the Clerk's Office CM/ECF Help Desk.</p>`);
}

/** The refusals in other words, keyed like cmecf-pages' LINK_ERRORS. */
export const LINK_ERRORS = {
  'bad-credentials': 'The login and password entered do not match an existing CM/ECF account.',
  'already-linked': 'This CM/ECF account has previously been associated with a different PACER account.',
  'not-upgraded': 'Legacy PACER accounts cannot be linked. Upgrade your PACER account under Manage My Account first.',
  'bad-character': 'Logins with special characters (& @ $ *) are not supported for linking. Ask the Clerk\'s Office to change your login.',
} as const;

/**
 * PROSE, never a linking page: a court news item under the menu bar that walks through the
 * steps in words and quotes the success and error messages. The guide must not take it for
 * any step of the flow, nor record progress from it.
 */
export function linkingNewsPage(view: EcfView): string {
  return ecfPage(view, 'Court News', `
<div class="newsItem">
<h4>NextGen is here: link your accounts before you file</h4>
<p><i>Posted by the Clerk's Office</i></p>
<p>Every attorney who filed in this court before NextGen must link the old CM/ECF login to an individual, upgraded PACER account, once.
Log in with your PACER username and password, open <b>Utilities</b>, and choose <b>${escape(linkItemWords(view))}</b>.
On the next page enter your CM/ECF login and password (passwords are case sensitive) and click Continue.
The verification page lists the CM/ECF account and the PACER account; if either account is wrong, click Cancel.</p>
<p>When you see "Success! Your CM/ECF account is now connected to your PACER account." press F5 to refresh, and the filing menus appear.</p>
<p>Messages you may see instead: "${escape(LINK_ERRORS['bad-credentials'])}" (the court can reset your CM/ECF password),
"${escape(LINK_ERRORS['already-linked'])}" or "${escape(LINK_ERRORS['not-upgraded'])}" Call the help desk if you are unsure.</p>
<p>Questions: CM/ECF Help Desk, (334) 954-3800. PACER Service Center, (800) 676-6856.</p>
</div>`);
}
