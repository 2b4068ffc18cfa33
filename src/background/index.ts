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
import { guideStyle } from './style';
import { countBadge, storedCounts } from '../core/planner/plan';
import { arrivedBy, rememberPointer } from './trail';
import { injectGuide, syncScripts } from './scripts';
import { supportLines } from './support';
import { reportablePath } from '../core/support/privacy';

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
 * leaves as soon as that is worked out (the page is waiting for its answer), while the writes
 * and the toolbar go on.
 */
async function onPage(message: PageMessage, sender: Runtime.MessageSender): Promise<StoredState> {
  const tabId = sender.tab?.id;
  const quietly = (work: Promise<unknown>) => void work.catch(() => undefined);
  if (tabId !== undefined) quietly(rememberTab(tabId, message, sender.url));
  const court = message.court ? courtById(message.court) : null;
  if (!court) {
    if (tabId !== undefined) quietly(setBadge(tabId, null));
    return currentState();
  }
  if (message.points && !message.event.training) quietly(rememberPointer(court.id, message.points, message.event.at));
  const state = await updateState((current) => withPageReport(current, court.id, message.event), tabId ?? null);
  if (tabId !== undefined) quietly(setBadge(tabId, state.courts[court.id] ?? null, true));
  return state;
}

/** The icon variant each tab shows now (lost when the worker stops; then it is simply set again). */
const tabIcons = new Map<number, string>();
/** Court tabs whose tooltip is the extension's own name rather than the count of courts left. */
const courtTitled = new Set<number>();
browser.tabs.onRemoved.addListener((tabId) => {
  tabIcons.delete(tabId);
  courtTitled.delete(tabId);
});

/**
 * The toolbar icon and badge for a tab. A court page (`court` true) shows its court's current
 * step, or a tick once linked and verified. Any other page shows what every tab shows by
 * default: how many of the user's courts are left (see refreshCountBadge).
 */
async function setBadge(tabId: number, progress: CourtProgress | null, court = progress !== null): Promise<void> {
  const label = !progress ? '' : progress.status === 'verified' ? '✓' : progress.current ? String(stepById(progress.current).number) : '';
  const variant = !progress || progress.status === 'not-started' || progress.status === 'not-nextgen' ? 'icon' : progress.status === 'verified' ? 'icon-linked' : 'icon-progress';
  try {
    // Setting an icon reads its files from the package: only when the tab's variant changes.
    if (tabIcons.get(tabId) !== variant) {
      await browser.action.setIcon({ tabId, path: { 16: `icons/${variant}-16.png`, 32: `icons/${variant}-32.png`, 48: `icons/${variant}-48.png` } });
      tabIcons.set(tabId, variant);
    }
    if (!court) {
      // null, not '': the tab falls back to the default badge and tooltip, the courts left.
      await browser.action.setBadgeText({ tabId, text: null });
      if (courtTitled.delete(tabId)) await browser.action.setTitle({ tabId, title: null });
      return;
    }
    await browser.action.setBadgeText({ tabId, text: label });
    await browser.action.setBadgeBackgroundColor({ tabId, color: progress?.status === 'verified' ? '#15803d' : '#012967' });
    if (!courtTitled.has(tabId)) {
      await browser.action.setTitle({ tabId, title: browser.i18n.getMessage('actionTitle') });
      courtTitled.add(tabId);
    }
  } catch {
    // The tab closed meanwhile.
  }
}

/** The default badge, on every tab that is not a court page: courts left, a tick when none is, nothing without courts. */
let countBadgeShown: string | null = null;
async function refreshCountBadge(): Promise<void> {
  const { state, planner } = await loadStored();
  const counts = storedCounts(planner.courts, state.courts);
  const label = countBadge(counts);
  const title = counts.total === 0 ? browser.i18n.getMessage('actionTitle') : counts.left === 0 ? browser.i18n.getMessage('badge_title_done') : browser.i18n.getMessage('badge_title_left', [String(counts.left), String(counts.total)]);
  const shown = `${label}|${title}`;
  if (shown === countBadgeShown) return;
  countBadgeShown = shown;
  await browser.action.setBadgeText({ text: label });
  await browser.action.setBadgeBackgroundColor({ color: counts.total > 0 && counts.left === 0 ? '#15803d' : '#4b5563' });
  await browser.action.setTitle({ title });
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

// Read as the background starts, so a page's first answer need not wait for it.
void guideStyle();

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
      const style = report.styled || !answer.view ? null : await guideStyle();
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
  const message = parseMessage(raw);
  if (!message) return undefined;
  return handle(message, sender);
});
