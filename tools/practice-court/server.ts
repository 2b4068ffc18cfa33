// The practice court: replica CM/ECF sites (a bankruptcy court, almb, and a district court,
// almd, each with a training twin) and the central PACER login, served over HTTPS on
// 127.0.0.1 under the real host names (the browser maps them with --host-resolver-rules).
// State lives in memory per browser session (a cookie); nothing is written to disk.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { courtById, type Court } from '../../src/core/courts/courts';
import { courtName } from '../../src/core/courts/names';
import { checkLink, MFA_SKIPS, passcodeAccepted, pacerLogin, practicePasscode, type PacerAccount } from './accounts';
import { PRACTICE_CSS, practiceScript } from './assets';
import { makeCertificate } from './certificate';
import * as ecf from './cmecf-pages';
import * as otherWords from './other-words';
import { linkingFaqPage } from './help-pages';
import { LOGIN_SCRIPT, pacerLoginPage, type LoginStage } from './pacer-pages';
import { practiceControlPage, type Scenario } from './practice-page';

/**
 * almb (bankruptcy) and almd (district) are the ones trainers use; alsb, a bankruptcy court
 * built like almb, lets a run link one more court without touching those two (the bench's
 * court already linked and verified).
 */
export const PRACTICE_COURTS = ['almb', 'almd', 'alsb'] as const;

interface CourtSession {
  ecfLoggedIn: boolean;
  pendingLink: { cmecf: string } | null;
  linked: boolean;
  /** The filing menus show from the first page load after the success page. */
  menusShown: boolean;
}

interface Session {
  scenario: Scenario;
  pacer: { live: PacerLogin | null; training: PacerLogin | null };
  courts: Map<string, CourtSession>;
  /** The practice authenticator's secret: its current code shows on the practice settings page. */
  readonly mfaSecret: Buffer;
  /** MFA enrollment per account in this session: skips used, and accounts that enrolled. */
  readonly skipsUsed: Map<string, number>;
  readonly enrolled: Set<string>;
}

interface PacerLogin {
  account: PacerAccount;
  /** The step after the password that is due, or `done` once the login may return to the court. */
  stage: Exclude<LoginStage, 'login'> | 'done';
}

type Host =
  | { kind: 'ecf'; court: Court; training: boolean; host: string }
  | { kind: 'login'; training: boolean; host: string }
  | { kind: 'account'; host: string };

function hostOf(header: string | undefined): Host | null {
  const host = (header ?? '').toLowerCase().replace(/:\d+$/, '');
  if (host === 'pacer.login.uscourts.gov') return { kind: 'login', training: false, host };
  if (host === 'train-login.uscourts.gov') return { kind: 'login', training: true, host };
  if (host === 'pacer.psc.uscourts.gov') return { kind: 'account', host };
  const match = /^(ecf|ecf-train)\.([a-z]+)\.uscourts\.gov$/.exec(host);
  const court = match && (PRACTICE_COURTS as readonly string[]).includes(match[2]!) ? courtById(match[2]!) : null;
  return court ? { kind: 'ecf', court, training: match![1] === 'ecf-train', host } : null;
}

const SESSION_COOKIE = 'PracticeCourtSession';

export interface PracticeCourt {
  /** The address it listens on: always the loopback address. */
  readonly address: string;
  readonly port: number;
  readonly spki: string;
  /** Chromium flags that send the court hosts here and trust only this certificate. */
  readonly chromiumArgs: string[];
  close(): Promise<void>;
}

export interface PracticeCourtOptions {
  port?: number;
  /**
   * Extra pages served as they are, by `host + path` (e.g. `ecf.azb.uscourts.gov/`): saved real
   * court pages for the benchmark. Other hosts under uscourts.gov answer 404.
   */
  staticPages?: ReadonlyMap<string, string>;
}

export async function startPracticeCourt(options: PracticeCourtOptions = {}): Promise<PracticeCourt> {
  const certificate = await makeCertificate();
  const sessions = new Map<string, Session>();

  const sessionOf = (req: IncomingMessage, res: ServerResponse): Session => {
    const id = /(?:^|;\s*)PracticeCourtSession=([a-f0-9]{32})/.exec(req.headers.cookie ?? '')?.[1];
    const existing = id ? sessions.get(id) : undefined;
    if (existing) return existing;
    const fresh: Session = { scenario: 'normal', pacer: { live: null, training: null }, courts: new Map(), mfaSecret: randomBytes(20), skipsUsed: new Map(), enrolled: new Set() };
    const newId = randomBytes(16).toString('hex');
    sessions.set(newId, fresh);
    res.setHeader('Set-Cookie', `${SESSION_COOKIE}=${newId}; Domain=uscourts.gov; Path=/; Secure; HttpOnly; SameSite=Lax`);
    return fresh;
  };

  const server: Server = createServer({ key: certificate.key, cert: certificate.cert }, (req, res) => {
    const staticPage = options.staticPages?.get(`${(req.headers.host ?? '').toLowerCase().replace(/:\d+$/, '')}${(req.url ?? '/').split('?')[0]}`);
    if (staticPage !== undefined) return send(res, 200, staticPage);
    handle(req, res, sessionOf(req, res)).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `<h1>Practice court error</h1><pre>${String(error).replace(/</g, '&lt;')}</pre>`);
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port, address } = server.address() as AddressInfo;
  return {
    address,
    port,
    spki: certificate.spki,
    // Every other host fails to resolve: a saved real page's remote scripts and images cannot
    // reach the network (or stall a load waiting for it).
    chromiumArgs: [`--host-resolver-rules=MAP *.uscourts.gov 127.0.0.1:${port},MAP * ~NOTFOUND,EXCLUDE localhost`, `--ignore-certificate-errors-spki-list=${certificate.spki}`],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(res: ServerResponse, status: number, body: string, type = 'text/html; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' });
  res.end();
}

