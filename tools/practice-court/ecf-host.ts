// A practice court's CM/ECF site (ecf.<court>.uscourts.gov, and its ecf-train twin): the
// landing page, the hand-off to the central login and back, the menus, and the linking
// form's steps, worded as the replicas word them or, in the other-words scenario, otherwise.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkLink, type PacerAccount } from './accounts';
import { practiceScript } from './assets';
import * as ecf from './cmecf-pages';
import type { CourtSession, Host, Session } from './court-session';
import { linkingFaqPage } from './help-pages';
import * as otherWords from './other-words';
import { formOf, redirect, send, withBanner } from './responses';

function loginAddress(host: Extract<Host, { kind: 'ecf' }>): string {
  const loginHostName = host.training ? 'train-login.uscourts.gov' : 'pacer.login.uscourts.gov';
  const appUrl = `https://${host.host}/cgi-bin/login.pl`;
  return `https://${loginHostName}/csologin/login.jsf?pscCourtId=${host.court.pacerIds[0]}&appurl=${encodeURIComponent(appUrl)}`;
}

/** A court site's pages, by path: the ones before the login, the login hand-off, then the menus and the linking form. */
export async function ecfHost(req: IncomingMessage, res: ServerResponse, url: URL, host: Extract<Host, { kind: 'ecf' }>, session: Session): Promise<void> {
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
