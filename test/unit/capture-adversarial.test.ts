// The page capture, attacked: known secrets planted in every place a page can carry them (text
// in any script, every attribute HTML defines, addresses, refreshes, handlers, styles, the
// page's own address), then looked for in the copy in every case and encoding. And the copy
// of every real and replica page, secrets planted, still classifies like the original.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { capturePage } from '../../src/core/support/capture';
import { reportablePath } from '../../src/core/support/privacy';
import { interfaceWords } from '../../src/core/support/vocabulary';
import { parseHtml } from '../../tools/lib/page-file';
import { loadPage, readLabels } from '../helpers/fixtures';

/**
 * Every attribute HTML allows, from these sources (not from memory):
 * - MDN's attribute reference, files/en-us/web/html/reference/attributes/index.md in
 *   github.com/mdn/content (the "Attribute list" table);
 * - MDN's global attributes, files/en-us/web/html/reference/global_attributes/index.md, with
 *   its list of event handler attributes and the `xml:` ones;
 * - MDN's ARIA states and properties, the pages under files/en-us/web/accessibility/aria/reference/attributes/;
 * - @mdn/browser-compat-data 8.1.0 (2026-09-03), the attribute keys of html.global_attributes
 *   and of every html.elements entry (which add the obsolete presentational ones: face,
 *   valign, cellpadding, vlink, ...), without its sub-feature keys;
 * - and, at run time, every attribute the 140 real and replica court pages use.
 */
const MDN_ATTRIBUTE_REFERENCE = `accept accept-charset accesskey action align allow alt as async autocapitalize autocomplete autoplay
background bgcolor border capture charset checked cite class color cols colspan content contenteditable controls coords crossorigin
csp data data-secret datetime decoding default defer dir dirname disabled download draggable enctype enterkeyhint for form formaction
formenctype formmethod formnovalidate formtarget headers height hidden high href hreflang http-equiv id integrity intrinsicsize
inputmode ismap itemprop kind label lang language loading list loop low max maxlength minlength media method min multiple muted name
novalidate open optimum pattern ping placeholder playsinline poster preload readonly referrerpolicy rel required reversed role rows
rowspan sandbox scope scoped selected shape size sizes slot span spellcheck src srcdoc srclang srcset start step style summary
tabindex target title translate type usemap value width wrap`;
const MDN_GLOBAL_ATTRIBUTES = `accesskey anchor autocapitalize autocorrect autofocus class containertiming containertimingignore
contenteditable dir draggable enterkeyhint exportparts focusgroup focusgroupstart headingoffset headingreset hidden id inert inputmode
is itemid itemprop itemref itemscope itemtype lang nonce part popover role slot spellcheck style tabindex title translate
virtualkeyboardpolicy writingsuggestions xml:lang xml:base
onabort onautocomplete onautocompleteerror onblur oncancel oncanplay oncanplaythrough onchange onclick onclose oncontextmenu
oncuechange ondblclick ondrag ondragend ondragenter ondragleave ondragover ondragstart ondrop ondurationchange onemptied onended
onerror onfocus oninput oninvalid onkeydown onkeypress onkeyup onload onloadeddata onloadedmetadata onloadstart onmousedown
onmouseenter onmouseleave onmousemove onmouseout onmouseover onmouseup onmousewheel onpause onplay onplaying onprogress onratechange
onreset onresize onscroll onseeked onseeking onselect onshow onsort onstalled onsubmit onsuspend ontimeupdate ontoggle onvolumechange
onwaiting`;
const MDN_ARIA_ATTRIBUTES = `aria-activedescendant aria-atomic aria-autocomplete aria-braillelabel aria-brailleroledescription
aria-busy aria-checked aria-colcount aria-colindex aria-colindextext aria-colspan aria-controls aria-current aria-describedby
aria-description aria-details aria-disabled aria-dropeffect aria-errormessage aria-expanded aria-flowto aria-grabbed aria-haspopup
aria-hidden aria-invalid aria-keyshortcuts aria-label aria-labelledby aria-level aria-live aria-modal aria-multiline
aria-multiselectable aria-orientation aria-owns aria-placeholder aria-posinset aria-pressed aria-readonly aria-relevant
aria-required aria-roledescription aria-rowcount aria-rowindex aria-rowindextext aria-rowspan aria-selected aria-setsize aria-sort
aria-valuemax aria-valuemin aria-valuenow aria-valuetext`;
const BROWSER_COMPAT_DATA = `abbr accept accept-charset accesskey action align alink allow allowfullscreen allowpaymentrequest alpha
alt anchor archive as async attributionsourceid attributionsrc autocapitalize autocomplete autocorrect autofocus autolocate autoplay
axis background behavior bgcolor blocking border bottommargin browsingtopics capture cellpadding cellspacing char charoff charset
checked cite class classid clear closedby codebase codetype color colorspace cols colspan command commandfor compact containertiming
containertimingignore content contenteditable controls controlslist coords credentialless cross-origin-top-navigation-by-user-activation
crossorigin csp data datetime declare decoding default defer dir direction dirname disabled disablepictureinpicture
disableremoteplayback download draggable elementtiming enctype enterkeyhint exportparts face fetchpriority for form formaction
formenctype formmethod formnovalidate formtarget frame frameborder headers headingoffset headingreset height hidden high href hreflang
hreftranslate hspace http-equiv id imagesizes imagesrcset inert inputmode integrity interestfor is ismap kind label lang leftmargin
link loading longdesc loop low manifest manifestid marginheight marginwidth max maxlength media method min minlength moz-opaque
multiple muted name nohref nomodule nonce noresize noshade novalidate open optimum part pattern ping placeholder playsinline popover
popovertarget popovertargetaction poster preload privatetoken readonly referrerpolicy rel required rev reversed rightmargin rows
rowspan rules sandbox scheme scope scrollamount scrolldelay scrolling selected shadowrootclonable shadowrootcustomelementregistry
shadowrootdelegatesfocus shadowrootmode shadowrootreferencetarget shadowrootserializable shadowrootslotassignment shape size sizes
slot span spellcheck src srcdoc srclang srcset stagemode standby start step style summary switch tabindex target text title topmargin
translate truespeed type usemap valign value valuetype version virtualkeyboardpolicy vlink vspace watch webkitdirectory width wrap
writingsuggestions xmlns`;

