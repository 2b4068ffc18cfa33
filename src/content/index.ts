// Runs on court pages only (the manifest's globs are a first filter; parseSite is the real
// one). Everything else is in the controller. The page capture for a help desk is not here:
// the popup injects it into the tab when the user asks for one (src/content/capture.ts).
import { parseSite } from '../core/courts/hosts';
import { extensionApi as browser } from '../shared/browser-api';
import { GuideController } from './controller';

if (parseSite(location.href)) {
  const controller = new GuideController();
  controller.start();
  browser.runtime.onMessage.addListener(((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'show-guide') controller.showAgain();
    return undefined;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
