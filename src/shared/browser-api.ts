// The WebExtension API without the 10 KB polyfill, for the content script, which runs on
// every court page, and the one sender every part of the extension uses to reach the
// background. Firefox provides `browser`; Chrome 120+ provides `chrome`, whose storage,
// runtime and i18n calls used here return promises too. The one difference that matters,
// answering a message, is handled where it happens (sendResponse, not a promise).
import type Browser from 'webextension-polyfill';
import type { ReplyTo, ToBackground } from './messages';
import { fromWire } from './wire';

const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const extensionApi: Browser.Browser = (scope.browser ?? scope.chrome)!;

/**
 * Tells the background something whose answer does not matter (the gate's "start the guide"),
 * in the same JSON text: the gate, on every page of a court not started, carries no decoding.
 * A reloaded extension has no one to tell, and that is fine.
 */
export function tellBackground(message: ToBackground): void {
  try {
    (extensionApi.runtime.sendMessage(JSON.stringify(message)) as Promise<unknown>).catch(() => undefined);
  } catch {
    // The extension was reloaded or updated under this page.
  }
}

/**
 * Sends to the background and waits for its answer (the guide and the extension's pages);
 * undefined when nobody answers. A reloaded extension makes Chrome throw rather than reject:
 * that is a rejection here too.
 *
 * The message goes as JSON text, and the answer comes back so: why, in wire.ts.
 */
export function sendToBackground<M extends ToBackground>(message: M): Promise<ReplyTo<M> | undefined> {
  try {
    return (extensionApi.runtime.sendMessage(JSON.stringify(message)) as Promise<unknown>).then((reply) => fromWire(reply) as ReplyTo<M> | undefined);
  } catch (error) {
    return Promise.reject(error);
  }
}
