// What the popup's help-desk section needs: the support code and the report, from the stored
// state, the active tab's last report and the browser's own settings.
import browser from 'webextension-polyfill';
import { text } from '../core/flow/texts';
import type { Capture } from '../core/support/capture';
import { CAPTURE_FUNCTION, CAPTURE_SCRIPT } from '../core/support/injection';
import { buildReport } from '../core/support/report';
import { browserOf, supportCodeFor } from '../core/support/state';
import { reportablePath } from '../core/support/privacy';
import { parseSite } from '../core/courts/hosts';
import type { PageKind } from '../core/recognition/types';
import { courtsByLatestUpdate, type StoredState } from '../core/state/state';
import { saveFile } from './actions';

export interface TabFacts {
  readonly tabId: number;
  readonly court: string | null;
  readonly page: PageKind;
  readonly path: string;
  readonly training: boolean;
  readonly reason: string | null;
  /** Why the guide could not place the page, when it could not. */
  readonly unsure?: string | null;
  /**
   * Whether the guide reported this very page. A court page with no guide (its court is linked
   * and verified, or the gate let the page be) is known from its address alone.
   */
  readonly guided: boolean;
}

export async function activeTabFacts(): Promise<TabFacts | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  const key = `tab:${tab.id}`;
  const report = (await browser.storage.session.get(key))[key] as Omit<TabFacts, 'tabId' | 'guided'> | undefined;
  // The court hosts' permission gives the address of a court tab (only of those).
  const site = tab.url ? parseSite(tab.url) : null;
  const court = site?.court?.id ?? null;
  const path = tab.url ? reportablePath(tab.url) : '';
  // A report from an earlier page of this tab says nothing of the page there now.
  const current = report && (!tab.url || (report.path === path && (court === null || report.court === court)));
  if (current) return { ...report, tabId: tab.id, guided: true };
  return court ? { tabId: tab.id, court, page: 'court-page', path, training: site?.training ?? false, reason: null, guided: false } : null;
}

/** How the popup is shown: the user's display settings, for the code and the report. */
const display = () => ({ reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches, forcedColors: matchMedia('(forced-colors: active)').matches });

/** The code for the active tab's court, or, on another page, for the court the user moved on in last. */
export function supportCode(state: StoredState, tab: TabFacts | null): string {
  return supportCodeFor({
    state,
    court: tab?.court ?? courtsByLatestUpdate(state)[0]?.[0] ?? null,
    page: tab?.page ?? null,
    training: tab?.training ?? false,
    guideUnsure: typeof tab?.unsure === 'string',
    onGuide: false,
    display: display(),
    extensionVersion: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
  });
}

/** The report, with the code the popup shows (see supportCode). */
export function supportReport(state: StoredState, tab: TabFacts | null, code: string): string {
  const { family, major } = browserOf(navigator.userAgent);
  return buildReport({
    now: new Date(),
    extensionVersion: browser.runtime.getManifest().version,
    browser: `${family} ${major}`,
    code,
    tab: tab ? { court: tab.court, page: tab.page, path: tab.path, training: tab.training, unsure: tab.unsure ?? null } : null,
    state,
    ...display(),
    helpDesk: state.settings.helpDesk,
  });
}

/**
 * Makes a sanitised copy of the active tab's court page and saves it as a file, on the user's
 * click and only then: the capture's script is injected into the tab now, runs once and leaves
 * nothing behind (see src/core/support/injection.ts).
 */
export async function savePageCapture(tab: TabFacts): Promise<string> {
  const capture = await captureTab(tab.tabId);
  const name = `court-page-${tab.court ?? 'unknown'}-${tab.page}.html`;
  saveFile(name, capture.html, 'text/html');
  return name;
}

/** The copy; throws with words for the user when the tab cannot be reached or does not answer. */
async function captureTab(tabId: number): Promise<Capture> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CAPTURE_SCRIPT] });
  } catch {
    // The tab closed, or moved on to a page that is not a court's (the only hosts the extension may reach).
    throw new Error(text('capture_no_access'));
  }
  let value: Partial<Capture> | null | undefined;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      // Runs in the tab's isolated world, where the script above left the capture function,
      // and takes it away again once it has run.
      func: (name: string) => {
        const world = globalThis as unknown as Record<string, unknown>;
        const run = world[name];
        delete world[name];
        return typeof run === 'function' ? (run as () => Capture)() : null;
      },
      args: [CAPTURE_FUNCTION],
    });
    value = result?.result as Partial<Capture> | null | undefined;
  } catch {
    value = null;
  }
  if (typeof value?.html !== 'string' || typeof value.url !== 'string' || value.html === '') throw new Error(text('capture_no_answer'));
  return { html: value.html, url: value.url };
}
