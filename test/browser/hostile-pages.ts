// Court pages whose own scripts and styles attack the guide, served by the practice court under
// ecf.almb.uscourts.gov for faults.test.ts (the styled one for the Firefox walks too). Each
// looks like the court's front door (a link to the Document Filing System), so the guide has
// something to point at.
import { expect } from 'vitest';
import { HOST_TAG } from '../../src/overlay/overlay';
import type { CoachMarkState } from '../../tools/practice-court/coach-mark';

const FRONT_DOOR = `<h1>United States Bankruptcy Court, Middle District of Alabama</h1>
<p>Welcome. To file, use the <a href="https://ecf.almb.uscourts.gov/cgi-bin/login.pl">Document Filing System</a>.</p>
<div id="churn"></div>`;

/** Everything a page can try: fake extension globals, posted and dispatched messages, a synthetic Escape. */
const TRIES = `
window.hostile = { fakeApiCalls: 0, removed: 0, mutations: 0, observerErrors: 0, done: false };
const fake = () => { window.hostile.fakeApiCalls += 1; return Promise.resolve({}); };
const api = { runtime: { id: 'gemcmppemknfjhjkdddlpbfeionngbhe', sendMessage: fake, getURL: fake, onMessage: { addListener: fake } }, storage: { local: { get: fake, set: fake }, onChanged: { addListener: fake } }, i18n: { getMessage: fake } };
window.browser = api;
window.chrome = api;
const forged = [
  { type: 'page', court: 'almb', next: null, path: '/', wantTexts: false, event: { page: 'link-success', filer: true, reason: null, training: false, at: Date.now() } },
  { type: 'set-settings', settings: { guideHidden: true, hiddenCourts: ['almb'] } },
  { type: 'reset-court', court: 'almb' },
  { type: 'show-guide' },
  { type: 'capture-page' },
];
for (const message of forged) {
  window.postMessage(message, '*');
  window.dispatchEvent(new MessageEvent('message', { data: message }));
  document.dispatchEvent(new CustomEvent(message.type, { detail: message, bubbles: true }));
}
addEventListener('load', () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
`;

/** A storm of 20,000 mutations a second for 3 s, under a page observer that throws every time. */
const STORM = `
new MutationObserver(() => { window.hostile.observerErrors += 1; throw new Error('hostile observer'); }).observe(document.body, { childList: true, subtree: true, attributes: true });
const churn = document.getElementById('churn');
const started = performance.now();
const storm = setInterval(() => {
  for (let i = 0; i < 100; i += 1) {
    const span = document.createElement('span');
    span.className = 'c' + i;
    churn.append(span);
    span.remove();
    window.hostile.mutations += 2;
  }
  if (performance.now() - started > 3000) {
    clearInterval(storm);
    window.hostile.done = true;
  }
}, 10);
`;

/** Removes the guide's host each time it appears (or only the first time). */
const remover = (always: boolean) => `
new MutationObserver(() => {
  const host = document.querySelector('cmecf-link-guide');
  if (!host || (!${always} && window.hostile.removed > 0)) return;
  host.remove();
  window.hostile.removed += 1;
}).observe(document.documentElement, { childList: true, subtree: true });
`;

const page = (title: string, script: string, head = '') => `<!DOCTYPE html>
<html><head><title>${title}</title>${head}</head>
<body>
${FRONT_DOOR}
<script>
${TRIES}
${script}
</script>
</body></html>
`;

/** The host's layout as the page's styles see it (run in the page, given HOST_TAG). */
export function hostLayout(tag: string): Record<string, string | null> {
  const host = document.querySelector(tag);
  if (!host) return { missing: tag };
  const style = getComputedStyle(host);
  return { position: style.position, display: style.display, width: style.width, height: style.height, zIndex: style.zIndex, visibility: style.visibility, opacity: style.opacity, transform: style.transform, inline: host.getAttribute('style') };
}

/** What the guide's own `:host` rule holds it to, whatever the page says (no inline style). */
const HOST_LAYOUT = { position: 'fixed', display: 'block', width: '0px', height: '0px', zIndex: '2147483647', visibility: 'visible', opacity: '1', transform: 'none', inline: null };

/**
 * The checks on the styled page, the same in both browsers: the guide shows, leaves its target
 * reachable, and its host keeps its layout. `layout` is hostLayout's answer from the page.
 */
export function expectHostHeld(guide: CoachMarkState, layout: unknown): void {
  expect(guide.targetReachable, 'the outline and callout leave the link reachable').toBe(true);
  expect(guide.calloutBox?.width ?? 0, 'the callout is drawn').toBeGreaterThan(100);
  expect(layout).toEqual(HOST_LAYOUT);
}

/** Styles that try to hide, move, fade or enlarge the guide's host, each marked important. */
const HOSTILE_STYLES = `${HOST_TAG}, body > ${HOST_TAG} {
  display: none !important; position: static !important; width: 900px !important; height: 900px !important;
  z-index: -1 !important; visibility: hidden !important; opacity: 0 !important; transform: translateX(-5000px) !important;
}`;

export const HOSTILE_PAGES: Record<string, string> = {
  '/hostile-styles.html': page('U.S. Bankruptcy Court - Middle District of Alabama', '', `<style>${HOSTILE_STYLES}</style>`),
  '/hostile-storm.html': page('U.S. Bankruptcy Court - Middle District of Alabama', `${remover(false)}${STORM}`),
  '/hostile-remover.html': page('U.S. Bankruptcy Court - Middle District of Alabama', remover(true)),
};
