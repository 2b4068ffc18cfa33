// REPLICA pages of a court's CM/ECF site, written from shared/notes/cmecf-field-guide.md and
// the markup of real captures (test/fixtures/real). No public capture exists of the pages
// after login, Utilities, the NextGen menu page or the linking pages: real ones will differ.
import type { Court } from '../../src/core/courts/courts';
import { courtName } from '../../src/core/courts/names';

export const REPLICA_MARK = '<!-- REPLICA: practice-court page written from the field guide, not a capture of a real court page -->';

/** How a court's pages differ: the two practice courts use different real-world markup styles. */
export interface CourtStyle {
  /** Absolute hrefs with `&amp;id=-1` (almd) or relative single-quoted ones (almb). */
  readonly absoluteLinks: boolean;
  /** Where the linking item lives: on Utilities, behind "NextGen Release 1.1 Menu Items", or nowhere yet (a court not live for linking). */
  readonly linkItemOn: 'utilities' | 'nextgen-menu' | 'none';
  /** The item's capitalisation differs between courts. */
  readonly linkItemLabel: string;
}

export function styleFor(court: Court): CourtStyle {
  return court.type === 'bankruptcy'
    ? { absoluteLinks: false, linkItemOn: 'utilities', linkItemLabel: 'Link a CM/ECF account to my PACER account' }
    : { absoluteLinks: true, linkItemOn: 'nextgen-menu', linkItemLabel: 'Link a CM/ECF Account to My PACER Account' };
}

export interface EcfView {
  readonly court: Court;
  readonly host: string;
  readonly style: CourtStyle;
  /** The menu bar shows the filing menus (after linking and a refresh). */
  readonly filer: boolean;
}

export const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function href(view: EcfView, path: string): string {
  if (!view.style.absoluteLinks) return path;
  const withId = path.startsWith('/cgi-bin/DisplayMenu.pl') ? `${path}&amp;id=-1` : path;
  return `https://${view.host}${withId}`;
}

function head(title: string): string {
  return `<!DOCTYPE html>
${REPLICA_MARK}
<html><head><link rel="shortcut icon" href="/favicon.ico"/><title>${escape(title)}</title>
<link rel="stylesheet" type="text/css" href="/css/default.css">
<script type="text/javascript">if (top!=self) {top.location.replace(location.href);}</script>
<script type="text/javascript" src="/lib/practice.js"></script>
</head>`;
}

function menuItem(view: EcfView, path: string, label: string, submenu: boolean): string {
  const quoted = view.style.absoluteLinks ? `"${href(view, path)}"` : `'${path}'`;
  const cls = submenu ? 'yuimenubaritemlabel yuimenubaritemlabel-hassubmenu' : 'yuimenubaritemlabel';
  return `<li class="yuimenubaritem"><a class="${cls}" href=${quoted}>${label}</a></li>`;
}

/** The CM/ECF top menu bar: PACER-only menus, plus the filing menus for linked filers. */
export function menuBar(view: EcfView): string {
  const filing = !view.filer
    ? []
    : view.court.type === 'bankruptcy'
      ? [menuItem(view, '/cgi-bin/DisplayMenu.pl?BankruptcyEvents', 'Ba<u>n</u>kruptcy', true), menuItem(view, '/cgi-bin/DisplayMenu.pl?AdversaryEvents', '<u>A</u>dversary', true)]
      : [menuItem(view, '/cgi-bin/DisplayMenu.pl?CivilEvents', '<u>C</u>ivil', true), menuItem(view, '/cgi-bin/DisplayMenu.pl?CriminalEvents', 'C<u>r</u>iminal', true)];
  const items = [
    ...filing,
    menuItem(view, '/cgi-bin/iquery.pl', '<u>Q</u>uery', false),
    menuItem(view, '/cgi-bin/DisplayMenu.pl?Reports', '<u>R</u>eports', true),
    menuItem(view, '/cgi-bin/DisplayMenu.pl?Utilities', '<u>U</u>tilities', true),
    menuItem(view, '/cgi-bin/login.pl?logout', view.style.absoluteLinks ? 'Log Out' : '<u>L</u>ogout', false),
  ];
  return `<div id="topmenu" class="yuimenubar"><div class="bd">
<img src="/graphics/logo-cmecf-sm.png" class="cmecfLogo" id="cmecfLogo" alt="CM/ECF" title="">
<ul class="first-of-type">
${items.join('\n')}
</ul></div><hr class="hrmenuseparator"></div>`;
}

