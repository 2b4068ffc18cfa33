// The browser's i18n for the extension's pages, each message read once: its template, with its
// slots kept (SLOTS), is filled in here. A list of hundreds of courts asks for the same few
// messages thousands of times, and each getMessage call costs far more than a string replace.
import browser from 'webextension-polyfill';
import { SLOTS, type TextId } from '../core/flow/texts';

export function cachedTranslator(): (id: TextId, substitutions: string[]) => string {
  const templates = new Map<string, string>();
  return (id, substitutions) => {
    let template = templates.get(id);
    if (template === undefined) {
      template = browser.i18n.getMessage(id, SLOTS);
      templates.set(id, template);
    }
    return template.replace(/\$([1-9])/g, (_slot, n: string) => substitutions[Number(n) - 1] ?? '');
  };
}
