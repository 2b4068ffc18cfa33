// The guide's words in the user's language, made here: the background's i18n is cheap, while
// the first i18n call on a court page costs that page several milliseconds. Court pages get
// their words in the answer to their report (see PageReply), never a catalogue.
import browser from 'webextension-polyfill';
import english from '../../_locales/en/messages.json';
import { SLOTS, templateTranslator, useTranslator } from '../core/flow/texts';

let ready = false;

/** Sets core/flow/texts to this browser's language, once per background lifetime. */
export function useBrowserTexts(): void {
  if (ready) return;
  const templates = Object.fromEntries(Object.keys(english).map((id) => [id, browser.i18n.getMessage(id, SLOTS)]));
  useTranslator(templateTranslator(templates));
  ready = true;
}

/**
 * Storage key of the words earlier versions stored for court pages: removed at install and
 * update, since no page reads them any more.
 */
export const FORMER_TEXTS_KEY = 'guideTexts';
