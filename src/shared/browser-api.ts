// The WebExtension API without the 10 KB polyfill, for the content script, which runs on
// every court page. Firefox provides `browser`; Chrome 120+ provides `chrome`, whose
// storage, runtime and i18n calls used here return promises too. The one difference that
// matters, answering a message, is handled where it happens (sendResponse, not a promise).
import type Browser from 'webextension-polyfill';

const scope = globalThis as unknown as { browser?: Browser.Browser; chrome?: Browser.Browser };

export const extensionApi: Browser.Browser = (scope.browser ?? scope.chrome)!;
