// Reads what the guide shows on a page, from outside: the overlay's shadow root is closed to
// the page's scripts, so this goes through the DevTools protocol, which sees closed roots.
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
  /** Whether `elementFromPoint` at the target's centre is the target (the overlay never covers it). */
  readonly targetReachable: boolean | null;
  /** The words of the focused control inside the guide, if focus is there. */
  readonly focused: string | null;
  /** Focus is on the callout itself (after the user asked for the guide). */
  readonly calloutFocused: boolean;
  /** The outline's and the target's boxes in the viewport, to measure drift. */
  readonly outlineBox: { top: number; left: number; width: number; height: number } | null;
  readonly targetBox: { top: number; left: number; width: number; height: number } | null;
  readonly calloutBox: { top: number; left: number; width: number; height: number } | null;
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

export async function readCoachMark(page: Page): Promise<CoachMarkState> {
  const cdp = await session(page);
  const shadowId = await shadowRootHandle(cdp);
  const outside = await page.evaluate(() => {
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
  });
  type Rect = { top: number; left: number; width: number; height: number } | null;
  let inside = { tone: null as string | null, stepLabel: '', title: '', why: '', warnings: [] as string[], buttons: [] as string[], live: '', focused: null as string | null, calloutFocused: false, outlineBox: null as Rect, calloutBox: null as Rect };
  if (shadowId && outside.connected) {
    inside = await inShadowRoot<typeof inside>(cdp, shadowId, `function () {
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
      }`);
  }
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
