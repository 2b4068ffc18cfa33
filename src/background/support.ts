// The support lines a court page's error or "not sure" callout shows (who to call, and the
// code to read them), built here from the page's report and the stored progress, so court
// pages carry neither the code's encoder nor the help-desk contact.
import browser from 'webextension-polyfill';
import { text } from '../core/flow/texts';
import { contactLine } from '../core/support/contact';
import { supportCodeFor } from '../core/support/state';
import type { StoredState } from '../core/state/state';
import type { PageMessage } from '../shared/messages';
import { useBrowserTexts } from './texts';

export function supportLines(message: PageMessage, state: StoredState): string[] {
  useBrowserTexts();
  const code = supportCodeFor({
    state,
    court: message.court,
    page: message.event.page,
    training: message.event.training,
    reason: message.event.reason,
    guideUnsure: message.unsure !== null,
    onGuide: true,
    display: message.display,
    extensionVersion: browser.runtime.getManifest().version,
    userAgent: navigator.userAgent,
  });
  const helpDesk = state.settings.helpDesk;
  const call = helpDesk ? text('call_help_desk', contactLine(helpDesk), code) : text('call_default', code);
  return message.unsure ? [call, text('unsure_help')] : [call];
}
