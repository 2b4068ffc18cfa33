// Flow continuity: where the guide last pointed, per court, and whether the page now open is
// the answer to it (the page the linking item leads to, the page answering the linking
// form). That is evidence about a page that outweighs its wording. Addresses are kept only as
// short hashes of their paths (never queries), so the trail holds no case number or name.
import { FLOW_EVIDENCE, type FlowEvidence, type NextControl } from '../recognition/types';
import { parseUrl } from '../url';

/** How long a pointer stays evidence: a linking session, not the next week's visit. */
export const TRAIL_MAX_AGE_MS = 2 * 60 * 60 * 1000;

export interface TrailEntry {
  /** The control pointed at. */
  readonly control: FlowEvidence;
  /** Path keys of the page it was on, and of the addresses it leads to. */
  readonly from: string;
  readonly to: readonly string[];
  readonly at: number;
}

export type Trail = Readonly<Record<string, TrailEntry>>;

/** A path's key: FNV-1a of its lower-cased path, in hex. The same path gives the same key; a key gives nothing back. */
export function pathKey(url: string | URL): string | null {
  const path = parseUrl(url)?.pathname.toLowerCase();
  if (path === undefined) return null;
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i += 1) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** What a page's next control makes worth remembering: where it leads (a field or button: where its form posts). */
export function pointerOf(next: NextControl | null, pageUrl: string): { control: FlowEvidence; to: string[] } | null {
  if (!next || !FLOW_EVIDENCE.includes(next.control as FlowEvidence)) return null;
  const element = next.element;
  let target: string | null = next.href;
  if (!target && element) {
    // A form's field or button: the form posts to its action, or back to this page.
    const form = element.closest('form');
    const action = form?.getAttribute('action');
    target = form ? parseUrl(action && !/^\s*javascript:/i.test(action) ? action : pageUrl, pageUrl)?.href ?? null : null;
  }
  const key = target ? pathKey(target) : null;
  return key ? { control: next.control as FlowEvidence, to: [key] } : null;
}

/**
 * The control whose answer this page is, or null. The page must be at an address the pointer
 * led to; and when the browser says where the user came from (same court), that must be the
 * page the pointer was on, or one of its targets (a form shown again).
 */
export function cameFrom(entry: TrailEntry | undefined, pageUrl: string, referrer: string, now: number): FlowEvidence | null {
  if (!entry || now - entry.at > TRAIL_MAX_AGE_MS || now < entry.at - 60_000) return null;
  const here = pathKey(pageUrl);
  if (!here || !entry.to.includes(here)) return null;
  const came = referrer !== '' ? parseUrl(referrer) : null;
  const sameSite = came !== null && came.host === parseUrl(pageUrl)?.host;
  if (sameSite) {
    const from = pathKey(referrer);
    if (from !== entry.from && !entry.to.includes(from ?? '')) return null;
  }
  return entry.control;
}
