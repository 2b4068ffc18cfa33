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
 * How a page was reached, as the trail needs it: its own path key, and the key of the page the
 * browser says the user came from when that is the same site (null: no such page, or another
 * site). Worked out on the page; the background, which keeps the trail, judges it.
 */
export interface Arrival {
  readonly here: string;
  readonly cameBy: string | null;
}

export function arrivalAt(pageUrl: string, referrer: string): Arrival | null {
  const here = pathKey(pageUrl);
  if (!here) return null;
  const came = referrer !== '' ? parseUrl(referrer) : null;
  return { here, cameBy: came !== null && came.host === parseUrl(pageUrl)?.host ? pathKey(came) : null };
}

/**
 * The control whose answer this page is, or null. The page must be at an address the pointer
 * led to; and when the browser says where the user came from (same court), that must be the
 * page the pointer was on, or one of its targets (a form shown again).
 */
export function answeredControl(entry: TrailEntry | undefined, arrival: Arrival | null, now: number): FlowEvidence | null {
  if (!entry || !arrival || now - entry.at > TRAIL_MAX_AGE_MS || now < entry.at - 60_000) return null;
  if (!entry.to.includes(arrival.here)) return null;
  if (arrival.cameBy !== null && arrival.cameBy !== entry.from && !entry.to.includes(arrival.cameBy)) return null;
  return entry.control;
}

/** The same, from the page's address and referrer (see arrivalAt). */
export function cameFrom(entry: TrailEntry | undefined, pageUrl: string, referrer: string, now: number): FlowEvidence | null {
  return answeredControl(entry, arrivalAt(pageUrl, referrer), now);
}