/** A logged-in CM/ECF page: menu bar, then the page's own content. */
export function ecfPage(view: EcfView, title: string, content: string, focusField?: string): string {
  return `${head(`CM/ECF - ${view.court.id}`)}
<body BGCOLOR=#f2eee3 TEXT=#000000 onLoad='SetFocus()'>
${menuBar(view)}
<div id="cmecfMainContent"><input type="hidden" id="cmecfMainContentScroll" value="0">
<script>var IsForm = ${focusField ? 'true' : 'false'}; var FirstField = ${focusField ? `'${focusField}'` : 'null'};</script>
<h3 align="center">${escape(title)}</h3>
${content}
</div></body></html>
`;
}

/** The page right after logging in: the court's welcome, under the menu bar. */
export function ecfMainPage(view: EcfView): string {
  return ecfPage(view, `U.S. ${view.court.type === 'bankruptcy' ? 'Bankruptcy' : 'District'} Court`, `
<CENTER><B><FONT SIZE=+1>${escape(courtName(view.court))}</FONT></B></CENTER>
<P>Welcome to CM/ECF. Use the menu bar above to query cases, run reports or manage your account.</P>
<P>NextGen CM/ECF ${escape(view.court.release || '1.7')}</P>`);
}

function yourAccountItems(view: EcfView, withLinkItem: boolean): string {
  const items = [
    ['/cgi-bin/MaintainAcct.pl', 'Maintain Your ECF Account'],
    ['/cgi-bin/TransLog.pl', 'View Your Transaction Log'],
    ['/cgi-bin/PacerExempt.pl', 'Change Your PACER Exemption Status'],
    ['/cgi-bin/BillHist.pl', 'Review Billing History'],
    ...(withLinkItem ? [['/cgi-bin/LinkAcct.pl', view.style.linkItemLabel]] : []),
  ];
  return items.map(([path, label]) => `<TR><TD><A HREF="${href(view, path!)}">${escape(label!)}</A></TD></TR>`).join('\n');
}

/** `DisplayMenu.pl?Utilities`: the link item, or only a link to the NextGen Release 1.1 page. */
export function utilitiesPage(view: EcfView): string {
  const onUtilities = view.style.linkItemOn === 'utilities';
  return ecfPage(view, 'Utilities', `
<TABLE BORDER=0 CELLPADDING=2>
<TR><TH ALIGN=LEFT>Your Account</TH></TR>
${yourAccountItems(view, onUtilities)}
${view.style.linkItemOn === 'nextgen-menu' ? `<TR><TD><A HREF="${href(view, '/cgi-bin/DisplayMenu.pl?NextGenRelease11')}">NextGen Release 1.1 Menu Items</A></TD></TR>` : ''}
<TR><TH ALIGN=LEFT>Internet Payment History</TH></TR>
<TR><TD><A HREF="${href(view, '/cgi-bin/PayHist.pl')}">Internet Payment History</A></TD></TR>
<TR><TH ALIGN=LEFT>Mailings</TH></TR>
<TR><TD><A HREF="${href(view, '/cgi-bin/MailList.pl')}">Mailings</A></TD></TR>
<TR><TH ALIGN=LEFT>Miscellaneous</TH></TR>
<TR><TD><A HREF="${href(view, '/cgi-bin/LegacyLogin.pl')}">Change Your PACER Login</A></TD></TR>
<TR><TD><A HREF="/help/linking-faq.html">Linking your account - FAQ</A></TD></TR>
</TABLE>`);
}

