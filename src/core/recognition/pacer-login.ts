// The central PACER login form (JSF/PrimeFaces, `form#loginForm`) and its failed-login
// message. The steps that follow it on the same host (the MFA passcode, the enrollment
// prompt, notices, the redaction notice) are in mfa.ts and notices.ts; central-login.ts
// puts them in order. Examples: pacer-login.examples.ts.
import { reasonFrom } from './statements';
import { fieldLabel, norm } from './text';
import type { ErrorReason, NextControl } from './types';
import { isShown } from './visibility';

export interface LoginStep {
  readonly next: NextControl | null;
  readonly reason: ErrorReason | null;
}

/** The first element matching `selector` whose id or name is, or ends with `:suffix` (JSF ids). */
export function byIdSuffix(root: ParentNode, selector: string, suffixes: readonly string[]): Element | null {
  for (const element of Array.from(root.querySelectorAll(selector))) {
    const id = (element.getAttribute('id') ?? element.getAttribute('name') ?? '').toLowerCase();
    if (suffixes.some((suffix) => id === suffix || id.endsWith(`:${suffix}`))) return element;
  }
  return null;
}

/** The words of the login host's shown error message, or null when none shows. */
export function shownErrorWords(doc: Document): string | null {
  const error = Array.from(doc.querySelectorAll('.ui-message-error, .ui-messages-error, .ui-message-error-detail, .ui-growl-message-error, [role=alert]')).find(isShown);
  const words = error ? norm(error.textContent ?? '') : '';
  return words || null;
}

export function findPacerLogin(doc: Document): LoginStep | null {
  const username =
    byIdSuffix(doc, 'input', ['loginname', 'username']) ??
    doc.querySelector('form#loginForm input[type=text], form[id$=loginForm] input:not([type]), input[autocomplete=username]');
  const password = doc.querySelector('input[type=password]');
  if (!username || !password || !isShown(username)) return null;
  const words = shownErrorWords(doc);
  const reason = words ? failedLoginReason(words) : null;
  return { next: { control: 'username', element: username, text: fieldLabel(username) || 'Username', href: null }, reason };
}

function failedLoginReason(words: string): ErrorReason {
  const reason = reasonFrom(words);
  // A failed PACER login says little more than that the username or password was not accepted.
  return reason === 'unknown' || reason === 'bad-passcode' ? 'bad-credentials' : reason;
}