const LABELS = [...readLabels('real'), ...readLabels('replicas')];
const words = (list: string) => list.split(/\s+/).filter(Boolean);

/** Every attribute name the court pages use (well-formed names only). */
function fixtureAttributes(): string[] {
  const names = new Set<string>();
  for (const label of LABELS) {
    for (const element of Array.from(loadPage(label).doc.querySelectorAll('*'))) for (const attribute of Array.from(element.attributes)) names.add(attribute.name.toLowerCase());
  }
  return [...names].filter((name) => /^[a-z][a-z0-9:._-]*$/.test(name));
}

const SOURCED_ATTRIBUTES = [...new Set([...words(MDN_ATTRIBUTE_REFERENCE), ...words(MDN_GLOBAL_ATTRIBUTES), ...words(MDN_ARIA_ATTRIBUTES), ...words(BROWSER_COMPAT_DATA)])];
const ALL_ATTRIBUTES = [...new Set([...SOURCED_ATTRIBUTES, ...fixtureAttributes()])].sort();

/** Secrets a court page carries: names in many scripts, case numbers in every court format, accounts, e-mails, phones, digits of other scripts. */
const SECRETS = [
  'Johnathan Litigant', 'José Müller Núñez', 'Владимир Петров', '张伟', 'محمد الأحمد', 'Łukasz Żółć', 'Nguyễn Thị Ngọc', 'Søren Ærø',
  '2:24-bk-01234', '1:23-cv-00123-ABC', '24-12345', '1-24-ap-00012', '3:22-cr-00456-JDK-1', '5:21-mj-07788', '19-18995-VFP', '22-8513',
  '123-45-6789', '4111 1111 1111 1111', 'ACCT-99887766', 'pfiler2024', 'pat.filer', 'jlitigant_88',
  'johnathan.litigant@example.com', '(555) 867-5309', '+1 555 867 5309',
  '２:２４-ｂｋ-０１２３４', '١٢٣-٤٥-٦٧٨٩', '१२३४५६', 'ⓙⓞⓗⓝ', '𝐉𝐨𝐡𝐧𝐚𝐭𝐡𝐚𝐧',
];
/** Names that are interface words too: planted where content stands (cells, prose), never kept there. */
const NAME_WORDS = ['Virginia Washington', 'Will Page', 'Mariana Dakota', 'WILL PAGE', 'Page, Will', 'May Case'];
const MIX = SECRETS.join(' ; ');

