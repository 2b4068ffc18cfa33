// The WebExtension API without the 10 KB polyfill, for the content script, which runs on
// every court page, and the one sender every part of the extension uses to reach the
// background. Firefox provides `browser`; Chrome 120+ provides `chrome`, whose storage,
// runtime and i18n calls used here return promises too. The one difference that matters,
// answering a message, is handled where it happens (sendResponse, not a promise).
import type Browser from 'webextension-polyfill';
import type { ReplyTo, ToBackground } from './messages';

const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const extensionApi: Browser.Browser = (scope.browser ?? scope.chrome)!;

/**
 * Sends to the background (the guide, the gate and the extension's pages all send here);
 * undefined when nobody answers. A reloaded extension makes Chrome throw rather than reject:
 * that is a rejection here too.
 */
export function sendToBackground<M extends ToBackground>(message: M): Promise<ReplyTo<M> | undefined> {
  try {
    return extensionApi.runtime.sendMessage(message) as Promise<ReplyTo<M> | undefined>;
  } catch (error) {
    return Promise.reject(error);
  }
}