async function formOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 64 * 1024) throw new Error('form too large');
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

const BANNER = '<div class="practice-banner" role="note">Practice court: a replica for training. Not a real court site. <a href="/practice">Practice settings</a></div>';

/** Adds the practice banner under <body> so nobody mistakes the replica for a court. */
function withBanner(html: string): string {
  return html.replace(/(<body\b[^>]*>)/i, `$1\n${BANNER}`);
}

async function handle(req: IncomingMessage, res: ServerResponse, session: Session): Promise<void> {
  const host = hostOf(req.headers.host);
  const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
  if (!host) return send(res, 404, '<h1>Not part of the practice court</h1>');
  const path = url.pathname;
  if (path === '/css/default.css' || path === '/csologin/javax.faces.resource/theme.css') return send(res, 200, PRACTICE_CSS, 'text/css');
  if (path === '/csologin/javax.faces.resource/practice-login.js') return send(res, 200, LOGIN_SCRIPT, 'text/javascript');
  if (path === '/practice') return practiceControl(req, res, url, session);
  if (path === '/favicon.ico' || path.startsWith('/graphics/')) return send(res, 404, '', 'text/plain');
  if (host.kind === 'login') return loginHost(req, res, url, host, session);
  if (host.kind === 'account') return send(res, 200, withBanner(accountPage()));
  return ecfHost(req, res, url, host, session);
}

function practiceControl(_req: IncomingMessage, res: ServerResponse, url: URL, session: Session): void {
  const scenario = url.searchParams.get('scenario');
  if (scenario === 'normal' || scenario === 'legacy-court' || scenario === 'other-words' || scenario === 'no-link-item') session.scenario = scenario;
  if (url.searchParams.has('reset')) {
    session.scenario = 'normal';
    session.pacer = { live: null, training: null };
    session.courts.clear();
    session.skipsUsed.clear();
    session.enrolled.clear();
  }
  send(res, 200, practiceControlPage(session.scenario, practicePasscode(session.mfaSecret)));
}

// ---- the central PACER login -------------------------------------------------------------