/** The distinctive pieces of a secret: words that are not interface words, digit runs that are not all zeros. */
function piecesOf(secret: string): string[] {
  const interfaceSet = interfaceWords();
  const pieces = [secret];
  for (const word of secret.match(/[\p{L}\p{M}]{3,}/gu) ?? []) if (!interfaceSet.has(word.toLowerCase())) pieces.push(word);
  for (const digits of secret.match(/\p{N}{3,}/gu) ?? []) if (!/^0+$/.test(digits)) pieces.push(digits);
  return pieces;
}

const entities = (text: string, hex: boolean) => Array.from(text, (char) => `&#${hex ? 'x' : ''}${(char.codePointAt(0)!).toString(hex ? 16 : 10)};`).join('');
const cssEscapes = (text: string) => Array.from(text, (char) => `\\${(char.codePointAt(0)!).toString(16)} `).join('');

/** A piece in every form it could take in HTML: as is, any case, percent-encoded, as entities, as CSS escapes. */
function formsOf(piece: string): string[] {
  const encoded = encodeURIComponent(piece);
  return [piece, piece.toLowerCase(), piece.toUpperCase(), piece.normalize('NFD'), encoded, encoded.toLowerCase(), encodeURIComponent(piece).replace(/%20/g, '+'), entities(piece, false), entities(piece, true), cssEscapes(piece)];
}

const decodeAll = (text: string) => {
  let out = text.replace(/\\([0-9a-f]{1,6})\s?/gi, (_m, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)));
  try {
    out = decodeURIComponent(out.replace(/\+/g, ' '));
  } catch {
    // not percent-encoded as a whole
  }
  return out;
};

/** Whether `form` stands in `text` as a whole (not inside a longer word), in any case. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const standsIn = (text: string, form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** Where a secret survives in a capture: its raw text, or its parsed and decoded words and attribute values. */
function leaks(html: string, secrets: readonly string[]): string[] {
  const doc = parseHtml(html, null);
  const values = [doc.documentElement.textContent ?? '', ...Array.from(doc.querySelectorAll('*')).flatMap((element) => Array.from(element.attributes, (a) => a.value))];
  const decoded = values.map(decodeAll).join('\n');
  const found: string[] = [];
  for (const secret of secrets) {
    for (const piece of piecesOf(secret)) {
      const form = formsOf(piece).find((f) => standsIn(html, f));
      if (form) found.push(`"${piece}" (of "${secret}") as ${JSON.stringify(form)}`);
      else if (standsIn(decoded, piece)) found.push(`"${piece}" (of "${secret}") once decoded`);
    }
  }
  return found;
}

/** Names that are interface words too, found as written (as names), outside interface positions. */
function nameLeaks(html: string): string[] {
  return NAME_WORDS.filter((name) => html.includes(name) || html.includes(name.toUpperCase())).map((name) => `the name "${name}"`);
}

