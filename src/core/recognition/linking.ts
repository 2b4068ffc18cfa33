// The linking pages: the form asking for the old CM/ECF login and password, the verification
// showing both accounts, and the success or error message. No public capture exists, so they
// are recognised by structure first (a credentials form, a confirming form with both
// accounts, a message), then by meaning, and by where the user came from (flow evidence).
// Examples: linking.examples.ts.
import { captionOf } from './landing';
import { readMessage } from './message';
import { mentionsLinking, readsAsHelp, reasonFrom } from './phrases';
import { displayText, fieldLabel, norm, wordsOf } from './text';
import type { ErrorReason, FlowEvidence, NextControl, PageKind } from './types';
import { isShown } from './visibility';

export interface LinkingPage {
  readonly page: Extract<PageKind, 'link-form' | 'link-verify' | 'link-success' | 'link-error'>;
  readonly next: NextControl | null;
  readonly reason: ErrorReason | null;
  readonly accounts: { readonly cmecf: string | null; readonly pacer: string | null } | null;
}

/** Longer than any linking message page; help and FAQ pages that explain linking run longer. */
const MESSAGE_PAGE_CHARS = 2_000;

const SUBMITS = 'input[type=submit], input[type=image], button:not([type]), button[type=submit], input[type=button], button[type=button]';
const TEXT_INPUTS = 'input[type=text], input[type=email], input:not([type])';

/** A login-and-password form, and what its labels say. */
export interface CredentialForm {
  readonly form: HTMLFormElement;
  readonly login: Element;
  readonly label: string;
  /** The labels name the old CM/ECF account (CM/ECF, ECF, e-filing, filer). */
  readonly namesCmEcf: boolean;
  /** The labels or heading name PACER credentials only: the old "Change Your PACER Login". */
  readonly namesPacerOnly: boolean;
}

/** The page's login-and-password form, if it has one (one password field: not a password change). */
export function credentialForm(doc: Document): CredentialForm | null {
  for (const form of Array.from(doc.forms)) {
    const passwords = form.querySelectorAll('input[type=password]');
    const login = Array.from(form.querySelectorAll(TEXT_INPUTS)).find(isShown);
    if (passwords.length !== 1 || !login) continue;
    const label = fieldLabel(login);
    const labels = norm(`${label} ${fieldLabel(passwords[0]!)}`);
    const heading = norm(`${precedingHeading(form)} ${form.getAttribute('name') ?? ''}`);
    const namesCmEcf = /\b(?:cm\/ecf|ecf|e-?fil(?:ing|er)|filer)\b/.test(labels);
    const namesPacerOnly = !namesCmEcf && (/\bpacer\b/.test(labels) || /\bpacer (?:login|password|account)\b/.test(heading) && !/\b(?:cm\/ecf|link)/.test(heading));
    return { form, login, label, namesCmEcf, namesPacerOnly };
  }
  return null;
}

