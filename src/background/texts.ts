// The guide's words in the user's language, for content scripts (see PageReply): built once
// per background lifetime, with the slots kept so the page fills them in.
import browser from 'webextension-polyfill';
import english from '../../_locales/en/messages.json';
import { SLOTS, type TextTemplates } from '../core/flow/texts';

let templates: TextTemplates | null = null;

export function textTemplates(): TextTemplates {
  templates ??= Object.fromEntries(Object.keys(english).map((id) => [id, browser.i18n.getMessage(id, SLOTS)]));
  return templates;
}
