// Reads what the guide shows on a page, from outside: the overlay's shadow root is closed to
// the page's scripts, so this goes through the DevTools protocol, which sees closed roots
// (Chromium). The reading itself (readOutside, READ_INSIDE) is shared with Firefox, where
// WebDriver BiDi hands the closed root over instead (firefox-driver.ts).
import type { CDPSession, Page } from 'playwright-core';

export interface CoachMarkState {
  readonly visible: boolean;
  readonly step: number | null;
  readonly page: string | null;
  readonly tone: string | null;
  readonly stepLabel: string;
  readonly title: string;
  readonly why: string;
  readonly warnings: string[];
  readonly buttons: string[];
  readonly live: string;
  /** `data-guide-target` of the highlighted control, if any. */
  readonly target: string | null;
  /** Whether `elementFromPoint` at the centre of the target's first line box is the target or inside it (the overlay never covers it). */
  readonly targetReachable: boolean | null;
  /** The words of the focused control inside the guide, if focus is there. */
  readonly focused: string | null;
  /** Focus is on the callout itself (after the user asked for the guide). */
  readonly calloutFocused: boolean;
  /** The outline's and the target's boxes in the viewport, to measure drift. */
  readonly outlineBox: Box | null;
  readonly targetBox: Box | null;
  readonly calloutBox: Box | null;
}

interface Node {
  backendNodeId: number;
  localName?: string;
  children?: Node[];
  shadowRoots?: Node[];
}

function findHostShadow(node: Node): number | null {
  if (node.localName === 'cmecf-link-guide' && node.shadowRoots?.[0]) return node.shadowRoots[0].backendNodeId;
  for (const child of node.children ?? []) {
    const found = findHostShadow(child);
    if (found) return found;
  }
  return null;
}

/** A handle (DevTools object id) on the coach mark's closed shadow root, or null if none is on the page. */
export async function shadowRootHandle(cdp: CDPSession): Promise<string | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const shadowId = findHostShadow(root);
  if (!shadowId) return null;
  const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadowId })) as { object: { objectId: string } };
  return object.objectId;
}

/** Runs a function with the shadow root as `this`, in the page, and returns its value. */
export async function inShadowRoot<T>(cdp: CDPSession, objectId: string, functionDeclaration: string): Promise<T> {
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId, returnByValue: true, functionDeclaration })) as { result: { value: T } };
  return result.value;
}

const sessions = new WeakMap<Page, CDPSession>();

async function session(page: Page): Promise<CDPSession> {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    sessions.set(page, cdp);
  }
  return cdp;
}

/** What the page itself can see of the guide: the host's attributes, the marked target and whether a click there reaches it. */
export interface OutsideState {
  readonly connected: boolean;
  readonly step: string | null;
  readonly page: string | null;
  readonly target: string | null;
  readonly reachable: boolean | null;
  readonly targetBox: Box | null;
}

export type Box = { top: number; left: number; width: number; height: number };

/** What only the shadow root shows: the callout's words, buttons, live region and focus. */
export interface InsideState {
  tone: string | null;
  stepLabel: string;
  title: string;
  why: string;
  warnings: string[];
  buttons: string[];
  live: string;
  focused: string | null;
  calloutFocused: boolean;
  outlineBox: Box | null;
  calloutBox: Box | null;
}

export const EMPTY_INSIDE: InsideState = { tone: null, stepLabel: '', title: '', why: '', warnings: [], buttons: [], live: '', focused: null, calloutFocused: false, outlineBox: null, calloutBox: null };

/**
 * Runs in the page (any browser): the guide's host, the highlighted control, and whether
 * `elementFromPoint` at the centre of the control's first line box is the control (or inside it).
 */
export function readOutside(): OutsideState {
  const host = document.querySelector('cmecf-link-guide');
  const target = document.querySelector('[data-guide-target]');
  let reachable: boolean | null = null;
  if (target) {
    // A link that wraps has two line boxes; the centre of its bounding box can be empty space.
    const box = target.getClientRects()[0] ?? target.getBoundingClientRect();
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    reachable = hit !== null && (hit === target || target.contains(hit));
  }
  const rect = (el: Element | null) => {
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return { top: r.top, left: r.left, width: r.width, height: r.height };
  };
  return {
    targetBox: rect(target),
    connected: host?.isConnected ?? false,
    step: host?.getAttribute('data-guide-step') ?? null,
    page: host?.getAttribute('data-guide-page') ?? null,
    target: target?.getAttribute('data-guide-target') ?? null,
    reachable,
  };
}