/** The heading above a form (its legend, or the last heading before it), for what it is about. */
function precedingHeading(form: Element): string {
  const legend = form.querySelector('legend, caption');
  if (legend) return legend.textContent ?? '';
  const headings = Array.from(form.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, legend'));
  let before = '';
  for (const heading of headings) if (heading.compareDocumentPosition(form) & 0x4 /* following */) before = heading.textContent ?? '';
  return before;
}

/**
 * @param text the page's main words (bounded); @param headline title and heading words
 * @param cameFrom the control the guide pointed at on the page before, when this page answers it
 */
export function findLinkingPage(doc: Document, text: string, headline: string, cameFrom: FlowEvidence | null = null): LinkingPage | null {
  const answersItem = cameFrom === 'link-item';
  const answersForm = cameFrom === 'link-fields' || cameFrom === 'confirm';
  const aboutLinking = mentionsLinking(`${headline} ${text}`) || /\bcm\/ecf (?:account|login)\b/.test(headline);
  if (!aboutLinking && !answersItem && !answersForm) return null;
  const main = doc.getElementById('cmecfMainContent') ?? doc.body;
  if (!main) return null;

  const credentials = credentialForm(doc);
  if (credentials && !credentials.namesPacerOnly) {
    // The fields ask for the OLD CM/ECF credentials. Generic labels ("Login", "Password") are
    // the linking form when the page is about linking or was reached from the linking item.
    if (credentials.namesCmEcf || aboutLinking || answersItem || answersForm) {
      const message = readMessage(main, false);
      const next: NextControl = { control: 'link-fields', element: credentials.login, text: credentials.label || 'CM/ECF login', href: null };
      return { page: 'link-form', next, reason: message.failed ? reasonFrom(message.failed.words) : null, accounts: null };
    }
    return null;
  }
  if (credentials) return null;
  // Success and error messages are short pages; a help page explaining linking is not one,
  // however short (a page may load part of it later, or a script may move it about).
  if (!answersForm && (text.length > MESSAGE_PAGE_CHARS || readsAsHelp(headline))) return null;
  const message = readMessage(main, answersForm);
  if (message.linked && !message.failedStyled) {
    return { page: 'link-success', next: { control: 'refresh', element: message.linked.element, text: displayText(message.linked.element), href: null }, reason: null, accounts: null };
  }
  if (message.failed) return { page: 'link-error', next: null, reason: reasonFrom(message.failed.words), accounts: null };
  return verification(doc, main, answersForm);
}

/** A form with a submit and no credential fields, with both accounts shown (or answering the linking form). */
function verification(doc: Document, main: Element, answersForm: boolean): LinkingPage | null {
  const accounts = accountsIn(main);
  const both = accounts.cmecf !== null && accounts.pacer !== null;
  if (!both && !answersForm) return null;
  for (const form of Array.from(doc.forms)) {
    if (form.querySelector('input[type=password]') || Array.from(form.querySelectorAll(TEXT_INPUTS)).some(isShown)) continue;
    const submit = Array.from(form.querySelectorAll(SUBMITS)).find((button) => isShown(button) && !/\b(?:cancel|back|clear|reset|no)\b/.test(norm(captionOf(button))));
    if (!submit) continue;
    return { page: 'link-verify', next: { control: 'confirm', element: submit, text: captionOf(submit) || 'Submit', href: null }, reason: null, accounts };
  }
  return null;
}

const ACCOUNT_LABEL = /^(.{0,60}?(?:account|login|user ?name|user ?id))\s*:\s*(\S.*)$/i;

/** Reads "CM/ECF account: jdoe" and "PACER account: jdoe1234" from rows, definition lists, labels or lines. */
function accountsIn(root: Element): { cmecf: string | null; pacer: string | null } {
  let cmecf: string | null = null;
  let pacer: string | null = null;
  const take = (key: string, shown: string) => {
    if (!shown || shown.length > 80) return;
    if (!cmecf && /\b(?:cm\/ecf|ecf|e-?fil(?:ing|er)|filer)\b/.test(key)) cmecf = shown;
    else if (!pacer && /\bpacer\b/.test(key)) pacer = shown;
  };
  for (const row of Array.from(root.querySelectorAll('tr, dt, li, p, div, label, span'))) {
    if (cmecf && pacer) break;
    if (row.tagName === 'TR' && row.children.length >= 2) {
      take(wordsOf(row.children[0]), displayText(row.children[1], 80));
    } else if (row.tagName === 'DT') {
      const value = row.nextElementSibling;
      if (value?.tagName === 'DD') take(wordsOf(row), displayText(value, 80));
    } else if (row.children.length <= 3 && !row.querySelector('div, p, table, tr, li, dl, ul')) {
      const inline = ACCOUNT_LABEL.exec(displayText(row, 200));
      if (inline) take(norm(inline[1] ?? ''), (inline[2] ?? '').trim());
    }
  }
  return { cmecf, pacer };
}
