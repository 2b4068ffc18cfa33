// The practice court's own control page (/practice on any practice host): the accounts to
// type, and the scenarios a trainer can switch on. Clearly not a court page.
import { ECF_LOGINS, PACER_ACCOUNTS, PRACTICE_ECF_PASSWORD, PRACTICE_PASSWORD, type PacerAccount } from './accounts';

export type Scenario = 'normal' | 'legacy-court' | 'other-words' | 'no-link-item';

const SCENARIO_NAMES: Record<Scenario, string> = {
  normal: 'normal NextGen court',
  'legacy-court': 'court not yet on NextGen',
  'other-words': 'other words: every step worded and built differently',
  'no-link-item': 'the court is not live for linking yet: Utilities has no linking item',
};

const MFA_NOTES: Record<PacerAccount['mfa'], string> = {
  none: '',
  enrolled: '; MFA set up: asks for the passcode below',
  asked: '; asked to set up MFA, with Skip (three times)',
  required: '; must set up MFA now (no Skip)',
};

/** @param passcode the practice authenticator's current code (it changes every 30 seconds) */
export function practiceControlPage(scenario: Scenario, passcode: string): string {
  const row = (cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Practice court settings</title>
<style>body{font:15px/1.5 Arial,sans-serif;max-width:760px;margin:24px auto;padding:0 16px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head>
<body><h1>Practice court settings</h1>
<p>This practice court is a replica for training and testing. It is not a court, and nothing here reaches PACER.</p>
<h2>Scenario: ${SCENARIO_NAMES[scenario]}</h2>
<ul>
<li><a href="/practice?scenario=normal">Normal: the court is on NextGen</a></li>
<li><a href="/practice?scenario=legacy-court">The court is not yet on NextGen (old CM/ECF login page)</a></li>
<li><a href="/practice?scenario=other-words">Other words: each step worded and built as another court might</a></li>
<li><a href="/practice?scenario=no-link-item">Not live for linking yet: Utilities without the linking item</a></li>
<li><a href="/practice?reset=1">Start over (log out, forget linking)</a></li>
</ul>
<h2>Authenticator app (practice)</h2>
<p>The one-time passcode for accounts with MFA set up: <output id="practice-passcode" aria-live="polite">${passcode}</output>. It changes every 30 seconds (reload this page for the new one), as an authenticator app's code does. Any other code is refused.</p>
<h2>Accounts</h2>
<table><tr><th>Account</th><th>Username / login</th><th>Password</th><th>What happens</th></tr>
${PACER_ACCOUNTS.map((a) => row([`PACER${a.training ? ' (training login only)' : ''}`, `<code>${a.username}</code>`, `<code>${PRACTICE_PASSWORD}</code>`, `${a.upgraded ? (a.training ? 'works only on the ecf-train sites' : 'an individual upgraded account: links') : 'a legacy account: linking is refused until it is upgraded'}${MFA_NOTES[a.mfa]}${a.notice ? '; PACER shows a notice first' : ''}`])).join('\n')}
${row(['CM/ECF', `<code>${ECF_LOGINS.good}</code>`, `<code>${PRACTICE_ECF_PASSWORD}</code>`, 'links'])}
${row(['CM/ECF', `<code>${ECF_LOGINS.alreadyLinked}</code>`, `<code>${PRACTICE_ECF_PASSWORD}</code>`, 'already linked to another PACER account'])}
${row(['CM/ECF', '<code>pat&amp;filer</code>', 'any', 'a login with &amp;, @, $ or * cannot be linked'])}
${row(['either', 'any other', 'any other', 'refused: wrong login or password'])}
</table>
<h2>Courts</h2>
<ul>
<li><a href="https://ecf.almb.uscourts.gov/">Bankruptcy court (almb)</a>: the link item is on Utilities.</li>
<li><a href="https://ecf.almd.uscourts.gov/">District court (almd)</a>: the link item is behind "NextGen Release 1.1 Menu Items".</li>
<li><a href="https://ecf-train.almb.uscourts.gov/">Training site (ecf-train.almb)</a>: real accounts fail here, as on a real training site.</li>
</ul>
</body></html>
`;
}