/** The page behind "NextGen Release 1.1 Menu Items", which holds the link item in some courts. */
export function nextGenMenuPage(view: EcfView): string {
  return ecfPage(view, 'NextGen Release 1.1 Menu Items', `
<TABLE BORDER=0 CELLPADDING=2>
<TR><TH ALIGN=LEFT>Your Account</TH></TR>
<TR><TD><A HREF="${href(view, '/cgi-bin/LinkAcct.pl')}">${escape(view.style.linkItemLabel)}</A></TD></TR>
<TR><TD><A HREF="${href(view, '/cgi-bin/MaintainAcct.pl')}">Maintain Your ECF Account</A></TD></TR>
</TABLE>`);
}

/** The linking form: the OLD CM/ECF login and password. `error` shows the form again with a message. */
export function linkFormPage(view: EcfView, error?: string): string {
  return ecfPage(view, 'Link a CM/ECF Account to My PACER Account', `
${error ? `<P><FONT COLOR=RED role="alert"><B>${escape(error)}</B></FONT></P>` : ''}
<P>Enter the CM/ECF login and password you used to file in this court before NextGen.
Once linked, you will use your PACER account to file here.</P>
<FORM NAME="LinkAcct" METHOD=POST ACTION="${href(view, '/cgi-bin/LinkAcct.pl')}">
<INPUT TYPE=hidden NAME="step" VALUE="verify">
<TABLE BORDER=0>
<TR><TD ALIGN=RIGHT><LABEL FOR="ecfLogin">CM/ECF login</LABEL></TD><TD><INPUT TYPE=text ID="ecfLogin" NAME="login" SIZE=20 AUTOCOMPLETE="off"></TD></TR>
<TR><TD ALIGN=RIGHT><LABEL FOR="ecfPassword">CM/ECF password</LABEL></TD><TD><INPUT TYPE=password ID="ecfPassword" NAME="key" SIZE=20 AUTOCOMPLETE="off"></TD></TR>
</TABLE>
<P><INPUT TYPE=submit VALUE="Submit"> <INPUT TYPE=reset VALUE="Clear"></P>
</FORM>`, 'login');
}

/** The verification: both accounts, for the user to check they are their own. */
export function linkVerifyPage(view: EcfView, accounts: { cmecf: string; pacer: string; pacerName: string }): string {
  return ecfPage(view, 'Link a CM/ECF Account to My PACER Account', `
<P>You are about to link these accounts. After linking, you will no longer be able to log in with the CM/ECF account.</P>
<FORM NAME="LinkConfirm" METHOD=POST ACTION="${href(view, '/cgi-bin/LinkAcct.pl')}">
<INPUT TYPE=hidden NAME="step" VALUE="confirm">
<TABLE BORDER=1 CELLPADDING=4>
<TR><TH ALIGN=LEFT>CM/ECF account</TH><TD>${escape(accounts.cmecf)}</TD></TR>
<TR><TH ALIGN=LEFT>PACER account</TH><TD>${escape(accounts.pacer)} (${escape(accounts.pacerName)})</TD></TR>
</TABLE>
<P>Verify that both accounts are yours, then submit.</P>
<P><INPUT TYPE=submit VALUE="Submit"> <INPUT TYPE=button VALUE="Cancel" onclick="history.back()"></P>
</FORM>`);
}

export function linkSuccessPage(view: EcfView): string {
  return ecfPage(view, 'Link a CM/ECF Account to My PACER Account', `
<P><B>Your CM/ECF account has been successfully linked to your PACER account.</B></P>
<P>From now on, log in to this court with your PACER account. A confirmation e-mail is on its way.</P>`);
}

export function linkErrorPage(view: EcfView, message: string): string {
  return ecfPage(view, 'Link a CM/ECF Account to My PACER Account', `
<P><FONT COLOR=RED><B>Error:</B> ${escape(message)}</FONT></P>
<P><A HREF="${href(view, '/cgi-bin/LinkAcct.pl')}">Return to the linking form</A></P>`);
}

/** The messages each refusal gives (wording of real pages unknown; these follow the field guide). */
export const LINK_ERRORS = {
  'bad-credentials': 'Invalid CM/ECF login or password. The account could not be linked.',
  'already-linked': 'This CM/ECF account is already linked to another PACER account and cannot be linked.',
  'not-upgraded': 'Your PACER account is not an upgraded PACER account. Upgrade it at Manage My Account, then link.',
  'bad-character': 'The CM/ECF login contains a character (&, @, $ or *) that cannot be linked. Contact the court\'s CM/ECF help desk.',
} as const;

