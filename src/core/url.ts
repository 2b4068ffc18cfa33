// Reading an address that may be garbage (a page's link, a referrer, a stored or typed value):
// a URL, or null, never a throw. The one place that catches the URL parser's refusal.

/** `raw` parsed (against `base` when it is relative), or null where the URL parser refuses it. */
export function parseUrl(raw: string | URL, base?: string | URL): URL | null {
  if (raw instanceof URL) return raw;
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}
