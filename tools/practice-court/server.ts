// The practice court: replica CM/ECF sites (a bankruptcy court, almb, and a district court,
// almd, each with a training twin) and the central PACER login, served over HTTPS on
// 127.0.0.1 under the real host names (the browser maps them with --host-resolver-rules).
// State lives in memory per browser session (a cookie); nothing is written to disk. This file
// is the server and its dispatch; the hosts' pages are ecf-host.ts and pacer-hosts.ts.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { practicePasscode } from './accounts';
import { PRACTICE_CSS } from './assets';
import { makeCertificate } from './certificate';
import { hostNameOf, hostOf, type Session } from './court-session';
import { ecfHost } from './ecf-host';
import { LOGIN_SCRIPT } from './pacer-pages';
import { accountPage, loginHost } from './pacer-hosts';
import { practiceControlPage } from './practice-page';
import { send, withBanner } from './responses';

export { PRACTICE_COURTS } from './court-session';

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
    const staticPage = options.staticPages?.get(`${hostNameOf(req.headers.host)}${(req.url ?? '/').split('?')[0]}`);
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
