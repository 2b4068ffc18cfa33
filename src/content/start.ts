// Starts the guide on this page, once, with the reader for this kind of site; answers the
// shortcut's and the popup's "show the guide", and the background's "ask again". The page capture for a help desk is not here:
// the popup injects it into the tab when the user asks for one (src/content/capture.ts).
import { HOST_COURTS } from '../core/courts/naming';
import { readSite } from '../core/courts/sites';
import type { PageReader } from './controller';
import { extensionApi as browser } from '../shared/browser-api';
import { parseTabMessage } from '../shared/to-page';
import { GuideController } from './controller';

/** Set once in this extension's own world on the page (the page cannot see it): one guide per page. */
const scope = globalThis as { cmecfLinkGuide?: true };

export function startGuide(reader: PageReader): void {
  // The gate may ask for the guide where the registration has just started giving it: once is enough.
  if (!readSite(location.href, HOST_COURTS) || scope.cmecfLinkGuide) return;
  scope.cmecfLinkGuide = true;
  const controller = new GuideController(reader);
  controller.start();
  browser.runtime.onMessage.addListener(((raw: unknown) => {
    const message = parseTabMessage(raw);
    if (message?.type === 'show-guide') controller.showAgain();
    else if (message?.type === 'refresh') controller.refresh();
    return undefined;
  }) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
