// Where links and buttons go, read from their markup: relative or absolute, quoted any way,
// with `&id=` variants, all resolve to the same target.
import { parseUrl } from '../url';

/** Resolves an address against the page's own address; `null` for script links and garbage. */
export function resolve(raw: string | null | undefined, pageUrl: string): URL | null {
  if (!raw) return null;
  const trimmed = raw.trim();
  if (trimmed === '' || /^(javascript|data|vbscript|mailto):/i.test(trimmed)) return null;
  return parseUrl(trimmed, pageUrl);
}

/** The CGI script a CM/ECF address runs, lower-cased: `/cgi-bin/DisplayMenu.pl?x` → `displaymenu.pl`. */
export function scriptName(url: URL): string {
  const path = url.pathname.toLowerCase();
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The menu a `DisplayMenu.pl` address shows, lower-cased: `?Utilities&id=-1` → `utilities`.
 * `null` for other scripts.
 */
export function menuName(url: URL): string | null {
  if (scriptName(url) !== 'displaymenu.pl') return null;
  const query = decodeURIComponent(url.search.slice(1).replace(/\+/g, ' '));
  const name = query.split(/[&;=]/)[0]?.trim().toLowerCase();
  return name || null;
}

/** Whether an address is a CM/ECF login (`login.pl`), not a logout. */
export function isLoginScript(url: URL): boolean {
  return scriptName(url) === 'login.pl' && !/logout/i.test(url.search);
}

/** The address an old-style `onclick="window.location='...'"` button goes to. */
export function onclickTarget(element: Element, pageUrl: string): URL | null {
  const code = element.getAttribute('onclick') ?? '';
  const match = /(?:location(?:\.href)?\s*=|location\.(?:assign|replace)\s*\(|open\s*\()\s*["']([^"']+)["']/i.exec(code);
  return match ? resolve(match[1], pageUrl) : null;
}

/** A link's absolute href, when it has a real one. */
export function linkTarget(element: Element, pageUrl: string): URL | null {
  return resolve(element.getAttribute('href'), pageUrl);
}