async function loginHost(req: IncomingMessage, res: ServerResponse, url: URL, host: Extract<Host, { kind: 'login' }>, session: Session): Promise<void> {
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

// ---- a court's CM/ECF site ------------------------------------------------------------------

function loginAddress(host: Extract<Host, { kind: 'ecf' }>): string {
  const loginHostName = host.training ? 'train-login.uscourts.gov' : 'pacer.login.uscourts.gov';
  const appUrl = `https://${host.host}/cgi-bin/login.pl`;
  return `https://${loginHostName}/csologin/login.jsf?pscCourtId=${host.court.pacerIds[0]}&appurl=${encodeURIComponent(appUrl)}`;
}

async function ecfHost(req: IncomingMessage, res: ServerResponse, url: URL, host: Extract<Host, { kind: 'ecf' }>, session: Session): Promise<void> {
  const court = host.court;
  const state = session.courts.get(host.host) ?? { ecfLoggedIn: false, pendingLink: null, linked: false, menusShown: false };
  session.courts.set(host.host, state);
  // A court not yet live for linking shows Utilities without the item or the NextGen link.
  const style = (): ecf.CourtStyle => (session.scenario === 'no-link-item' ? { ...ecf.styleFor(court), linkItemOn: 'none' } : ecf.styleFor(court));
  const view = (): ecf.EcfView => ({ court, host: host.host, style: style(), filer: state.linked && state.menusShown });
  const page = (html: string) => send(res, 200, withBanner(html));
  const path = url.pathname;
  const script = path.toLowerCase();
  const pacer = session.pacer[host.training ? 'training' : 'live'];
  // The linking steps' pages: as the replicas word them, or in other words and structure.
  const steps: LinkingPages = session.scenario === 'other-words' ? otherWords : ecf;

  if (script === '/lib/practice.js') return send(res, 200, practiceScript(utilitiesItems(view())), 'text/javascript');
  if (script === '/' || script === '/index.html') return court.type === 'bankruptcy' ? page(ecf.bankruptcyLanding(view())) : send(res, 200, ecf.districtRoot());
  if (script === '/cgi-bin/showindex.pl') return page(ecf.districtShowIndex(view()));
  if (script === '/help/linking-faq.html') return page(linkingFaqPage(state.ecfLoggedIn ? view() : null));
  if (script === '/cgi-bin/login.pl') {
    if (/logout/i.test(url.search)) {
      state.ecfLoggedIn = false;
      session.pacer[host.training ? 'training' : 'live'] = null;
      if (state.linked) state.menusShown = true;
      return redirect(res, '/');
    }
    if (session.scenario === 'legacy-court') return page(ecf.legacyLoginPage(view()));
    if (!pacer || pacer.stage !== 'done') return redirect(res, loginAddress(host));
    state.ecfLoggedIn = true;
    return page(steps.ecfMainPage(view()));
  }
  // Everything below needs a logged-in user, as on a real court site.
  if (!state.ecfLoggedIn || !pacer) return redirect(res, '/cgi-bin/login.pl');
  if (script === '/cgi-bin/displaymenu.pl') {
    const menu = url.search.slice(1).split(/[&=]/)[0]?.toLowerCase();
    if (menu === 'utilities') return page(steps.utilitiesPage(view()));
    if (menu === 'nextgenrelease11') return page(steps.nextGenMenuPage(view()));
    return page(ecf.ecfPage(view(), decodeURIComponent(menu ?? 'Menu'), '<P>This menu is not part of the practice.</P>'));
  }
  if (script === '/cgi-bin/linkacct.pl') return linkAccount(req, res, url, state, pacer.account, view, page, steps);
  // A court news page that describes the steps in prose: never a step of the flow.
  if (script === '/cgi-bin/shownews.pl') return page(otherWords.linkingNewsPage(view()));
  return page(ecf.ecfPage(view(), 'Practice court', '<P>This page is not part of the practice. Use the menu bar above.</P>'));
}

/** The pages of the linking steps, as cmecf-pages.ts and other-words.ts both write them. */
type LinkingPages = Pick<typeof ecf, 'ecfMainPage' | 'utilitiesPage' | 'nextGenMenuPage' | 'linkFormPage' | 'linkVerifyPage' | 'linkSuccessPage' | 'linkErrorPage'> & {
  readonly LINK_ERRORS: Readonly<Record<keyof typeof ecf.LINK_ERRORS, string>>;
};

async function linkAccount(req: IncomingMessage, res: ServerResponse, url: URL, state: CourtSession, account: PacerAccount, view: () => ecf.EcfView, page: (html: string) => void, steps: LinkingPages): Promise<void> {
  if (req.method !== 'POST') {
    if (url.search === '?linked') {
      if (!state.linked) return redirect(res, '/cgi-bin/LinkAcct.pl');
      page(steps.linkSuccessPage(view()));
      // The menu bar is built when a page loads: the filing menus appear on the next load (F5).
      state.menusShown = true;
      return;
    }
    return page(steps.linkFormPage(view()));
  }
  const form = await formOf(req);
  if (form.get('step') === 'confirm') {
    if (!state.pendingLink) return redirect(res, '/cgi-bin/LinkAcct.pl');
    state.pendingLink = null;
    state.linked = true;
    state.menusShown = false;
    return redirect(res, '/cgi-bin/LinkAcct.pl?linked');
  }
  const login = (form.get('login') ?? '').trim();
  const outcome = checkLink(login, form.get('key') ?? '', account);
  if (outcome === 'verify') {
    state.pendingLink = { cmecf: login };
    return page(steps.linkVerifyPage(view(), { cmecf: login, pacer: account.username, pacerName: account.name }));
  }
  return page(steps.linkErrorPage(view(), steps.LINK_ERRORS[outcome]));
}

/** The items the Utilities drop-down shows: like the page, with or without the link item. */
function utilitiesItems(view: ecf.EcfView): Array<[string, string]> {
  const base = `https://${view.host}`;
  const items: Array<[string, string]> = [
    ['Maintain Your ECF Account', `${base}/cgi-bin/MaintainAcct.pl`],
    ['View Your Transaction Log', `${base}/cgi-bin/TransLog.pl`],
  ];
  if (view.style.linkItemOn === 'utilities') items.push([view.style.linkItemLabel, `${base}/cgi-bin/LinkAcct.pl`]);
  else if (view.style.linkItemOn === 'nextgen-menu') items.push(['NextGen Release 1.1 Menu Items', `${base}/cgi-bin/DisplayMenu.pl?NextGenRelease11`]);
  return items;
}

function accountPage(): string {
  return `<!DOCTYPE html>\n${ecf.REPLICA_MARK}\n<html><head><title>Manage My Account</title><link rel="stylesheet" href="/css/default.css"></head><body>
<div id="pscHeaderContainer">PACER: Manage My Account</div>
<div id="loginPanel"><h1>Manage My Account</h1>
<p>Account type: <b>Upgraded PACER Account</b></p>
<p>In the practice court, the account <code>pf1234</code> stands for a legacy account that must be upgraded before linking.</p></div>
</body></html>\n`;
}
