// "Save this page for support": a copy of the current court page that a help desk can open
// and run `classify` on, with nothing private left in it.
//
// What a capture keeps:
// - the elements, except scripts, styles, frames, embedded objects, media, templates, <base>,
//   <link> and every <meta> but a refresh (whose delay becomes a fixed one); an element that
//   HTML does not define (a custom or namespaced tag) becomes a <span>;
// - text: interface words only (vocabulary.ts); words that are also names only where interface
//   words stand; every other letter and digit, in any script, becomes x, X or 0;
// - attributes: a fixed list (ATTRIBUTES, in capture-rules.ts). Addresses keep a court host, CM/ECF's known
//   path parts and menu names (privacy.ts); ids, classes and field names keep known tokens;
//   enumerated values (`type`, `method`, `role`...) keep a known value; numbers only when small;
//   `style` only as `display:none` / `visibility:hidden`; captions and labels their interface
//   words. Every other value is masked by shape, and every other attribute (event handlers,
//   `data-*`, `srcset`...) is dropped;
// - no script can run: no handler, no `javascript:`; a button whose `onclick` goes to the
//   court's login (`window.location='/cgi-bin/login.pl'`), which classify reads as the entry,
//   is wrapped in a plain link to that address instead; and the copy carries a Content
//   Security Policy that forbids scripts, requests and form posts.
// Nothing is typed, no input's value (hidden ones too) and no comment survives.
import { isLoginScript, onclickTarget } from '../recognition/links';
import { ANY_MENU } from '../recognition/page-shape';
import { ATTRIBUTES, CAPTURE_POLICY, COLORS, DROP, KNOWN_ELEMENTS, REFRESH_DELAY } from './capture-rules';
import { MASKED_ORIGIN, isInterfaceAddress, safeAddress } from './privacy';
import { maskRun, maskText, maskToken, type Place } from './vocabulary';

