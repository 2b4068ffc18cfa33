// The practice court's central PACER hosts: the login (pacer.login.uscourts.gov, and its
// training twin), which walks a session through the password, the passcode or MFA enrollment,
// a notice and the redaction notice before sending it back to its court; and Manage My Account.
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { courtById, type Court } from '../../src/core/courts/courts';
import { courtName } from '../../src/core/courts/names';
import { MFA_SKIPS, passcodeAccepted, pacerLogin, type PacerAccount } from './accounts';
import { REPLICA_MARK } from './cmecf-pages';
import { hostOf, PRACTICE_COURTS, type Host, type Session } from './court-session';
import { pacerLoginPage, type LoginStage } from './pacer-pages';
import { formOf, redirect, send, withBanner } from './responses';

/** The central login's one page: each stage's form posts back to it, and the session knows which is due. */
export async function loginHost(req: IncomingMessage, res: ServerResponse, url: URL, host: Extract<Host, { kind: 'login' }>, session: Session): Promise<void> {
  if (url.pathname !== '/csologin/login.jsf') return send(res, 404, withBanner('<html><body><h1>Not found</h1></body></html>'));
  const court = courtForLogin(url);
  const slot = host.training ? 'training' : 'live';
  const otherWords = session.scenario === 'other-words';
  const render = (stage: LoginStage, error?: string) =>
    send(
      res,
      200,
      withBanner(
        pacerLoginPage({
          action: `/csologin/login.jsf${url.search}`,
          courtName: court ? courtName(court) : null,
          training: host.training,
          viewState: randomBytes(12).toString('hex'),
          stage,
          error,
          skipsLeft: stage === 'enroll' ? skipsLeft(session, session.pacer[slot]?.account) : 0,
          viewStateName: otherWords ? 'jakarta.faces.ViewState' : 'javax.faces.ViewState',
          otherWords,
        }),
      ),
    );
  const login = session.pacer[slot];
  const stageNow = (): LoginStage => (login && login.stage !== 'done' ? login.stage : 'login');
  if (req.method !== 'POST') return render(stageNow());
  const form = await formOf(req);
  // Each step's form posts back here; the session knows which step is due.
  if (login && login.stage !== 'done' && !form.has('loginForm')) {
    const account = login.account;
    if (login.stage === 'mfa' && form.has('mfaForm')) {
      if (!passcodeAccepted(session.mfaSecret, form.get('mfaForm:mfaInput') ?? '')) return render('mfa', 'Invalid passcode. The code was not accepted; please try again.');
      login.stage = account.notice ? 'notice' : 'redaction';
    } else if (login.stage === 'enroll' && form.has('frmUserUpdate')) {
      if (form.has('frmUserUpdate:bpmSkip') && skipsLeft(session, account) > 0) {
        session.skipsUsed.set(account.username, (session.skipsUsed.get(account.username) ?? 0) + 1);
        login.stage = account.notice ? 'notice' : 'redaction';
      } else if (form.has('frmUserUpdate:bpmEnroll')) {
        // Enrolling really happens at Manage My Account; here the account is enrolled at once.
        session.enrolled.add(account.username);
        login.stage = 'mfa';
      }
    } else if (login.stage === 'notice' && form.has('ackForm')) {
      login.stage = 'redaction';
    } else if (login.stage === 'redaction' && form.has('regmsg')) {
      if (form.has('regmsg:bpmCancel')) {
        session.pacer[slot] = null;
        return render('login');
      }
      if (form.get('regmsg:chkRedact_input') !== 'on') return render('redaction');
      login.stage = 'done';
      return redirect(res, returnAddress(url, host.training));
    }
    return render(stageNow());
  }
  const account = pacerLogin(form.get('loginForm:loginName') ?? '', form.get('loginForm:password') ?? '', host.training);
  if (!account) return render('login', 'Login Failed: the username or password is invalid.');
  session.pacer[slot] = { account, stage: firstStage(session, account) };
  return render(session.pacer[slot]!.stage as LoginStage);
}

/** The step after a correct password: the passcode, the enrollment prompt, a notice, or the redaction notice. */
function firstStage(session: Session, account: PacerAccount): Exclude<LoginStage, 'login'> {
  if (account.mfa === 'enrolled' || session.enrolled.has(account.username)) return 'mfa';
  if (account.mfa === 'asked' || account.mfa === 'required') return 'enroll';
  return account.notice ? 'notice' : 'redaction';
}

function skipsLeft(session: Session, account: PacerAccount | undefined): number {
  if (!account || account.mfa !== 'asked') return 0;
  return Math.max(0, MFA_SKIPS - (session.skipsUsed.get(account.username) ?? 0));
}

function courtForLogin(url: URL): Court | null {
  const id = url.searchParams.get('pscCourtId')?.toUpperCase();
  return PRACTICE_COURTS.map((c) => courtById(c)!).find((court) => court.pacerIds.includes(id ?? '')) ?? null;
}

/** Where the login sends the user back: the `appurl`, if it is one of the practice courts. */
function returnAddress(url: URL, training: boolean): string {
  const appUrl = url.searchParams.get('appurl');
  try {
    const target = new URL(appUrl ?? '');
    const host = hostOf(target.host);
    if (target.protocol === 'https:' && host?.kind === 'ecf') return target.href;
  } catch {
    // fall through to the court the login names
  }
  const court = courtForLogin(url) ?? courtById('almb')!;
  return `https://${training ? 'ecf-train' : 'ecf'}.${court.id}.uscourts.gov/cgi-bin/login.pl`;
}

/** Manage My Account, where the login's links lead: only what the practice needs of it. */
export function accountPage(): string {
  return `<!DOCTYPE html>\n${REPLICA_MARK}\n<html><head><title>Manage My Account</title><link rel="stylesheet" href="/css/default.css"></head><body>
<div id="pscHeaderContainer">PACER: Manage My Account</div>
<div id="loginPanel"><h1>Manage My Account</h1>
<p>Account type: <b>Upgraded PACER Account</b></p>
<p>In the practice court, the account <code>pf1234</code> stands for a legacy account that must be upgraded before linking.</p></div>
</body></html>\n`;
}
