// The guide's words in the user's language, for content scripts (see TEXTS_KEY, and PageReply
// for a page that loads before they are stored): built once per background lifetime, with the
// slots kept so the page fills them in.
import browser from 'webextension-polyfill';
import english from '../../_locales/en/messages.json';
import { SLOTS, type TextTemplates } from '../core/flow/texts';
import { TEXTS_KEY, type StoredTexts } from '../shared/storage-schema';

let templates: TextTemplates | null = null;

export function textTemplates(): TextTemplates {
  templates ??= Object.fromEntries(Object.keys(english).map((id) => [id, browser.i18n.getMessage(id, SLOTS)]));
  return templates;
}

/** Stores the words for content scripts (see TEXTS_KEY), for this version and language. */
export async function storeTextTemplates(): Promise<void> {
  const texts: StoredTexts = { version: browser.runtime.getManifest().version, templates: textTemplates() };
  await browser.storage.local.set({ [TEXTS_KEY]: texts });
}
