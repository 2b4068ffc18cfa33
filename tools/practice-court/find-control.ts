// Finds a control in the page as a person would: by its kind and the words it shows or is
// labelled with, visible ones first. It runs inside the page (handed to puppeteer's evaluate as
// source), so it uses nothing but its arguments and the DOM.
import type { NameSpec } from './driver';

/** What to look for: a link, a button, a form field, or any element a CSS selector names. */
export type FindControlKind = 'link' | 'button' | 'field' | 'selector';

/** Runs in the page: the first control of a kind whose accessible name matches (visible ones first). */
export function findControl(kind: FindControlKind, spec: NameSpec | null, selector: string | null): Element | null {
  const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
  const matches = (name: string) => {
    if (!spec) return true;
    if ('text' in spec) return norm(name).toLowerCase().includes(norm(spec.text).toLowerCase());
    return new RegExp(spec.source, spec.flags).test(norm(name));
  };
  const byIds = (ids: string | null) => norm((ids ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' '));
  const nameOf = (el: Element): string => {
    const aria = el.getAttribute('aria-label') || byIds(el.getAttribute('aria-labelledby'));
    if (kind === 'field') {
      const labels = [...((el as HTMLInputElement).labels ?? [])].map((l) => l.textContent ?? '').join(' ');
      return norm(aria || labels || el.getAttribute('title'));
    }
    if (aria) return aria;
    if (el instanceof HTMLInputElement) return el.value || (el.type === 'submit' ? 'Submit' : el.type === 'reset' ? 'Reset' : '');
    const alts = [...el.querySelectorAll('img[alt]')].map((img) => img.getAttribute('alt')).join(' ');
    return norm(`${el.textContent ?? ''} ${alts}`);
  };
  const visible = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : el.getClientRects().length > 0);
  const query =
    kind === 'link' ? 'a[href]' : kind === 'button' ? 'button, input[type=submit], input[type=button], input[type=reset], input[type=image], [role=button]' : kind === 'field' ? 'input:not([type=hidden]), select, textarea' : selector!;
  const candidates = [...document.querySelectorAll(query)].filter((el) => matches(nameOf(el)));
  return candidates.find(visible) ?? (kind === 'field' ? candidates[0] ?? null : null);
}
