// Runs on court pages only (the manifest's globs are a first filter; parseSite is the real
// one). Everything else is in the controller.
import browser from 'webextension-polyfill';
import { parseSite } from '../core/courts/hosts';
import { GuideController } from './controller';

if (parseSite(location.href)) {
  const controller = new GuideController();
  void controller.start();
  browser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string } | null)?.type === 'show-guide') controller.showAgain();
    return undefined;
  });
}