/** Runs in the page with the (closed) shadow root as `this`: the callout as the user sees it. */
export const READ_INSIDE = `function () {
  const words = (el) => (el ? el.textContent.replace(/\\s+/g, ' ').trim() : '');
  const callout = this.querySelector('.callout');
  return {
    tone: callout ? callout.getAttribute('data-tone') : null,
    stepLabel: words(this.querySelector('.step-label')),
    title: words(this.querySelector('.title')),
    why: words(this.querySelector('.why')),
    warnings: [...this.querySelectorAll('.warnings li, .typed, .accounts p, .support')].map(words),
    buttons: [...this.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || words(b)),
    live: words(this.querySelector('[aria-live]')),
    focused: this.activeElement && this.activeElement !== callout ? (this.activeElement.getAttribute('aria-label') || words(this.activeElement)) : null,
    calloutFocused: this.activeElement !== null && this.activeElement === callout,
    outlineBox: (() => { const o = this.querySelector('.outline'); if (!o || o.hidden) return null; const r = o.getBoundingClientRect(); return { top: r.top, left: r.left, width: r.width, height: r.height }; })(),
    calloutBox: callout ? (() => { const r = callout.getBoundingClientRect(); return { top: r.top, left: r.left, width: r.width, height: r.height }; })() : null,
  };
}`;

/** With the shadow root as `this`: the centre of the guide's button with these words (aria-label or text), or null. */
export const GUIDE_BUTTON_CENTRE = `function (wanted) {
  const words = (el) => el.textContent.replace(/\\s+/g, ' ').trim();
  const button = [...this.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || words(b)) === wanted);
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
}`;

/** With the shadow root as `this`: its content as HTML (markup and stylesheet, as rendered). */
export const SHADOW_HTML = 'function () { return [...this.childNodes].map((n) => n.outerHTML ?? "").join(""); }';

/** One reading of the guide from its two halves. */
export function coachMarkState(outside: OutsideState, inside: InsideState): CoachMarkState {
  return {
    visible: outside.connected && inside.title !== '',
    step: outside.step ? Number(outside.step) : null,
    page: outside.page,
    target: outside.target,
    targetReachable: outside.reachable,
    targetBox: outside.targetBox,
    ...inside,
  };
}

export async function readCoachMark(page: Page): Promise<CoachMarkState> {
  const cdp = await session(page);
  const shadowId = await shadowRootHandle(cdp);
  if (!shadowId) return coachMarkState(await page.evaluate(readOutside), EMPTY_INSIDE);
  // Both halves in one call, so no render of the guide falls between the target's mark and the callout's words.
  const both = `function () { const outside = (${readOutside.toString()})(); return { outside, inside: outside.connected ? (${READ_INSIDE}).call(this) : null }; }`;
  const { outside, inside } = await inShadowRoot<{ outside: OutsideState; inside: InsideState | null }>(cdp, shadowId, both);
  return coachMarkState(outside, inside ?? EMPTY_INSIDE);
}

/** Presses one of the guide's buttons with a real mouse click at its centre (its buttons ignore scripted clicks). */
export async function pressGuideButton(page: Page, words: string): Promise<void> {
  const cdp = await session(page);
  const shadowId = await shadowRootHandle(cdp);
  if (!shadowId) throw new Error(`no guide on ${page.url()} to press "${words}" in`);
  const { result } = (await cdp.send('Runtime.callFunctionOn', { objectId: shadowId, returnByValue: true, functionDeclaration: GUIDE_BUTTON_CENTRE, arguments: [{ value: words }] })) as { result: { value: { x: number; y: number } | null } };
  if (!result.value) throw new Error(`the guide on ${page.url()} has no button "${words}"`);
  await page.mouse.click(result.value.x, result.value.y);
}
