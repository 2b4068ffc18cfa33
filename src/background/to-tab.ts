// The one sender from the background to a tab's guide (see ToTab in shared/messages.ts).
import browser from 'webextension-polyfill';
import type { ToTab } from '../shared/messages';

/** Sends to a tab's guide; true once it got there. The guide answers nothing. */
export function sendToTab(tabId: number, message: ToTab): Promise<boolean> {
  return browser.tabs.sendMessage(tabId, message).then(() => true, () => false);
}