/** Elements whose words are the page's own interface: headings, labels, buttons, captions. */
const INTERFACE_ELEMENTS = new Set(['TITLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'CAPTION', 'TH', 'LABEL', 'BUTTON', 'SUMMARY']);
/** The menu bar and its drop-down menus: their words are the court's interface. */
const DIALOG = '[role=dialog], [role=alertdialog], .ui-dialog, dialog';
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);

function isButton(element: Element): boolean {
  const tag = element.tagName;
  return tag === 'BUTTON' || (tag === 'INPUT' && BUTTON_TYPES.has((element.getAttribute('type') ?? '').trim().toLowerCase()));
}

/**
 * Where each element's words stand. Words inside a link stand where the link does: a control
 * of the page's own (the menu bar, a CM/ECF script or menu) is interface; a link to a case or a
 * document is content, whatever surrounds it.
 */
function placesOf(root: Element, pageUrl: string): Map<Element, Place> {
  const places = new Map<Element, Place>();
  const visit = (element: Element, inherited: Place) => {
    let place = inherited;
    if (element.tagName === 'A') {
      const href = element.getAttribute('href');
      place = element.closest(ANY_MENU) || (href !== null && isInterfaceAddress(href, pageUrl)) ? 'interface' : 'content';
    } else if (place === 'content' && (INTERFACE_ELEMENTS.has(element.tagName) || isButton(element) || element.matches(ANY_MENU) || element.matches(DIALOG))) {
      place = 'interface';
    } else if (element.tagName === 'INPUT' || element.tagName === 'SELECT' || element.tagName === 'TEXTAREA') {
      // A field's own caption, placeholder or label words are its interface.
      place = 'interface';
    }
    places.set(element, place);
    for (const child of Array.from(element.children)) visit(child, place);
  };
  visit(root, 'content');
  return places;
}

/** Only what recognition reads of a style: whether it hides the element. */
function safeStyle(style: string): string | null {
  const squeezed = style.replace(/\s+/g, '').toLowerCase();
  const kept = [squeezed.includes('display:none') ? 'display:none' : '', squeezed.includes('visibility:hidden') ? 'visibility:hidden' : ''].filter(Boolean);
  return kept.length ? kept.join(';') : null;
}

/** The value an attribute keeps, `null` to drop it. */
function safeValue(element: Element, name: string, value: string, pageUrl: string, place: Place): string | null {
  const ruleFor = ATTRIBUTES[name];
  if (!ruleFor) return null;
  const trimmed = value.trim();
  switch (ruleFor.kind) {
    case 'address':
      return safeAddress(value, pageUrl);
    case 'token':
      return maskToken(value);
    case 'words':
      return maskText(value, place);
    case 'caption':
      // A button's caption is interface; every other value is the user's or the server's data.
      return isButton(element) ? maskText(value, 'interface') : null;
    case 'boolean':
      return '';
    case 'number':
      return /^\d{1,3}(?:\.\d+)?(?:%|px|\*)?$/.test(trimmed) ? trimmed : maskToken(value);
    case 'color':
      return /^#?(?:[0-9a-f]{3}){1,2}$/i.test(trimmed) || COLORS.has(trimmed.toLowerCase()) ? trimmed : maskToken(value);
    case 'style':
      return safeStyle(value);
    case 'pattern':
      // Recognition asks only whether a field wants digits (a passcode).
      return /\\d|\[0-9\]/.test(value) ? '[0-9]*' : null;
    case 'enum': {
      const values = ruleFor.list ? trimmed.toLowerCase().split(/\s+/) : [trimmed.toLowerCase()];
      return values.every((one) => ruleFor.values.has(one)) && /^[\x20-\x7e]*$/.test(trimmed) ? trimmed : maskToken(value);
    }
  }
}

function cleanElement(element: Element, pageUrl: string, place: Place): void {
  const tag = element.tagName;
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const safe = tag === 'META' && name === 'content' ? safeRefresh(element, attribute.value, pageUrl) : safeValue(element, name, attribute.value, pageUrl, place);
    element.removeAttribute(attribute.name);
    if (safe !== null && /^[a-z][a-z-]*$/.test(name)) element.setAttribute(name, safe);
  }
  // A tick box keeps its state (recognition reads whether the redaction notice is ticked).
  if (tag === 'INPUT' && /^(?:checkbox|radio)$/i.test(element.getAttribute('type') ?? '') && (element as HTMLInputElement).checked) element.setAttribute('checked', '');
  if (tag === 'TEXTAREA') element.textContent = '';
}

/** `<meta http-equiv=refresh content="0;url=...">`: where to, not when. */
function safeRefresh(meta: Element, content: string, pageUrl: string): string | null {
  if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() !== 'refresh') return null;
  const target = /url\s*=\s*['"]?([^'"\s>]+)/i.exec(content)?.[1];
  const safe = target ? safeAddress(target, pageUrl) : null;
  return safe ? `${REFRESH_DELAY};url=${safe}` : null;
}

/**
 * A button that navigates by script to the court's login is, for classify, the way in (see
 * landing.ts). It loses its handler, so it is wrapped in a plain link to the same (safe) place.
 */
function wrapLoginButton(element: Element, pageUrl: string): void {
  if (element.tagName === 'A' || !element.hasAttribute('onclick')) return;
  const target = onclickTarget(element, pageUrl);
  const safe = target && isLoginScript(target) ? safeAddress(target.href, pageUrl) : null;
  if (!safe || safe.startsWith(MASKED_ORIGIN)) return;
  const link = element.ownerDocument.createElement('a');
  link.setAttribute('href', safe);
  element.replaceWith(link);
  link.append(element);
}

/** A tag HTML does not define (`<johnathan-litigant>`, `<o:p>`) becomes a plain `<span>` with the same children. */
function renameUnknown(element: Element): Element {
  if (KNOWN_ELEMENTS.has(element.localName) && element.namespaceURI === 'http://www.w3.org/1999/xhtml') return element;
  const span = element.ownerDocument.createElement('span');
  span.append(...Array.from(element.childNodes));
  // Only attributes a capture may keep (any other is dropped anyway, and some names cannot be set).
  for (const attribute of Array.from(element.attributes)) if (ATTRIBUTES[attribute.name.toLowerCase()]) span.setAttribute(attribute.name.toLowerCase(), attribute.value);
  element.replaceWith(span);
  return span;
}

