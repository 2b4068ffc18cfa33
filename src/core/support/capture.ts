// "Save this page for support": a copy of the current court page that a help desk can open
// and run `classify` on, with nothing private left in it. Structure, headings, link and
// button labels and field labels stay (interface words only); scripts, styles' URLs, every
// input value (hidden ones too), query strings, fragments, comments and any other word are
// removed or replaced by placeholders of the same shape.
import { reportablePath } from './privacy';
import { maskWords } from './vocabulary';

const DROP = 'script, noscript, iframe, frame, object, embed, template, link, style, svg, canvas, video, audio, img[src^="data:"]';
const KEEP_ATTRIBUTES = new Set([
  'id', 'class', 'name', 'type', 'method', 'for', 'role', 'hidden', 'disabled', 'checked', 'selected', 'http-equiv', 'target',
  'aria-hidden', 'aria-labelledby', 'aria-describedby', 'colspan', 'rowspan', 'align', 'valign', 'width', 'height', 'border',
  'cellpadding', 'cellspacing', 'bgcolor', 'color', 'size', 'face', 'nowrap', 'lang', 'dir', 'enctype', 'maxlength',
]);
const WORD_ATTRIBUTES = new Set(['title', 'alt', 'placeholder', 'aria-label', 'label', 'summary']);
const BUTTON_TYPES = new Set(['submit', 'button', 'reset', 'image']);

/** A link target with its origin and path (numbers masked), and a query only if it is a bare word (a menu name). */
export function safeAddress(raw: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // `DisplayMenu.pl?Utilities&id=-1` keeps `?Utilities`; `?case=1:24-bk-1` keeps nothing.
  const first = url.search.slice(1).split(/[&;]/)[0] ?? '';
  const word = /^[A-Za-z]+$/.test(first) ? `?${first}` : '';
  return `${url.origin}${reportablePath(url.href) || '/'}${word}`;
}

/** The central login's court is in its query (`pscCourtId=ALMBK`): a public court id, kept. */
function withLoginCourt(safe: string, pageUrl: string): string {
  try {
    const court = new URL(pageUrl).searchParams.get('pscCourtId');
    return court && /^[A-Z0-9]{2,8}$/i.test(court) && /\/\/(pacer\.login|train-login)\.uscourts\.gov\//.test(safe) ? `${safe.replace(/\?.*$/, '')}?pscCourtId=${court}` : safe;
  } catch {
    return safe;
  }
}

function safeStyle(style: string): string {
  return style.replace(/url\([^)]*\)/gi, 'none').replace(/expression\([^)]*\)/gi, '').slice(0, 300);
}

/** Navigation-only inline handlers (`window.location='/cgi-bin/login.pl'`) keep their target; other code goes. */
function safeHandler(code: string, base: string): string | null {
  const match = /^\s*(?:window\.|document\.|top\.)?location(?:\.href)?\s*=\s*["']([^"']+)["']\s*;?\s*$/i.exec(code);
  const target = match ? safeAddress(match[1]!, base) : null;
  return target ? `window.location='${target}'` : null;
}

function cleanElement(element: Element, base: string): void {
  const tag = element.tagName.toLowerCase();
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    const value = attribute.value;
    if (name === 'href' || name === 'action' || name === 'src' && tag === 'frame') {
      const safe = safeAddress(value, base);
      if (safe) element.setAttribute(name, safe);
      else element.removeAttribute(attribute.name);
    } else if (name === 'style') {
      element.setAttribute('style', safeStyle(value));
    } else if (name === 'onclick') {
      const safe = safeHandler(value, base);
      if (safe) element.setAttribute('onclick', safe);
      else element.removeAttribute(attribute.name);
    } else if (name === 'value') {
      // A button's caption is interface; every other value is the user's or the server's data.
      if (tag === 'button' || (tag === 'input' && BUTTON_TYPES.has((element.getAttribute('type') ?? '').toLowerCase()))) element.setAttribute('value', maskWords(value));
      else element.removeAttribute(attribute.name);
    } else if (name === 'content' && tag === 'meta') {
      const refresh = /^\s*(\d+)\s*;\s*url\s*=\s*['"]?([^'"]+)/i.exec(value);
      const safe = refresh ? safeAddress(refresh[2]!, base) : null;
      if (safe && (element.getAttribute('http-equiv') ?? '').toLowerCase() === 'refresh') element.setAttribute('content', `${refresh![1]};url=${safe}`);
      else element.removeAttribute(attribute.name);
    } else if (WORD_ATTRIBUTES.has(name)) {
      element.setAttribute(name, maskWords(value));
    } else if (!KEEP_ATTRIBUTES.has(name)) {
      element.removeAttribute(attribute.name);
    }
  }
  if (tag === 'textarea') element.textContent = '';
}

export interface Capture {
  readonly html: string;
  readonly url: string;
}

/** The sanitised copy of a page, as a file's text. `doc` is left untouched. */
export function capturePage(doc: Document, pageUrl: string): Capture {
  const root = doc.documentElement.cloneNode(true) as Element;
  const url = withLoginCourt(safeAddress(pageUrl, pageUrl) ?? '', pageUrl);
  for (const element of Array.from(root.querySelectorAll(DROP))) element.remove();
  for (const element of Array.from(root.querySelectorAll('meta'))) {
    if ((element.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') element.remove();
  }
  // The guide's own overlay is not part of the court's page.
  for (const element of Array.from(root.querySelectorAll('cmecf-link-guide'))) element.remove();
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    element.removeAttribute('data-guide-target');
    cleanElement(element, pageUrl);
  }
  const walker = doc.createTreeWalker(root, 0x4 | 0x80 /* text and comments */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 8) comments.push(node);
    else node.nodeValue = maskWords(node.nodeValue ?? '');
  }
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  const header = [
    '<!DOCTYPE html>',
    `<!-- saved from url=(${String(url.length).padStart(4, '0')})${url} -->`,
    '<!-- A sanitised copy made by the CM/ECF Account Linking Guide for support: structure and interface words only; no values, scripts, queries or other text. -->',
  ].join('\n');
  return { html: `${header}\n${root.outerHTML}\n`, url };
}
