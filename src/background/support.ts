// The support lines a court page's error or "not sure" callout shows (who to call, and the
// code to read them), built here from the page's report and the stored progress, so court
// pages carry neither the code's encoder nor the help-desk contact.
import browser from 'webextension-polyfill';
import { templateTranslator, text, useTranslator } from '../core/flow/texts';
import { encodeSupportCode } from '../core/support/code';
import { contactLine } from '../core/support/contact';
import { supportStateFrom } from '../core/support/state';
import type { PageMessage } from '../shared/messages';
import type { StoredState } from '../shared/storage-schema';
import { textTemplates } from './texts';

let translating = false;

export function supportLines(message: PageMessage, state: StoredState): string[] {
  if (!translating) {
    useTranslator(templateTranslator(textTemplates()));
    translating = true;
  }
  const court = message.court;
  const code = encodeSupportCode(
    supportStateFrom({
      extensionVersion: browser.runtime.getManifest().version,
      userAgent: navigator.userAgent,
      court,
      page: message.event.page,
      training: message.event.training,
      progress: court ? state.courts[court] ?? null : null,
      reason: message.event.reason,
      guideHidden: false,
      reducedMotion: message.display.reducedMotion,
      forcedColors: message.display.forcedColors,
      guideUnsure: message.unsure !== null,
    }),
  );
  const helpDesk = state.settings.helpDesk;
  const call = helpDesk ? text('call_help_desk', contactLine(helpDesk), code) : text('call_default', code);
  return message.unsure ? [call, text('unsure_help')] : [call];
}