/** Elements that do not end a word: `<a><u>U</u>tilities</a>` reads "Utilities". */
const INLINE = new Set(['U', 'B', 'I', 'EM', 'STRONG', 'FONT', 'SPAN', 'SMALL', 'BIG', 'SUB', 'SUP', 'S', 'STRIKE', 'TT', 'NOBR', 'MARK', 'ABBR', 'ACRONYM', 'CITE', 'CODE', 'KBD', 'SAMP', 'VAR', 'Q', 'DEL', 'INS', 'BDI', 'BDO', 'DFN', 'TIME', 'DATA', 'WBR']);

/** Masks every text node, in runs that read as one; removes comments and the like. */
function maskTexts(root: Element, places: Map<Element, Place>): void {
  let run: Text[] = [];
  const others: Node[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const masked = maskRun(run.map((node) => node.nodeValue ?? ''), run.map((node) => places.get(node.parentElement!) ?? 'content'));
    run.forEach((node, index) => {
      node.nodeValue = masked[index]!;
    });
    run = [];
  };
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) run.push(child as Text);
      else if (child.nodeType === 1) {
        const inline = INLINE.has((child as Element).tagName);
        if (!inline) flush();
        visit(child);
        if (!inline) flush();
      } else others.push(child);
    }
  };
  visit(root);
  flush();
  for (const node of others) node.parentNode?.removeChild(node);
}

/**
 * The copy, built anew from the cleaned tree: fresh elements hold nothing but the attributes and
 * text given them. A parsed or scripted element can carry state that serialising writes back
 * (a customized built-in's `is` value survives removing its attribute), and a clone keeps it.
 */
function rebuilt(element: Element, doc: Document): Element {
  const copy = doc.createElementNS('http://www.w3.org/1999/xhtml', element.localName);
  for (const attribute of Array.from(element.attributes)) copy.setAttribute(attribute.name, attribute.value);
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) copy.append(rebuilt(child as Element, doc));
    else if (child.nodeType === 3) copy.append(doc.createTextNode(child.nodeValue ?? ''));
  }
  return copy;
}

export interface Capture {
  readonly html: string;
  readonly url: string;
}

/** The sanitised copy of a page, as a file's text. `doc` is left untouched. */
export function capturePage(doc: Document, pageUrl: string): Capture {
  // Copied into a document of its own, with no window: there, nothing loads (a clone in the
  // page's own document fetches every image it copies) and no script of the page's runs.
  const inert = doc.implementation.createHTMLDocument('');
  const root = inert.importNode(doc.documentElement, true) as Element;
  const url = (safeAddress(pageUrl, pageUrl) ?? `${MASKED_ORIGIN}/`).replace(/--/g, '-%2D');
  for (const element of Array.from(root.querySelectorAll(DROP))) element.remove();
  for (const meta of Array.from(root.querySelectorAll('meta'))) {
    if ((meta.getAttribute('http-equiv') ?? '').trim().toLowerCase() !== 'refresh') meta.remove();
  }
  const elements = [root, ...Array.from(root.querySelectorAll('*'))].map((element) => (element === root ? element : renameUnknown(element)));
  const places = placesOf(root, pageUrl);
  for (const element of elements) wrapLoginButton(element, pageUrl);
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) cleanElement(element, pageUrl, places.get(element) ?? 'content');

  maskTexts(root, places);

  const head = root.querySelector('head');
  if (head) {
    const policy = inert.createElement('meta');
    policy.setAttribute('http-equiv', 'Content-Security-Policy');
    policy.setAttribute('content', CAPTURE_POLICY);
    head.prepend(policy);
  }
  const copy = rebuilt(root, inert);
  const header = [
    '<!DOCTYPE html>',
    `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`,
    '<!-- A sanitised copy made by the CM/ECF Account Linking Guide for support: structure and interface words only; no values, scripts, queries or other text. -->',
  ].join('\n');
  return { html: `${header}\n${copy.outerHTML}\n`, url };
}
