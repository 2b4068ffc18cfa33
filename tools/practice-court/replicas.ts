// The replica pages as fixtures: every page of the practice court in each state worth
// testing, with the labels the recognition engine must give it (labels.tsv format).
// `npm run replicas` writes them to test/fixtures/replicas; a test keeps them in sync.
import { courtById, type Court } from '../../src/core/courts/courts';
import { courtName } from '../../src/core/courts/names';
import * as ecf from './cmecf-pages';
import { changePacerLoginPage, linkingFaqPage } from './help-pages';
import { pacerLoginPage, type LoginView } from './pacer-pages';

export interface Replica {
  readonly file: string;
  readonly url: string;
  readonly html: string;
  /** labels.tsv columns: court, courtType, page, filer, next (`*` = not checked). */
  readonly labels: readonly [string, string, string, string, string];
  /** Extra expectations beyond labels.tsv: the error reason and the verification's accounts. */
  readonly reason?: string;
  readonly training?: boolean;
  /** On the MFA enrollment prompt: whether it offers Skip. */
  readonly skipOffered?: boolean;
}

function court(id: string): Court {
  const found = courtById(id);
  if (!found) throw new Error(`no court ${id}`);
  return found;
}

function view(id: string, filer = false, host = `ecf.${id}.uscourts.gov`): ecf.EcfView {
  const c = court(id);
  return { court: c, host, style: ecf.styleFor(c), filer };
}

export const PRACTICE_ACCOUNTS = {
  cmecf: 'pat.filer',
  pacer: 'pfiler2024',
  pacerName: 'Pat Filer',
} as const;

function loginUrl(pacerId: string, courtId: string, host = 'pacer.login.uscourts.gov'): string {
  return `https://${host}/csologin/login.jsf?pscCourtId=${pacerId}&appurl=https://ecf.${courtId}.uscourts.gov/cgi-bin/login.pl`;
}

function loginView(courtId: string, extra: Partial<LoginView> = {}) {
  const c = court(courtId);
  return pacerLoginPage({ action: `/csologin/login.jsf?pscCourtId=${c.pacerIds[0]}`, courtName: courtName(c), training: extra.training ?? false, viewState: '-1234567890123456789:987654321', ...extra });
}

/** The redaction notice with its box ticked, as PrimeFaces draws it (the drawn box active, Continue enabled). */
function ticked(html: string): string {
  return html
    .replace('class="ui-chkbox ui-widget"', 'class="ui-chkbox ui-widget ui-state-active" aria-checked="true"')
    .replace('class="ui-button ui-state-disabled" disabled aria-disabled="true"', 'class="ui-button"');
}

