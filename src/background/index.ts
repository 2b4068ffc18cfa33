// The background: the only writer of stored progress. It takes enumerated facts from the
// content script (never anything typed; page words only where a short page's message must be
// judged, see linking.ts, and those are kept nowhere) and answers the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import { courtById } from '../core/courts/courts';
import { stepById } from '../core/flow/steps';
import type { CourtProgress } from '../core/progress/progress';
import { parseMessage, type PageMessage, type PageReply, type ReplyTo, type ToBackground } from '../shared/messages';
import { FORMER_TEXTS_KEY } from './texts';
import { PLANNER_KEY, readStoredState, STORAGE_KEY } from '../shared/storage-schema';
import type { StoredState } from '../core/state/state';
import { guidesChangedBy, withCourtHidden, withoutNotices, withoutProgress, withPageReport, withSettingsChange } from '../core/state/transitions';
import { managedSettings, underPolicy } from '../core/state/policy';
import { withCourts, withoutPlannedCourt, withPrepTick } from '../core/state/planner';
import { afterStateWritten, currentState, loadStored, updateState, updateStored } from './store';
import { answerPage, refreshGuides } from './guides';
import { sendToTab } from './to-tab';
import { settleReport } from './linking';
import guideStyle from 'packaged:guide-css'; // the coach mark's stylesheet, built in
import { refreshCountBadge, setBadge } from './badge';
import { afterAnswer } from './later';
import { arrivedBy, rememberPointer } from './trail';
import { injectGuide, syncScripts } from './scripts';
import { supportLines } from './support';
import { reportablePath } from '../core/support/privacy';
import { answerAsAsked, fromWire } from '../shared/wire';

/**
 * The last page each tab reported, for the popup and the tests; gone when the browser closes.
 * Its path is the reportable form of the address the browser gives for the sender (no query,
 * no digit, only known CM/ECF parts): the page itself sends none.
 */
async function rememberTab(tabId: number, message: PageMessage, url: string | undefined): Promise<void> {
  const { event, court, next, unsure } = message;
  await browser.storage.session.set({ [`tab:${tabId}`]: { court, next, path: url ? reportablePath(url) : '', unsure, ...event } });
}

/**
 * Takes a page's report: the progress, the trail, the tab's facts; resolves with the state it
 * leaves as soon as that is worked out (the page is waiting for its answer); the writes, the
 * toolbar and the tab's facts follow once the answer has gone (later.ts).
 */
async function onPage(message: PageMessage, sender: Runtime.MessageSender): Promise<StoredState> {
  const tabId = sender.tab?.id;
  if (tabId !== undefined) afterAnswer(() => rememberTab(tabId, message, sender.url));
  const court = message.court ? courtById(message.court) : null;
  if (!court) {
    if (tabId !== undefined) afterAnswer(() => setBadge(tabId, null));
    return currentState();
  }
  // Kept at once: the next page's arrival may ask for it.
  if (message.points && !message.event.training) void rememberPointer(court.id, message.points, message.event.at).catch(() => undefined);
  const state = await updateState((current) => withPageReport(current, court.id, message.event), tabId ?? null);
  if (tabId !== undefined) afterAnswer(() => setBadge(tabId, state.courts[court.id] ?? null, true));
  return state;
}

// Whatever changes the courts or their progress (a page report, the popup, a reset, storage
// cleared) changes the count.
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && (STORAGE_KEY in changes || PLANNER_KEY in changes)) void refreshCountBadge().catch(() => undefined);
});

/** Puts the firm's policy (managed storage) in force: its values override and lock the user's. */
async function applyPolicy(): Promise<void> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get(null);
  } catch {
    // No policy, or a browser without managed storage: the user's own settings stand.
  }
  const policy = managedSettings(raw);
  await updateState((state) => underPolicy(state, policy));
}

// What an open guide says may change with the state (another tab's progress, a setting, a
// reset): those guides ask again. The tab whose report made the change has its answer already.
afterStateWritten((before, after, fromTab) => void refreshGuides(guidesChangedBy(before, after), fromTab).catch(() => undefined));

/** On install, update and browser start: the firm's policy in force, the content scripts registered. */
function prepare(): void {
  void applyPolicy();
  void browser.storage.local.remove(FORMER_TEXTS_KEY).catch(() => undefined);
  void refreshCountBadge().catch(() => undefined);
  void loadStored().then(({ state }) => syncScripts(state, true)).catch(() => undefined);
}
browser.runtime.onInstalled.addListener(prepare);
browser.runtime.onStartup.addListener(prepare);
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') void applyPolicy();
  // A court's status changed (linking started, verified, reset): the scripts its pages get follow.
  if (area === 'local' && STORAGE_KEY in changes) void syncScripts(readStoredState(changes[STORAGE_KEY]?.newValue).state).catch(() => undefined);
});

// The keyboard shortcut brings the guide back on the active tab.
browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'show-guide') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await showGuideIn(tab.id, tab.url);
});

/** Shows the guide in a tab, as the user asked; a page with no guide (a verified court, a page the gate let be) gets it now. */
async function showGuideIn(tabId: number, url: string | undefined): Promise<boolean> {
  if (await sendToTab(tabId, { type: 'show-guide' })) return true;
  if (!(await injectGuide(tabId, url))) return false;
  return sendToTab(tabId, { type: 'show-guide' });
}

async function handle(message: ToBackground, sender: Runtime.MessageSender): Promise<ReplyTo<ToBackground>> {
  switch (message.type) {
    case 'page': {
      // What the page is (its message judged, for a possible linking page), then the progress
      // that leaves, then what the guide says there.
      const { report, outcome } = settleReport(message);
      const state = report.seen ? await currentState() : await onPage(report, sender);
      const answer = answerPage(report, state);
      const style = report.styled || !answer.view ? null : guideStyle;
      const reply: PageReply = { ...answer, style, outcome, support: supportLines(report, state) };
      return reply;
    }
    case 'arrive':
      return { cameFrom: await arrivedBy(message.court, message.arrival) };
    case 'start-guide':
      // The gate, on a page that may be on the linking path of a court not being linked yet.
      if (sender.tab?.id !== undefined) await injectGuide(sender.tab.id, sender.url, sender.frameId ?? 0);
      return undefined;
    case 'show-guide-in-tab': {
      const tab = await browser.tabs.get(message.tabId).catch(() => null);
      return { shown: tab ? await showGuideIn(message.tabId, tab.url) : false };
    }
    case 'get-state':
      await applyPolicy();
      return loadStored();
    case 'reset-court':
      return updateStored(({ state, planner }) => ({ state: withoutProgress(state, message.court), planner }));
    case 'set-settings':
      return updateStored(({ state, planner }) => ({ state: withSettingsChange(state, message.settings), planner }));
    case 'hide-court':
      return updateStored(({ state, planner }) => ({ state: withCourtHidden(state, message.court), planner }));
    case 'clear-notice':
      return updateStored(withoutNotices);
    case 'add-courts':
      return updateStored(({ state, planner }) => ({ state, planner: withCourts(planner, message.courts, Date.now()) }));
    case 'remove-court':
      return updateStored((stored) => withoutPlannedCourt(stored, message.court, message.reset));
    case 'set-prep':
      return updateStored(({ state, planner }) => ({ state, planner: withPrepTick(planner, message.court, message.item, message.done) }));
  }
}

browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
  // Only this extension's own pages and content scripts may talk to it.
  if (sender.id !== browser.runtime.id) return undefined;
  const message = parseMessage(fromWire(raw));
  if (!message) return undefined;
  return handle(message, sender).then((answer) => answerAsAsked(raw, answer));
});
