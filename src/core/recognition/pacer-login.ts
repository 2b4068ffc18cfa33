// The central PACER login (JSF/PrimeFaces, `form#loginForm`), its failed-login message and
// the filer redaction notice. Examples: pacer-login.examples.ts.
import { reasonFrom } from './phrases';
import { fieldLabel, norm } from './text';
import type { ErrorReason, NextControl } from './types';

export interface PacerLogin {
  readonly next: NextControl | null;
  readonly reason: ErrorReason | null;
}

/** Whether an element is shown, judged from its attributes only (no layout is read). */
export function shownByMarkup(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('hidden')) return false;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    if (style.includes('display:none') || style.includes('visibility:hidden')) return false;
  }
  return true;
}

function byIdSuffix(doc: Document, selector: string, suffixes: string[]): Element | null {
  for (const element of Array.from(doc.querySelectorAll(selector))) {
    const id = (element.getAttribute('id') ?? element.getAttribute('name') ?? '').toLowerCase();
    if (suffixes.some((suffix) => id === suffix || id.endsWith(`:${suffix}`))) return element;
  }
  return null;
}

export function findPacerLogin(doc: Document): PacerLogin | null {
  const redaction = findRedaction(doc);
  const username =
    byIdSuffix(doc, 'input', ['loginname']) ??
    doc.querySelector('form#loginForm input[type=text], form[id$=loginForm] input:not([type])');
  const password = doc.querySelector('input[type=password]');
  if (!redaction && !(username && password)) return null;
  const error = Array.from(doc.querySelectorAll('.ui-message-error, .ui-messages-error, .ui-message-error-detail')).find(shownByMarkup);
  const reason = error ? failedLoginReason(norm(error.textContent ?? '')) : null;
  if (redaction) return { next: redaction, reason };
  return { next: { control: 'username', element: username, text: fieldLabel(username!) || 'Username', href: null }, reason };
}

function failedLoginReason(words: string): ErrorReason {
  const reason = reasonFrom(words);
  // A failed PACER login says little more than that the username or password was not accepted.
  return reason === 'unknown' && words !== '' ? 'bad-credentials' : reason;
}

/** The redaction-responsibility notice filers must accept after logging in, when it is showing. */
function findRedaction(doc: Document): NextControl | null {
  const dialog = byIdSuffix(doc, '*', ['redactiondlg', 'redactionconfirmation']);
  const checkbox = byIdSuffix(doc, '*', ['chkredact']) ?? byIdSuffix(doc, 'input', ['chkredact_input']);
  const container = dialog ?? checkbox;
  if (!container || !shownByMarkup(container) || (checkbox && !shownByMarkup(checkbox))) return null;
  const input = byIdSuffix(doc, 'input', ['chkredact_input']);
  const label = (checkbox ? fieldLabel(checkbox) : '') || (input ? fieldLabel(input) : '');
  return { control: 'redaction', element: checkbox ?? container, text: label || 'Redaction agreement', href: null };
}
