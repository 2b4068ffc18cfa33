// The linking pages: the form asking for the old CM/ECF login and password, the verification
// showing both accounts, and the success or error message. No public capture exists, so they
// are recognised by what they must contain, not by their wording or address.
// Examples: linking.examples.ts.
import { captionOf } from './landing';
import { mentionsLinking, readsAsHelp, reasonFrom, saysFailed, saysLinked } from './phrases';
import { displayText, fieldLabel, norm, wordsOf } from './text';
import type { ErrorReason, NextControl, PageKind } from './types';

export interface LinkingPage {
  readonly page: Extract<PageKind, 'link-form' | 'link-verify' | 'link-success' | 'link-error'>;
  readonly next: NextControl | null;
  readonly reason: ErrorReason | null;
  readonly accounts: { readonly cmecf: string | null; readonly pacer: string | null } | null;
}

/** Longer than any linking message page; help and FAQ pages that explain linking run longer. */
const MESSAGE_PAGE_CHARS = 2_000;

const SUBMITS = 'input[type=submit], input[type=image], button:not([type]), button[type=submit]';

/**
 * @param text the page's main words (bounded); @param headline title and heading words
 */
export function findLinkingPage(doc: Document, text: string, headline: string): LinkingPage | null {
  const context = `${headline} ${text}`;
  if (!mentionsLinking(context)) return null;
  for (const form of Array.from(doc.forms)) {
    const password = form.querySelector('input[type=password]');
    const login = form.querySelector('input[type=text], input:not([type])');
    if (password && login) {
      const label = fieldLabel(login);
      // The fields ask for the OLD CM/ECF credentials; a form asking for a PACER login
      // (the old system's "Change Your PACER Login") is not the linking form.
      const labels = norm(`${label} ${fieldLabel(password)}`);
      if (/pacer/.test(labels) || !/cm\/ecf (?:login|password|user ?name)/.test(`${labels} ${wordsOf(form)}`)) continue;
      const next: NextControl = { control: 'link-fields', element: login, text: label || 'CM/ECF login', href: null };
      return { page: 'link-form', next, reason: shownError(doc), accounts: null };
    }
  }
  // Success and error messages are short pages; a help page explaining linking is not one,
  // however short (a page may load part of it later, or a script may move it about).
  if (text.length > MESSAGE_PAGE_CHARS || readsAsHelp(headline)) return null;
  if (saysLinked(text)) {
    const message = successMessage(doc);
    return { page: 'link-success', next: { control: 'refresh', element: message, text: displayText(message), href: null }, reason: null, accounts: null };
  }
  if (saysFailed(text)) return { page: 'link-error', next: null, reason: reasonFrom(text), accounts: null };
  for (const form of Array.from(doc.forms)) {
    if (form.querySelector('input[type=password]')) continue;
    const formWords = wordsOf(form);
    if (!/cm\/ecf (?:account|login|user ?name)/.test(formWords) || !/pacer (?:account|login|user ?name)/.test(formWords)) continue;
    const submit = form.querySelector(SUBMITS);
    if (!submit) continue;
    return {
      page: 'link-verify',
      next: { control: 'confirm', element: submit, text: captionOf(submit) || 'Submit', href: null },
      reason: null,
      accounts: accountsIn(form),
    };
  }
  return null;
}

/** A form shown again with a message such as "Invalid CM/ECF login or password". */
function shownError(doc: Document): ErrorReason | null {
  const marked = doc.querySelectorAll('[role=alert], .error, .errors, .errorMessage, font[color=red i], font[color="#ff0000" i]');
  for (const element of Array.from(marked)) {
    const words = wordsOf(element);
    if (words && saysFailed(words)) return reasonFrom(words);
  }
  return null;
}

/** The element holding the success words, so the F5 reminder can stand beside it. */
function successMessage(doc: Document): Element | null {
  const main = doc.getElementById('cmecfMainContent') ?? doc.body;
  if (!main) return null;
  for (const element of Array.from(main.querySelectorAll('h1, h2, h3, h4, p, b, strong, font, div, td'))) {
    if (element.children.length <= 3 && saysLinked(wordsOf(element))) return element;
  }
  return main;
}

/** Reads "CM/ECF account: jdoe" and "PACER account: jdoe1234" from table rows or label lines. */
function accountsIn(form: Element): { cmecf: string | null; pacer: string | null } {
  let cmecf: string | null = null;
  let pacer: string | null = null;
  const rows = Array.from(form.querySelectorAll('tr, dl, li, p'));
  for (const row of rows) {
    const cells = row.tagName === 'TR' ? Array.from(row.children) : row.tagName === 'DL' ? Array.from(row.children) : [];
    const [first, second] = cells;
    const label = cells.length >= 2 ? wordsOf(first) : '';
    const value = cells.length >= 2 ? displayText(second, 80) : '';
    const inline = cells.length < 2 ? /^(.*?(?:account|login|user ?name))\s*:\s*(\S.*)$/i.exec(displayText(row, 200)) : null;
    const key = inline ? norm(inline[1] ?? '') : label;
    const shown = inline ? (inline[2] ?? '').trim() : value;
    if (!shown) continue;
    if (!cmecf && /cm\/ecf/.test(key)) cmecf = shown;
    else if (!pacer && /pacer/.test(key)) pacer = shown;
  }
  return { cmecf, pacer };
}
