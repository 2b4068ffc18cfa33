import { useTranslator } from '../core/flow/texts';
// Runs on court pages only (the manifest's globs are a first filter; parseSite is the real
// one). Everything else is in the controller.
import browser from 'webextension-polyfill';
import { parseSite } from '../core/courts/hosts';
import { capturePage } from '../core/support/capture';
import { GuideController } from './controller';

useTranslator((id, substitutions) => browser.i18n.getMessage(id, substitutions));

if (parseSite(location.href)) {
  const controller = new GuideController();
  void controller.start();
  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: string } | null)?.type;
    if (type === 'show-guide') controller.showAgain();
    // The popup asks for a sanitised copy of this page, for the user's help desk.
    if (type === 'capture-page') return Promise.resolve(capturePage(document, location.href));
    return undefined;
  });
}
