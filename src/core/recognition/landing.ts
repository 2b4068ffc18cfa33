// The court's landing page (`/` in bankruptcy courts, `/cgi-bin/ShowIndex.pl` in district
// courts) and its way into the filing system. Examples: landing.examples.ts.
import { isLoginScript, linkTarget, onclickTarget, resolve } from './links';
import { displayText } from './text';
import type { NextControl } from './types';

const HOME_PATHS = new Set(['/', '/index.html', '/index.htm', '/cgi-bin/showindex.pl']);

export function isHomePath(url: URL): boolean {
  return HOME_PATHS.has(url.pathname.toLowerCase());
}

/** The district root is a bare `<meta http-equiv=refresh>` to ShowIndex.pl: nothing to click yet. */
export function refreshTarget(doc: Document, pageUrl: string): URL | null {
  for (const meta of Array.from(doc.querySelectorAll('meta[http-equiv]'))) {
    if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const match = /url\s*=\s*['"]?([^'"\s>]+)/i.exec(meta.getAttribute('content') ?? '');
    if (match) return resolve(match[1], pageUrl);
  }
  return null;
}

/**
 * The landing page's entry to the filing system, found by where it goes (`login.pl`), not by
 * its words, which vary from "Login" to "Click Here to Start CM/ECF". A link, an
 * `onclick` button or a form that posts to login.pl all count. Entries to another host
 * (the training database listed beside the live one) come last.
 */
export function findEntry(doc: Document, pageUrl: string, host: string): NextControl | null {
  let fallback: NextControl | null = null;
  // Links are filtered by address in the browser: a landing page has hundreds of links, and
  // only those to login.pl can be the entry.
  const candidates = doc.querySelectorAll('a[href*="login.pl" i], input[onclick], button[onclick], button, input[type=submit], input[type=button], input[type=image]');
  for (const element of Array.from(candidates)) {
    const target = entryTarget(element, pageUrl);
    if (!target || !isLoginScript(target)) continue;
    const control: NextControl = { control: 'entry', element, text: captionOf(element), href: target.href };
    if (target.hostname.toLowerCase() === host) return control;
    fallback ??= control;
  }
  return fallback;
}

function entryTarget(element: Element, pageUrl: string): URL | null {
  if (element.tagName === 'A') return linkTarget(element, pageUrl);
  const fromScript = onclickTarget(element, pageUrl);
  if (fromScript) return fromScript;
  const type = (element.getAttribute('type') ?? 'submit').toLowerCase();
  const form = element.closest('form');
  if (form && (type === 'submit' || type === 'image')) return resolve(form.getAttribute('action') ?? '', pageUrl);
  return null;
}

/** Words a button or link shows: its text, or a button's caption attribute (never a typed value). */
export function captionOf(element: Element): string {
  if (element.tagName === 'INPUT') {
    return (element.getAttribute('value') ?? element.getAttribute('alt') ?? element.getAttribute('title') ?? '').trim();
  }
  const text = displayText(element);
  if (text) return text;
  const image = element.querySelector('img[alt]');
  return (image?.getAttribute('alt') ?? element.getAttribute('title') ?? element.getAttribute('aria-label') ?? '').trim();
}
