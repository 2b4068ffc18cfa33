// Runs on court pages only (the manifest's globs are a first filter; parseSite is the real
// one). Everything else is in the controller.
import { parseSite } from '../core/courts/hosts';
import { extensionApi as browser } from '../shared/browser-api';
import { GuideController } from './controller';

type CaptureModule = typeof import('./capture');

if (parseSite(location.href)) {
  const controller = new GuideController();
  controller.start();
  // Answers through sendResponse (and `true`: an answer will follow): older Chrome ignores a
  // promise returned here.
  browser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === 'show-guide') controller.showAgain();
    if (type !== 'capture-page') return undefined;
    // The popup asks for a sanitised copy of this page, for the user's help desk.
    (import(browser.runtime.getURL('capture.js')) as Promise<CaptureModule>)
      .then((module) => sendResponse(module.capturePage(document, location.href)))
      .catch(() => sendResponse(undefined));
    return true;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