/** Structural promises: no handler, no script address, no script element, no letter or digit outside ASCII. */
function structuralProblems(html: string): string[] {
  const problems: string[] = [];
  const doc = parseHtml(html, null);
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`handler ${attribute.name} on <${element.localName}>`);
      if (/^(?:data-|xml|xlink)/i.test(attribute.name)) problems.push(`attribute ${attribute.name} kept`);
    }
  }
  if (/javascript\s*:|vbscript\s*:|data\s*:\s*text/i.test(decodeAll(html.replace(/&colon;/gi, ':').replace(/&#0*58;|&#x0*3a;/gi, ':')))) problems.push('a script address');
  if (doc.querySelector('script, iframe, frame, object, embed, base, link, style, svg, math, template')) problems.push('an element that can run or load something');
  const foreign = html.match(/[^\x00-\x7f\p{Z}\p{P}]/gu);
  if (foreign) problems.push(`characters outside ASCII that are not spaces or punctuation: ${[...new Set(foreign)].join(' ')}`);
  return problems;
}

const PAGE_URL = "https://ecf.almb.uscourts.gov/cgi-bin/Johnathan/';alert(document.domain);'/LinkAcct.pl?Johnathan&case=2:24-bk-01234#Litigant";

/** One page with every secret in every place, and every sourced attribute on every kind of element. */
function plantedPage(): string {
  const hosts = ['div', 'span', 'p', 'a', 'form', 'input', 'input type="hidden"', 'input type="submit"', 'input type="checkbox"', 'button', 'select', 'option', 'textarea', 'label', 'td', 'th', 'img', 'font', 'h3', 'li', 'area', 'table', 'meta http-equiv="refresh"', 'johnathan-litigant'];
  const attributes = (value: string) => ALL_ATTRIBUTES.filter((name) => /^[a-z][a-z0-9:._-]*$/.test(name)).map((name) => `${name}="${value.replace(/"/g, '&quot;')}"`).join(' ');
  const element = (host: string, value: string) => {
    const tag = host.split(' ')[0]!;
    const open = `<${host} ${attributes(value)}>`;
    if (['input', 'img', 'meta', 'area'].includes(tag)) return open;
    if (tag === 'td' || tag === 'th') return `<table><tr>${open}${MIX}</${tag}></tr></table>`;
    if (tag === 'li') return `<ul>${open}${MIX}</li></ul>`;
    if (tag === 'option') return `<select>${open}${MIX}</option></select>`;
    return `${open}${MIX}</${tag}>`;
  };
  // Each attribute gets the whole mix, then each secret alone, encoded in turn.
  const values = [MIX, ...SECRETS.map((s) => encodeURIComponent(s)), ...SECRETS.map((s) => entities(s, true)), ...SECRETS.map(cssEscapes)];
  const planted = hosts.flatMap((host) => values.slice(0, host === 'div' ? values.length : 2).map((value) => element(host, value))).join('\n');
  const content = NAME_WORDS.map((name) => `<tr><td>${name}</td><td>Debtor ${name} filed; ${name.toUpperCase()}</td></tr>`).join('');
  const addresses = [
    'iquery.pl?Johnathan', '/cgi-bin/Johnathan/iquery.pl', '/cgi-bin/%CE%BB%CE%B9%CF%84/DktRpt.pl', '/cgi-bin/DktRpt.pl?2:24-bk-01234', '/doc1/035012345678',
    'https://evil.example/cgi-bin/login.pl?u=Johnathan', 'https://ecf.almb.uscourts.gov@evil.example/Johnathan', 'https://ecf.almb.uscourts.gov.evil.example/Johnathan',
    '//evil.example/Johnathan', 'http://evil.example/Johnathan', 'https://ecf.almb.uscourts.gov:8443/Johnathan', 'javascript:alert("Johnathan")', ' JaVaScRiPt:alert(1)',
    'java&#x09;script:alert(1)', 'data:text/html,Johnathan', 'mailto:johnathan.litigant@example.com', 'tel:5558675309', 'DisplayMenu.pl?Johnathan&id=-1',
    'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=JOHNATHN&appurl=https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?24-12345',
    'https://ecf.almb.uscourts.gov/cgi-bin/login.pl?Johnathan#Litigant', '/cgi-bin/Johnathan.pl', '/cgi-bin/Jos%C3%A9/x.pl', '/%E5%BC%A0%E4%BC%9F',
  ];
  const links = addresses.map((address) => `<a href="${address}">Query</a><form action="${address}"></form><button onclick="location='${address}'">Go</button>`).join('\n');
  return `<!DOCTYPE html><html ${attributes(MIX)}><head><base href="https://evil.example/Johnathan/"><title>Docket for 2:24-bk-01234 Johnathan Litigant</title>
<meta http-equiv="refresh" content="123456789;url=iquery.pl?Johnathan">
<meta http-equiv="refresh" content="0; url='https://evil.example/?u=Johnathan'">
<meta name="author" content="Johnathan Litigant"><link rel="stylesheet" href="https://evil.example/Johnathan.css"><style>body{font-family:'Johnathan Litigant'}</style>
<script>var who = 'Johnathan Litigant 2:24-bk-01234';</script></head>
<body background="https://evil.example/Johnathan.png" style="font-family:'Johnathan Litigant 123-45-6789'; background:url('https://x/a)b?u=Johnathan'); background-image:u\\72l(https://x/Johnathan); list-style:image-set('Johnathan.png' 1x)">
<div id="topmenu" class="yuimenubar"><a href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a><a href="/cgi-bin/login.pl?logout">Logout</a></div>
<div id="cmecfMainContent">
<h3>U.S. Bankruptcy Court, Western District of Virginia</h3>
<table>${content}</table>
<p>Case 2:24-bk-01234 &#74;ohnathan Litigant, Jo&#x73;é Müller; <!-- comment: Johnathan 123-45-6789 --> Jo\u200bhnathan, Jose\u0301 Nu\u0303n\u0303ez</p>
<noscript>Johnathan Litigant</noscript><template><p>Johnathan Litigant</p></template>
<svg><a href="https://evil.example/Johnathan"><text>Johnathan</text></a><script>alert('Johnathan')</script></svg>
<math href="https://evil.example/Johnathan"><mi>Johnathan</mi></math>
<iframe srcdoc="<p>Johnathan</p>" src="https://evil.example/Johnathan"></iframe><object data="https://evil.example/Johnathan"></object>
<input type="image" src="https://evil.example/Johnathan.png" srcset="https://evil.example/Johnathan2.png 2x" alt="Submit">
<input name="Johnathan_ssn_123456789" id="Johnathan-Litigant" lang="Johnathan" size="555667777" value="2:24-bk-01234" placeholder="Johnathan Litigant">
<a href="/cgi-bin/DktRpt.pl" id="documentKcaseidV7738Kde_seq_numV723233Kdm_idV1186220Kdoc_numV8781Kpdf_headerV0" title="Johnathan Litigant">12</a>
<div data-johnathan-123456789="x" johnathan="Litigant">x</div>
${links}
${planted}
</div></body></html>`;
}

describe('the page capture, attacked', () => {
  const attributeCount = ALL_ATTRIBUTES.length;

  it(`lets no secret through, in any case or encoding, from text, ${'every'} attribute HTML allows, addresses, refreshes, handlers, styles or the page's address`, () => {
    const html = plantedPage();
    const doc = parseHtml(html, PAGE_URL);
    const planted = Array.from(doc.querySelectorAll('*')).reduce((n, element) => n + element.attributes.length, 0);
    const capture = capturePage(doc, PAGE_URL);
    console.info(`capture, attacked: ${attributeCount} attributes (${SOURCED_ATTRIBUTES.length} from the sources), ${planted} attribute values planted on one page, ${SECRETS.length + NAME_WORDS.length} secrets`);
    expect(attributeCount, 'attributes from the sources and the court pages').toBeGreaterThan(300);
    expect(planted, 'attribute values planted').toBeGreaterThan(attributeCount * 50);
    expect([...nameLeaks(capture.html), ...leaks(capture.html, [...SECRETS, 'Johnathan', 'Litigant', 'evil.example', 'alert(', 'document.domain', 'JOHNATHN', '123456789', '555667777', '7738', '723233'])]).toEqual([]);
    expect(structuralProblems(capture.html)).toEqual([]);
    // The page's own address: its court, known path parts and nothing else.
    expect(capture.url).toBe('https://ecf.almb.uscourts.gov/cgi-bin/Xxxxxxxxx/%27%3Bxxxxx%28xxxxxxxx.xxxxxx%29%3B%27/LinkAcct.pl');
    // Interface words stay where interface words stand; the same words as names do not.
    expect(capture.html).toContain('<h3>X.X. Bankruptcy Court, Western District of Virginia</h3>');
    expect(capture.html).toContain('<td>Xxxxxxxx Xxxxxxxxxx</td>');
    expect(capture.html).toContain('<td>Xxxx Xxxx</td>');
    // Masked, not dropped: the shapes of a case number and a fullwidth one are there.
    expect(capture.html).toContain('0:00-xx-00000');
  });

  it('keeps of addresses only a court host, known CM/ECF parts and menu names; the report path the same, without digits', () => {
    const base = 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl';
    const cases: Array<[string, string | null]> = [
      ['/cgi-bin/DisplayMenu.pl?Utilities&id=-1', 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities'],
      ['login.pl?logout', 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl?logout'],
      ['iquery.pl?Johnathan', 'https://ecf.almb.uscourts.gov/cgi-bin/iquery.pl'],
      ['DisplayMenu.pl?Johnathan', 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl'],
      ['/cgi-bin/Johnathan/iquery.pl', 'https://ecf.almb.uscourts.gov/cgi-bin/Xxxxxxxxx/iquery.pl'],
      ['/cgi-bin/%CE%BB/Litigant.pl', 'https://ecf.almb.uscourts.gov/cgi-bin/x/Xxxxxxxx.pl'],
      ['/doc1/035012345678', 'https://ecf.almb.uscourts.gov/doc1/000000000000'],
      ['https://evil.example/login.pl', 'https://other.invalid/'],
      ['https://ecf.almb.uscourts.gov@evil.example/', 'https://other.invalid/'],
      ['https://ecf.almb.uscourts.gov.evil.example/', 'https://other.invalid/'],
      ['https://ecf.almb.uscourts.gov:8443/', 'https://other.invalid/'],
      ['https://www.almb.uscourts.gov/Johnathan', 'https://other.invalid/'],
      ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=x', 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK'],
      ['https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=JOHNATHN', 'https://pacer.login.uscourts.gov/csologin/login.jsf'],
      ['https://ecf.nysb.uscourts.gov/cgi-bin/login.pl', 'https://ecf.nysb.uscourts.gov/cgi-bin/login.pl'],
      ['javascript:alert(1)', null],
      ['data:text/html,x', null],
      ['mailto:x@example.com', null],
    ];
    const doc = parseHtml(`<!DOCTYPE html><html><body>${cases.map(([href]) => `<a href="${href.replace(/"/g, '&quot;')}">x</a>`).join('')}</body></html>`, base);
    const links = Array.from(parseHtml(capturePage(doc, base).html, base).querySelectorAll('a'));
    expect(links.map((link) => link.getAttribute('href'))).toEqual(cases.map(([, safe]) => safe));
    for (const [href] of cases) {
      const path = reportablePath(new URL(href, base).href);
      expect(path, href).not.toMatch(/[?#\d]|Johnathan|Litigant|evil|%/i);
      expect(path.length).toBeLessThanOrEqual(120);
    }
    expect(reportablePath(PAGE_URL)).toBe('/cgi-bin/…/…/LinkAcct.pl');
  });

  it('turns a meta refresh into a fixed delay and a safe address, and an onclick to the login into a plain link', () => {
    const base = 'https://ecf.almd.uscourts.gov/';
    const html = `<html><head><meta http-equiv="refresh" content="123456789; url='/cgi-bin/ShowIndex.pl?Johnathan'"></head><body>
<input type="button" value="Log in" onclick="window.location='/cgi-bin/login.pl';"><button onclick="location.href='iquery.pl?Johnathan'">Query</button></body></html>`;
    const capture = parseHtml(capturePage(parseHtml(html, base), base).html, base);
    expect(capture.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe('86400;url=https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl');
    const wrapped = capture.querySelector('a[href] > input[type=button]');
    expect(wrapped?.parentElement?.getAttribute('href')).toBe('https://ecf.almd.uscourts.gov/cgi-bin/login.pl');
    expect(capture.querySelector('button')?.parentElement?.tagName, 'a navigation that is not the entry just loses its handler').toBe('BODY');
    const original = parseHtml(html.replace(/<meta[^>]*>/, ''), base);
    const copy = parseHtml(capturePage(original, base).html, base);
    expect(classify(copy, { url: base }).next?.control).toBe(classify(original, { url: base }).next?.control);
    expect(classify(copy, { url: base }).next?.control).toBe('entry');
  });

  it('takes nothing from tag or attribute names, even names no script could set, or elements of other namespaces', () => {
    const base = 'https://ecf.almb.uscourts.gov/cgi-bin/iquery.pl';
    const doc = parseHtml('<html><body><johnathan-litigant +1="x" data-x-123456789="z" title="Utilities">Utilities</johnathan-litigant> <o:p +1="x">t</o:p><div 2:24-bk-01234="x"></div><table is="johnathan-litigant"><tr><td>x</td></tr></table></body></html>', base);
    const foreign = doc.createElementNS('urn:x-johnathan', 'Johnathan');
    foreign.setAttribute('title', 'Litigant');
    doc.body.append(foreign, doc.createElementNS('http://www.w3.org/2000/svg', 'litigant'));
    const capture = capturePage(doc, base);
    expect(leaks(capture.html, ['Johnathan', 'Litigant', '2:24-bk-01234', '123456789', 'urn:x'])).toEqual([]);
    expect(structuralProblems(capture.html)).toEqual([]);
    expect(capture.html).toContain('<span title="Utilities">Utilities</span>');
  });

  it(`plants secrets in every real and replica page (140 and more): no copy lets one through, and every copy classifies like the original`, () => {
    // Attributes recognition does not read go on every element of every page, a few each in turn,
    // so every one of them lands on every kind of element somewhere; secret text goes in prose and cells.
    const read = new Set(['href', 'action', 'id', 'class', 'name', 'for', 'type', 'value', 'alt', 'title', 'aria-label', 'placeholder', 'style', 'hidden', 'aria-hidden', 'role', 'color', 'http-equiv', 'content', 'onclick', 'aria-labelledby', 'aria-checked', 'aria-disabled', 'disabled', 'autocomplete', 'inputmode', 'maxlength', 'pattern', 'aria-live', 'open', 'checked', 'src', 'xmlns', 'label', 'summary', 'lang', 'size']);
    const inert = ALL_ATTRIBUTES.filter((name) => !read.has(name) && /^[a-z][a-z0-9._-]*$/.test(name));
    const problems: string[] = [];
    let pages = 0;
    let planted = 0;
    for (const label of LABELS) {
      const { doc } = loadPage(label);
      let turn = 0;
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (let k = 0; k < 4; k += 1) {
          element.setAttribute(inert[turn % inert.length]!, SECRETS[turn % SECRETS.length]!);
          turn += 1;
        }
      }
      const body = doc.getElementById('cmecfMainContent') ?? doc.body;
      const table = doc.createElement('table');
      table.innerHTML = NAME_WORDS.map((name, n) => `<tr><td>${name}</td><td>${SECRETS[n]}</td></tr>`).join('');
      body?.append(table);
      planted += turn + NAME_WORDS.length * 2;
      const before = classify(doc, { url: label.url });
      const capture = capturePage(doc, label.url);
      const after = classify(parseHtml(capture.html, label.url), { url: label.url });
      const summary = (r: typeof before) => JSON.stringify({ page: r.page, next: r.next?.control ?? null, filer: r.filer, reason: r.reason, court: r.court?.id ?? null, training: r.training });
      if (summary(before) !== summary(after)) problems.push(`${label.file}: ${summary(before)} became ${summary(after)}`);
      for (const leak of [...nameLeaks(capture.html), ...leaks(capture.html, SECRETS)]) problems.push(`${label.file}: ${leak}`);
      for (const problem of structuralProblems(capture.html)) problems.push(`${label.file}: ${problem}`);
      pages += 1;
    }
    expect(pages).toBe(LABELS.length);
    expect(pages).toBeGreaterThanOrEqual(140);
    console.info(`capture, attacked: ${pages} pages, ${planted} secret values planted, ${inert.length} attributes recognition does not read on every element in turn`);
    expect(planted).toBeGreaterThan(50_000);
    expect(problems, problems.slice(0, 40).join('\n')).toEqual([]);
  }, 600_000);
});
