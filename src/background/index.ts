// The background: the only writer of stored progress. It takes enumerated facts from the
// content script (never page text, never anything typed) and answers the popup.
import browser, { type Runtime } from 'webextension-polyfill';
import { courtById } from '../core/courts/courts';
import { EMPTY_PROGRESS, reduceProgress } from '../core/progress/progress';
import { parseMessage, type Message, type PageMessage } from '../shared/messages';
import { loadState, updateState } from './store';

/** The last page each tab reported, for the popup and the tests; gone when the browser closes. */
async function rememberTab(tabId: number, message: PageMessage): Promise<void> {
  const { event, court, next } = message;
  await browser.storage.session.set({ [`tab:${tabId}`]: { court, next, ...event } });
}

async function onPage(message: PageMessage, sender: Runtime.MessageSender): Promise<void> {
  if (sender.tab?.id !== undefined) await rememberTab(sender.tab.id, message);
  const court = message.court ? courtById(message.court) : null;
  if (!court) return;
  await updateState((state) => {
    const before = state.courts[court.id] ?? EMPTY_PROGRESS;
    const after = reduceProgress(before, message.event);
    return after === before ? state : { ...state, courts: { ...state.courts, [court.id]: after } };
  });
}

async function handle(message: Message, sender: Runtime.MessageSender): Promise<unknown> {
  switch (message.type) {
    case 'page':
      await onPage(message, sender);
      return { ok: true };
    case 'get-state':
      return { state: await loadState() };
    case 'reset-court':
      return {
        state: await updateState((state) => {
          const { [message.court]: _removed, ...courts } = state.courts;
          return { ...state, courts };
        }),
      };
    case 'set-settings':
      return { state: await updateState((state) => ({ ...state, settings: { ...state.settings, ...message.settings } })) };
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
