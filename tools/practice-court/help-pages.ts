// REPLICA near-misses: pages that talk about linking, or look like a login form, without
// being the linking flow. The guide must not mistake them for it.
import { ecfPage, REPLICA_MARK, type EcfView } from './cmecf-pages';

/** A court help page describing the steps in prose, served under the menu bar. */
export function linkingFaqPage(view: EcfView | null): string {
  const body = `
<P>This page answers common questions about linking. It is long on purpose: real help pages are.</P>
${FAQ.map(([q, a]) => `<H4>${q}</H4>\n<P>${a}</P>`).join('\n')}`;
  if (view) return ecfPage(view, 'Linking your account - FAQ', body);
  return `<!DOCTYPE html>\n${REPLICA_MARK}\n<html><head><title>Linking your account - FAQ</title></head><body><H3>Linking your account - FAQ</H3>${body}</body></html>\n`;
}

const FAQ: ReadonlyArray<readonly [string, string]> = [
  ['Why must I link my accounts?', 'When the court moved to NextGen CM/ECF, each filer must link the old CM/ECF filer account to an individual, upgraded PACER account. Until you link, you see only the PACER menus and cannot file.'],
  ['How do I link?', 'Log in with your upgraded PACER account, click Utilities, then Link a CM/ECF account to my PACER account. Enter your old CM/ECF login and password, check both accounts on the verification page and submit. When you see that your CM/ECF account has been successfully linked, press F5 so the filing menus appear.'],
  ['What if I see an error?', 'If the page says the login or password is invalid, the court\'s CM/ECF help desk can reset your CM/ECF password. If it says the account is already linked, or that your PACER account must be upgraded, call the help desk or upgrade at Manage My Account. An error does not lock your account.'],
  ['Can a firm share one PACER account?', 'No. Each attorney links an individual PACER account. A shared firm account cannot be linked to your filer account, and the verification page would show the firm\'s name instead of yours.'],
  ['My CM/ECF login has an ampersand. Can I link?', 'Logins that contain &, @, $ or * cannot be linked. Contact the court\'s CM/ECF help desk before you try, and they will change the login for you.'],
  ['I linked at the court of appeals. Do I need to link here too?', 'Yes. Linking is per court: an attorney admitted in five courts links five times, once in each court, including bankruptcy and district courts in the same state.'],
  ['I linked, but I still cannot file.', 'Refresh the page with F5, or log out and log in again. If the Bankruptcy and Adversary menus (or Civil and Criminal) still do not appear, clear cookies for uscourts.gov and try again, then call the help desk.'],
  ['Which browsers work?', 'Any current browser that accepts cookies from uscourts.gov and runs JavaScript. Private windows work, but you must log in again each time.'],
  ['Who do I call?', 'The PACER Service Center at (800) 676-6856 for PACER account problems; this court\'s CM/ECF help desk for CM/ECF logins and passwords. Never give anyone your passwords.'],
];

/** The old system's "Change Your PACER Login": a login form under the menu bar that is not the link. */
export function changePacerLoginPage(view: EcfView): string {
  return ecfPage(view, 'Change Your PACER Login', `
<FORM NAME="ChgPacer" METHOD=POST ACTION="/cgi-bin/LegacyLogin.pl">
<TABLE>
<TR><TD>PACER login:</TD><TD><INPUT TYPE=text NAME=pacerlogin></TD></TR>
<TR><TD>PACER password:</TD><TD><INPUT TYPE=password NAME=pacerpass></TD></TR>
<TR><TD COLSPAN=2><INPUT TYPE=checkbox NAME=default VALUE=1> Make this my default PACER login for this CM/ECF account</TD></TR>
</TABLE>
<INPUT TYPE=submit VALUE="Submit">
</FORM>`, 'pacerlogin');
}