/** Bankruptcy landing page (`/`): no menu bar; the entry says just "Login", as almb's does. */
export function bankruptcyLanding(view: EcfView): string {
  const training = view.host.startsWith('ecf-train.');
  return `${head(`${view.court.id.toUpperCase()} Electronic Case Filing${training ? ' - TRAINING' : ''}`)}
<body BGCOLOR=#f2eee3 TEXT=#000000 onLoad='SetFocus()'>
<div id="cmecfMainContent"><input type="hidden" id="cmecfMainContentScroll" value="0">
<CENTER><TABLE><TR><TD>
<H3 align="center">ACCESS TO THIS SYSTEM IS RESTRICTED TO<BR>AUTHORIZED ELECTRONIC FILERS,<BR>PACER USERS, AND COURT PERSONNEL ONLY.</H3>
${training ? '<P><B>TRAINING DATABASE - filings here are not real.</B></P>' : ''}
<P>Each filer must link the CM/ECF account to an upgraded PACER account before filing in NextGen.</P>
<P><A HREF="/cgi-bin/login.pl"> Login </A></P>
<P><A HREF="https://pacer.uscourts.gov/">PACER</A> | <A HREF="/help/linking-faq.html">Linking your account - FAQ</A></P>
</TD></TR></TABLE></CENTER>
</div></body></html>
`;
}

/** District root: a bare refresh to ShowIndex.pl, exactly as real district courts serve it. */
export function districtRoot(): string {
  return `<html><meta http-equiv='REFRESH' content='0;url=/cgi-bin/ShowIndex.pl'></html>\n`;
}

/** District `ShowIndex.pl`: holds the "CM/ECF Document Filing System" entry. */
export function districtShowIndex(view: EcfView): string {
  return `${head(`${courtName(view.court)} - CM/ECF`)}
<body BGCOLOR=#ffffff TEXT=#000000>
<div id="cmecfMainContent">
<H2 ALIGN=CENTER>United States District Court<BR>${escape(courtName(view.court).replace(/ District Court$/, ''))}</H2>
<UL>
<LI><A HREF="https://${view.host}/cgi-bin/login.pl">CM/ECF Document Filing System</A></LI>
<LI><A HREF="https://${view.host}/cgi-bin/iquery.pl">Query (PACER)</A></LI>
</UL>
<P>Attorneys who filed here before NextGen must link their CM/ECF account to their upgraded PACER account
(Utilities &gt; Link a CM/ECF account to my PACER account) before filing.</P>
</div></body></html>
`;
}

/** The pre-NextGen CM/ECF login (form GetPass): what a court not yet on NextGen shows. */
export function legacyLoginPage(view: EcfView): string {
  return `${head(`${view.court.id.toUpperCase()} CM/ECF LIVE - Login`)}
<body BGCOLOR=#f2eee3 TEXT=#000000 onLoad='SetFocus()'>
<div id="cmecfMainContent">
<H3>CM/ECF Filer or PACER Login</H3>
<FORM NAME=GetPass ENCTYPE='multipart/form-data' METHOD=POST ACTION="/cgi-bin/login.pl">
<TABLE>
<TR><TD>Login:</TD><TD><INPUT TYPE=TEXT NAME=login SIZE=20></TD></TR>
<TR><TD>Password:</TD><TD><INPUT TYPE=PASSWORD NAME=key SIZE=20></TD></TR>
<TR><TD>Client Code:</TD><TD><INPUT TYPE=TEXT NAME=clcode SIZE=20></TD></TR>
<TR><TD COLSPAN=2><INPUT TYPE=checkbox NAME=redaction VALUE=1> I understand that, if I file, I must comply with the redaction rules.</TD></TR>
</TABLE>
<INPUT TYPE=SUBMIT VALUE="Login"> <INPUT TYPE=RESET VALUE="Clear">
</FORM>
</div></body></html>
`;
}
