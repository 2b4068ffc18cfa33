// The background: the only writer of stored progress. It takes enumerated facts from the
// content script (never page text, never anything typed) and answers the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import { courtById } from '../core/courts/courts';
import { stepById } from '../core/flow/steps';
import { EMPTY_PROGRESS, reduceProgress, type CourtProgress } from '../core/progress/progress';
import { parseMessage, type Message, type PageMessage, type PageReply } from '../shared/messages';
import { storeTextTemplates, textTemplates } from './texts';
import { managedSettings, withEvent, withPolicy, type StoredState } from '../shared/storage-schema';
import { loadState, updateState } from './store';

/** The last page each tab reported, for the popup and the tests; gone when the browser closes. */
async function rememberTab(tabId: number, message: PageMessage): Promise<void> {
  const { event, court, next, path } = message;
  await browser.storage.session.set({ [`tab:${tabId}`]: { court, next, path, ...event } });
}

async function onPage(message: PageMessage, sender: Runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId !== undefined) await rememberTab(tabId, message);
  const court = message.court ? courtById(message.court) : null;
  if (!court) {
    if (tabId !== undefined) await setBadge(tabId, null);
    return;
  }
  const state = await updateState((current) => {
    const before = current.courts[court.id] ?? EMPTY_PROGRESS;
    const after = reduceProgress(before, message.event);
    const withProgress = after === before ? current : { ...current, courts: { ...current.courts, [court.id]: after } };
    // The guidance log keeps the flow's pages only, for the support report.
    if (after.lastPage !== message.event.page && message.event.page !== 'link-error') return withProgress;
    return withEvent(withProgress, { at: message.event.at, court: court.id, page: message.event.page, reason: message.event.reason });
  });
  if (tabId !== undefined) await setBadge(tabId, state.courts[court.id] ?? null);
}

/** The icon variant each tab shows now (lost when the worker stops; then it is simply set again). */
const tabIcons = new Map<number, string>();
browser.tabs.onRemoved.addListener((tabId) => tabIcons.delete(tabId));

/** The toolbar icon and badge for a tab: its court's current step, or a tick once linked and verified. */
async function setBadge(tabId: number, progress: CourtProgress | null): Promise<void> {
  const label = !progress ? '' : progress.status === 'verified' ? '✓' : progress.current ? String(stepById(progress.current).number) : '';
  const variant = !progress || progress.status === 'not-started' || progress.status === 'not-nextgen' ? 'icon' : progress.status === 'verified' ? 'icon-linked' : 'icon-progress';
  try {
    // Setting an icon reads its files from the package: only when the tab's variant changes.
    if (tabIcons.get(tabId) !== variant) {
      await browser.action.setIcon({ tabId, path: { 16: `icons/${variant}-16.png`, 32: `icons/${variant}-32.png`, 48: `icons/${variant}-48.png` } });
      tabIcons.set(tabId, variant);
    }
    await browser.action.setBadgeText({ tabId, text: label });
    await browser.action.setBadgeBackgroundColor({ tabId, color: progress?.status === 'verified' ? '#15803d' : '#012967' });
  } catch {
    // The tab closed meanwhile.
  }
}

/** Puts the firm's policy (managed storage) in force: its values override and lock the user's. */
async function applyPolicy(): Promise<void> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No policy, or a browser without managed storage: the user's own settings stand.
  }
  const policy = managedSettings(raw);
  await updateState((state) => {
    const settings = withPolicy(unlockedSettings(state.settings), policy);
    return JSON.stringify(settings) === JSON.stringify(state.settings) ? state : { ...state, settings };
  });
}

/** A policy removed gives the user back control (of the values it had set). */
function unlockedSettings(settings: StoredState['settings']): StoredState['settings'] {
  return { ...settings, locked: [] };
}

/** On install, update and browser start: the firm's policy in force, the guide's words stored. */
function prepare(): void {
  void applyPolicy();
  void storeTextTemplates();
}
browser.runtime.onInstalled.addListener(prepare);
browser.runtime.onStartup.addListener(prepare);
browser.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') void applyPolicy();
});

// The keyboard shortcut brings the guide back on the active tab.
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'show-guide') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await browser.tabs.sendMessage(tab.id, { type: 'show-guide' }).catch(() => undefined);
});

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page': {
      // A page that found no words in storage (cleared, or not written yet) gets them in the
      // answer, and storage gets them again for the pages after it.
      if (message.wantTexts) void storeTextTemplates();
      await onPage(message, sender);
      const reply: PageReply = message.wantTexts ? { texts: textTemplates() } : {};
      return reply;
    }
    case 'get-state':
      await applyPolicy();
      return { state: await loadState() };
    case 'reset-court':
      return {
        state: await updateState((state) => {
          const { [message.court]: _removed, ...courts } = state.courts;
          return { ...state, courts };
        }),
      };
    case 'set-settings':
      return {
        state: await updateState((state) => {
          // What the firm's policy sets, the user cannot change.
          const change = Object.fromEntries(Object.entries(message.settings).filter(([key]) => !state.settings.locked.includes(key as never)));
          return { ...state, settings: { ...state.settings, ...change } };
        }),
      };
    case 'clear-notice':
      return { state: await updateState((state) => ({ ...state, repairNotice: null })) };
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own pages and content scripts may talk to it.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(raw);
  if (!message) return undefined;
  return handle(message, sender);
});