export function buildReplicas(): Replica[] {
  const replicas: Replica[] = [];
  for (const id of ['almb', 'almd']) {
    const c = court(id);
    const type = c.type;
    const b = type === 'bankruptcy';
    const base = `https://ecf.${id}.uscourts.gov`;
    const v = view(id);
    const add = (file: string, path: string, html: string, page: string, filer: string, next: string, extra: Partial<Replica> = {}) =>
      replicas.push({ file: `${id}-${file}.html`, url: path.startsWith('https://') ? path : `${base}${path}`, html, labels: [id, type, page, filer, next], ...extra });

    if (b) {
      add('landing', '/', ecf.bankruptcyLanding(v), 'court-home', '*', 'entry');
      add('train-landing', `https://ecf-train.${id}.uscourts.gov/`, ecf.bankruptcyLanding(view(id, false, `ecf-train.${id}.uscourts.gov`)), 'court-home', '*', 'entry', { training: true });
    } else {
      add('root', '/', ecf.districtRoot(), 'court-home', '*', 'none');
      add('showindex', '/cgi-bin/ShowIndex.pl', ecf.districtShowIndex(v), 'court-home', '*', 'entry');
    }
    const login = loginUrl(c.pacerIds[0]!, id);
    add('pacer-login', login, loginView(id), 'pacer-login', '*', 'username');
    add('pacer-login-failed', login, loginView(id, { error: 'Login Failed: the username or password is invalid.' }), 'pacer-login', '*', 'username', { reason: 'bad-credentials' });
    add('pacer-login-redaction', login, loginView(id, { stage: 'redaction' }), 'pacer-login', '*', 'redaction');
    add('pacer-login-redaction-ticked', login, ticked(loginView(id, { stage: 'redaction' })), 'pacer-login', '*', 'continue');
    // The steps of the MFA login (since 2025). The district court's pages are worded and built
    // differently (renamed ids, other labels, jakarta.faces.ViewState), as courts' releases differ.
    const other = !b;
    const jsf = other ? ({ otherWords: true, viewStateName: 'jakarta.faces.ViewState' } as const) : {};
    add('pacer-mfa', login, loginView(id, { stage: 'mfa', ...jsf }), 'pacer-mfa', '*', 'passcode');
    add('pacer-mfa-failed', login, loginView(id, { stage: 'mfa', error: 'Invalid passcode. The code was not accepted; please try again.', ...jsf }), 'pacer-mfa', '*', 'passcode', { reason: 'bad-passcode' });
    add('pacer-mfa-enroll', login, loginView(id, { stage: 'enroll', skipsLeft: 2, ...jsf }), 'pacer-mfa-enroll', '*', 'mfa-choice', { skipOffered: true });
    add('pacer-mfa-enroll-required', login, loginView(id, { stage: 'enroll', skipsLeft: 0, ...jsf }), 'pacer-mfa-enroll', '*', 'mfa-choice', { skipOffered: false });
    add('pacer-notice', login, loginView(id, { stage: 'notice', ...jsf }), 'pacer-notice', '*', 'acknowledge');
    if (b) {
      add('pacer-login-training', loginUrl(c.pacerIds[0]!, id, 'train-login.uscourts.gov'), loginView(id, { training: true }), 'pacer-login', '*', 'username', { training: true });
    }
    add('main-pacer-only', '/cgi-bin/login.pl', ecf.ecfMainPage(v), 'ecf-menu', 'false', 'utilities');
    add('utilities', '/cgi-bin/DisplayMenu.pl?Utilities', ecf.utilitiesPage(v), 'utilities', 'false', b ? 'link-item' : 'nextgen-menu');
    if (!b) add('nextgen-menu', '/cgi-bin/DisplayMenu.pl?NextGenRelease11', ecf.nextGenMenuPage(v), 'nextgen-menu', 'false', 'link-item');
    add('link-form', '/cgi-bin/LinkAcct.pl', ecf.linkFormPage(v), 'link-form', 'false', 'link-fields');
    add('link-form-invalid', '/cgi-bin/LinkAcct.pl', ecf.linkFormPage(v, ecf.LINK_ERRORS['bad-credentials']), 'link-form', 'false', 'link-fields', { reason: 'bad-credentials' });
    add('link-verify', '/cgi-bin/LinkAcct.pl', ecf.linkVerifyPage(v, PRACTICE_ACCOUNTS), 'link-verify', 'false', 'confirm');
    add('link-success', '/cgi-bin/LinkAcct.pl?linked', ecf.linkSuccessPage(v), 'link-success', 'false', 'refresh');
    add('link-success-refreshed', '/cgi-bin/LinkAcct.pl?linked', ecf.linkSuccessPage(view(id, true)), 'link-success', 'true', 'none');
    add('main-filer', '/cgi-bin/login.pl', ecf.ecfMainPage(view(id, true)), 'ecf-menu', 'true', 'none');
    for (const reason of ['bad-credentials', 'already-linked', 'not-upgraded'] as const) {
      add(`link-error-${reason}`, '/cgi-bin/LinkAcct.pl', ecf.linkErrorPage(v, ecf.LINK_ERRORS[reason]), 'link-error', 'false', 'none', { reason });
    }
    add('link-error-bad-character', '/cgi-bin/LinkAcct.pl', ecf.linkErrorPage(v, ecf.LINK_ERRORS['bad-character']), 'link-error', 'false', 'none', { reason: 'bad-character' });
    add('link-error-unknown', '/cgi-bin/LinkAcct.pl', ecf.linkErrorPage(v, 'The request could not be completed at this time.'), 'link-error', 'false', 'none', { reason: 'unknown' });
    add('legacy-login', '/cgi-bin/login.pl', ecf.legacyLoginPage(v), 'legacy-login', '*', 'none');
    // Near-misses.
    add('linking-faq', '/help/linking-faq.html', linkingFaqPage(v), 'court-page|ecf-menu', 'false', 'utilities');
    add('change-pacer-login', '/cgi-bin/LegacyLogin.pl', changePacerLoginPage(v), 'ecf-menu', 'false', 'utilities');
  }
  replicas.push({
    file: 'www-linking-faq.html',
    url: 'https://www.almb.uscourts.gov/linking-faq',
    html: linkingFaqPage(null),
    labels: ['*', '*', 'unrelated', '*', '*'],
  });
  return replicas;
}

export const LABELS_HEADER = 'file\turl\tcourt\tcourtType\tpage\tfiler\tnext';

export function labelsTsv(replicas: Replica[]): string {
  return [LABELS_HEADER, ...replicas.map((r) => [r.file, r.url, ...r.labels].join('\t'))].join('\n') + '\n';
}
