// What of an address may leave a court page: in a support report (the tab's path) and in a
// page capture (every link, form, refresh and the "saved from" line). Addresses carry case
// numbers (`DktRpt.pl?110375219183771-L_1_0-1`, `/doc1/035012345678`), names
// (`iquery.pl?Johnathan`, `/cgi-bin/Johnathan/`) and whatever another site was sent, so only
// what is known stays: the court hosts, CM/ECF's and PACER's own script names and path parts,
// the menu names of `DisplayMenu.pl?Utilities`, and a public court id at the central login.
import { courtByPacerId } from '../courts/courts';
import { parseSite } from '../courts/hosts';
import { UNKNOWN_COURT_ORIGIN } from '../recognition/types';
import { parseUrl } from '../url';
import { shapeOf } from './vocabulary';

/**
 * Path parts of CM/ECF and the central PACER login, compared lower-case: the script names and
 * folders of the real and replica court pages (test/fixtures), recognition's own
 * (`login.pl`, `DisplayMenu.pl`, `ShowIndex.pl`), and the stock files every court serves.
 */
const KNOWN_PATH_PARTS = new Set(
  `
cgi-bin doc1 docs1 n beam transportroom servlet graphics lib css js help csologin pscof javax.faces.resource cmecf
displaymenu.pl login.pl iquery.pl dktrpt.pl courtinfo.pl linkacct.pl show_doc.pl menu.pl mobile_query.pl claimhistory.pl
histdocqry.pl qryasccases.pl legacylogin.pl showindex.pl searchclaims.pl qryalias.pl qryattorneys.pl qrysummary.pl schedqry.pl
filerqry.pl credmatrixcase.pl qryparties.pl reltransactqry.pl statusqry.pl maillist.pl maintainacct.pl creditorqry.pl
noticeoffiling.pl qrytrustee.pl qryviewdocument.pl translog.pl pacerexempt.pl billhist.pl payhist.pl wrtoprpt.pl claimsactrpt.pl
qryrmslocation.pl qrydocument.pl iqquerymenu.pl publiccalendar.pl lostpassword_mdb.pl
login.jsf login.xhtml forgotusername.jsf forgotpassword.jsf billingmenu.jsf registration.jsf
index.html index.htm default.css print.css core.js autocomplete.js disableajtalinks.js favicon.ico silverball.gif seal.gif
logo-cmecf-sm.png cmecf-logo.gif menubar-help.gif linking-faq.html
`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Queries kept, and only as a whole bare word: the menus `DisplayMenu.pl?Utilities` names
 * (which the guide follows) and `login.pl?logout`. `iquery.pl?Johnathan` keeps nothing.
 */
const KNOWN_QUERY_WORDS = new Set(['utilities', 'reports', 'query', 'search', 'bankruptcyevents', 'adversaryevents', 'civilevents', 'criminalevents', 'nextgenrelease11', 'logout']);

/** Where every address that is not a court's goes: the host of nowhere (RFC 2606). */
export const MASKED_ORIGIN = 'https://other.invalid';

function parse(raw: string, base?: string): URL | null {
  return parseUrl(raw.trim(), base);
}

/**
 * A court's own host (its CM/ECF site or the central PACER login), over HTTPS or, as some old
 * links are, HTTP; or the stand-in for a saved page's unknown court (`ecf.unknown.invalid`).
 */
function isCourtHost(url: URL): boolean {
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password || url.port) return false;
  return parseSite(`https://${url.hostname}/`) !== null || url.origin === UNKNOWN_COURT_ORIGIN;
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** A path part's letters and digits masked by shape, its file extension kept if known (`Xxxxxxxxx.pl`). */
function maskedPart(part: string): string {
  const text = decoded(part);
  const extension = /\.(pl|jsf|xhtml|html?|css|js|gif|png|jpe?g|ico|pdf|cfm|aspx?|nsf|txt)$/i.exec(text)?.[0] ?? '';
  const masked = shapeOf(text.slice(0, text.length - extension.length)).replace(/[^\x20-\x7e]/gu, '*') + extension;
  // Quotes and brackets too, which encodeURIComponent leaves: a masked part reads as inert text anywhere.
  return encodeURIComponent(masked).replace(/['()*!]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isKnownPart(part: string): boolean {
  return KNOWN_PATH_PARTS.has(decoded(part).toLowerCase());
}

/** A path with only its known parts: every other part masked by shape (`/cgi-bin/Xxxxxxxxx/000`). */
function safePath(url: URL): string {
  return url.pathname
    .split('/')
    .map((part, index) => (index === 0 || part === '' || isKnownPart(part) ? part : maskedPart(part)))
    .join('/');
}

/** The query kept: a known bare word, or the central login's public court id (`pscCourtId=ALMBK`). */
function safeQuery(url: URL): string {
  const first = url.search.slice(1).split(/[&;]/)[0] ?? '';
  if (/^[A-Za-z0-9]+$/.test(first) && KNOWN_QUERY_WORDS.has(first.toLowerCase())) return `?${first}`;
  if (parseSite(`https://${url.hostname}/`)?.kind === 'login') {
    for (const [name, value] of url.searchParams) {
      const court = name.toLowerCase() === 'psccourtid' ? courtByPacerId(value) : null;
      if (court && /^[A-Za-z0-9]+$/.test(value)) return `?pscCourtId=${value}`;
    }
  }
  return '';
}

/**
 * An address as a page capture may keep it: a court host's origin, the path with only its known
 * parts, and a known query word; no fragment. Any other site becomes `https://other.invalid/`.
 * `null` for what is not a web address at all (`javascript:`, `data:`, `mailto:`): no address.
 */
export function safeAddress(raw: string, base: string): string | null {
  const url = parse(raw, base);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  if (!isCourtHost(url)) return `${MASKED_ORIGIN}/`;
  return `${url.protocol}//${url.hostname.toLowerCase()}${safePath(url)}${safeQuery(url)}`;
}

/** Whether an address is one of the court's own controls: a court host, known path parts only, no query but a known word. */
export function isInterfaceAddress(raw: string, base: string): boolean {
  const url = parse(raw, base);
  if (!url || !isCourtHost(url)) return false;
  const parts = url.pathname.split('/').filter(Boolean);
  const query = url.search.slice(1);
  return parts.every(isKnownPart) && (query === '' || KNOWN_QUERY_WORDS.has(query.split(/[&;]/)[0]!.toLowerCase()));
}

/**
 * What may leave a court page for a support report: the path, with no query and no digit.
 * Known parts stay, except their digits; any other part is "…".
 * `/cgi-bin/DktRpt.pl?123` → `/cgi-bin/DktRpt.pl`; `/doc1/0350123` → `/doc…/…`; `/cgi-bin/Johnathan/x.pl` → `/cgi-bin/…/…`.
 */
export function reportablePath(url: string): string {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return '';
  const parts = parsed.pathname.split('/').map((part, index) => {
    if (index === 0 || part === '') return part;
    return isKnownPart(part) ? decoded(part).replace(/\d+/g, '…') : '…';
  });
  return parts.join('/').slice(0, 120);
}
