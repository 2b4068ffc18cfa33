// A seeded, deterministic variant generator: every replica page, every real page of the
// linking flow, the seed pages of the MFA login and the "other words" pages, rewritten many
// ways a real court's (or PACER's) developers could plausibly write them. Each variant keeps
// the label of the page it came from (page kind, next control, reason), unless one of its
// transforms says how it changes it (a generic "unable to link" always means reason
// `unknown`). It is the yardstick the recognition engine is measured against, written
// without looking at the engine: never tune a variant or weaken a label to make it pass.
//
// A transform is a small named function on the parsed DOM (and, for script names and query
// strings, on the page's address). Change existing nodes only while they are in the page (the
// runner undoes each variant from a MutationObserver's records, which do not see detached
// nodes); new nodes may be built anywhere. To add one, push it in its axis's function below
// (messageTransforms, bannerTransforms, …, all collected by `allTransforms`; a new axis also
// goes in AXES): `applies` says which pages it is for, `apply` returns false when the page
// lacks what it changes (then no variant is made), `url` and `relabel` say how the address
// and the label change, where they do.
import { classify } from '../../src/core/recognition/classify';
import type { Recognition } from '../../src/core/recognition/types';
import { courtById } from '../../src/core/courts/courts';
import { escape, LINK_ERRORS, styleFor, type EcfView } from '../../tools/practice-court/cmecf-pages';
import * as otherWords from '../../tools/practice-court/other-words';
import { buildReplicas, PRACTICE_ACCOUNTS } from '../../tools/practice-court/replicas';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml, readPageFile } from '../../tools/lib/page-file';
import { readLabels } from './fixtures';
import { buildSeeds } from './login-seeds';
import { seededRandom } from './mutate';

// ---------------------------------------------------------------------------------------
// Labels

/** Every page kind of the flow: a page that is not one must never be called one. */
export const FLOW_KINDS: ReadonlySet<string> = new Set([
  'pacer-login', 'pacer-mfa', 'pacer-mfa-enroll', 'pacer-notice', 'utilities', 'nextgen-menu',
  'link-form', 'link-verify', 'link-success', 'link-error',
]);

/**
 * What a variant must be classified as, in labels.tsv notation: `*` anything, `a|b` either,
 * `!flow` any kind outside the flow, `+` (next, reason) something rather than nothing,
 * `none` nothing.
 */
export interface Expected {
  readonly court: string;
  readonly courtType: string;
  readonly page: string;
  readonly filer: string;
  readonly next: string;
  readonly reason: string;
  /** The two accounts a verification shows. */
  readonly accounts?: { readonly cmecf: string; readonly pacer: string };
}

export type SourceKind = 'replica' | 'real' | 'seed' | 'other-words';

/** A page variants are made from. */
export interface SourcePage {
  readonly file: string;
  readonly url: string;
  readonly html: string;
  readonly origin: SourceKind;
  readonly expected: Expected;
  /** For message pages: which message it shows (bad-credentials, already-linked, not-upgraded, bad-character, generic, success). */
  readonly family: MessageFamily | null;
}

export type MessageFamily = 'success' | 'bad-credentials' | 'already-linked' | 'not-upgraded' | 'bad-character' | 'generic' | 'login-failed' | 'passcode-wrong';

const first = (expected: string) => expected.split('|')[0]!;
/** Whether a source is (or may be) of one of these kinds. */
const isKind = (page: SourcePage, ...kinds: string[]) => page.expected.page.split('|').some((kind) => kinds.includes(kind));

// ---------------------------------------------------------------------------------------
// Sources

function familyFromMessage(html: string, reason: string): MessageFamily | null {
  const known = (key: string): MessageFamily => (key in ERROR_WORDINGS ? (key as MessageFamily) : 'generic');
  for (const [key, message] of Object.entries(LINK_ERRORS)) if (html.includes(escape(message))) return known(key);
  for (const [key, message] of Object.entries(otherWords.LINK_ERRORS)) if (html.includes(escape(message))) return known(key);
  if (reason === 'bad-credentials' || reason === 'already-linked' || reason === 'not-upgraded') return reason;
  return reason === 'unknown' ? 'generic' : null;
}

function familyOf(page: string, reason: string, html: string): MessageFamily | null {
  if (page === 'link-success') return 'success';
  if (page === 'link-error' || (page === 'link-form' && reason !== 'none')) return familyFromMessage(html, reason);
  if (page === 'pacer-login' && reason === 'bad-credentials') return 'login-failed';
  if (page === 'pacer-mfa' && reason !== 'none') return 'passcode-wrong';
  return null;
}

function source(file: string, url: string, html: string, origin: SourceKind, labels: readonly string[], reason: string, accounts?: Expected['accounts']): SourcePage {
  const [court, courtType, page, filer, next] = labels as [string, string, string, string, string];
  const expected: Expected = { court, courtType, page, filer, next, reason, ...(accounts ? { accounts } : {}) };
  return { file, url, html, origin, expected, family: familyOf(first(page), reason, html) };
}

function ecfView(id: string, filer: boolean): EcfView {
  const court = courtById(id);
  if (!court) throw new Error(`no court ${id}`);
  return { court, host: `ecf.${id}.uscourts.gov`, style: styleFor(court), filer };
}

let replicas: ReturnType<typeof buildReplicas> | null = null;
const allReplicas = () => (replicas ??= buildReplicas());

/** The reason the replicas give a refusal (so a renamed reason is picked up here too). */
function replicaReason(key: keyof typeof LINK_ERRORS): string {
  const replica = allReplicas().find((r) => r.labels[2] === 'link-error' && r.html.includes(escape(LINK_ERRORS[key])));
  return replica?.reason ?? (key === 'bad-character' ? 'unknown' : key);
}

/** The "other words" pages, labelled as their counterparts among the replicas. */
export function otherWordsPages(): SourcePage[] {
  const pages: SourcePage[] = [];
  for (const id of ['almb', 'almd']) {
    const court = courtById(id)!;
    const b = court.type === 'bankruptcy';
    const base = `https://ecf.${id}.uscourts.gov`;
    const v = ecfView(id, false);
    const add = (name: string, path: string, html: string, page: string, filer: string, next: string, reason = 'none', accounts?: Expected['accounts']) =>
      pages.push(source(`other-words-${id}-${name}`, `${base}${path}`, html, 'other-words', [id, court.type, page, filer, next], reason, accounts));
    add('main-pacer-only', '/cgi-bin/login.pl', otherWords.ecfMainPage(v), 'ecf-menu', 'false', 'utilities');
    add('main-filer', '/cgi-bin/login.pl', otherWords.ecfMainPage(ecfView(id, true)), 'ecf-menu', 'true', 'none');
    add('utilities', '/cgi-bin/DisplayMenu.pl?Utilities', otherWords.utilitiesPage(v), 'utilities', 'false', b ? 'link-item' : 'nextgen-menu');
    if (!b) add('nextgen-menu', '/cgi-bin/DisplayMenu.pl?NextGenRelease11', otherWords.nextGenMenuPage(v), 'nextgen-menu', 'false', 'link-item');
    add('link-form', '/cgi-bin/LinkAcct.pl', otherWords.linkFormPage(v), 'link-form', 'false', 'link-fields');
    add('link-form-invalid', '/cgi-bin/LinkAcct.pl', otherWords.linkFormPage(v, otherWords.LINK_ERRORS['bad-credentials']), 'link-form', 'false', 'link-fields', replicaReason('bad-credentials'));
    add('link-verify', '/cgi-bin/LinkAcct.pl', otherWords.linkVerifyPage(v, PRACTICE_ACCOUNTS), 'link-verify', 'false', 'confirm', 'none', { cmecf: PRACTICE_ACCOUNTS.cmecf, pacer: PRACTICE_ACCOUNTS.pacer });
    add('link-success', '/cgi-bin/LinkAcct.pl?linked', otherWords.linkSuccessPage(v), 'link-success', 'false', 'refresh');
    add('link-success-refreshed', '/cgi-bin/LinkAcct.pl?linked', otherWords.linkSuccessPage(ecfView(id, true)), 'link-success', 'true', 'none');
    for (const key of Object.keys(otherWords.LINK_ERRORS) as Array<keyof typeof otherWords.LINK_ERRORS>) {
      add(`link-error-${key}`, '/cgi-bin/LinkAcct.pl', otherWords.linkErrorPage(v, otherWords.LINK_ERRORS[key]), 'link-error', 'false', 'none', replicaReason(key));
    }
    add('news', '/cgi-bin/ShowNews.pl', otherWords.linkingNewsPage(v), '!flow', 'false', '*');
  }
  return pages;
}

/** Every page variants are made from: replicas, real landing and menu pages, seeds, other words. */
export function sourcePages(): SourcePage[] {
  const pages: SourcePage[] = [];
  for (const replica of allReplicas()) {
    const [, , page] = replica.labels;
    const accounts = page === 'link-verify' ? { cmecf: PRACTICE_ACCOUNTS.cmecf, pacer: PRACTICE_ACCOUNTS.pacer } : undefined;
    pages.push(source(replica.file, replica.url, replica.html, 'replica', replica.labels, replica.reason ?? 'none', accounts));
  }
  for (const label of readLabels('real')) {
    // The real pages of the flow: landing pages with the entry and logged-in menu pages.
    if (label.page !== 'court-home' && label.page !== 'ecf-menu') continue;
    pages.push(source(label.file, label.url, readPageFile(label.path), 'real', [label.court, label.courtType, label.page, label.filer, label.next], 'none'));
  }
  for (const seed of buildSeeds()) pages.push(source(seed.file, seed.url, seed.html, 'seed', seed.labels, seed.reason));
  pages.push(...otherWordsPages());
  return pages;
}

// ---------------------------------------------------------------------------------------
// Transforms

export const AXES = [
  'original page',
  'success wording',
  'error wording',
  'field labels and layout',
  'failure words in instructions',
  'notices and banners',
  'script names and queries',
  'capitalisation',
  'buttons',
  'link item wording',
  'utilities groupings',
  'headings',
  'verification layout',
  'central login',
  'entry',
  'menu bar',
  'combined',
  'held-out',
] as const;
export type Axis = (typeof AXES)[number];

export interface VariantContext {
  readonly page: SourcePage;
  /** The element the next control must be, be inside or contain; transforms that replace it move it. */
  target: Element | null;
  /** The page's message block once a transform has rewritten it (its words may no longer say what it is). */
  message: Element | null;
}

export interface Transform {
  readonly name: string;
  readonly axis: Axis;
  readonly applies: (page: SourcePage) => boolean;
  /** Changes the document in place; false when the page lacks what it changes. */
  readonly apply: (doc: Document, ctx: VariantContext) => boolean;
  /** The page's new address. */
  readonly url?: (url: string) => string;
  /** How the label changes, where it does. */
  readonly relabel?: (expected: Expected) => Expected;
}

const ACCOUNTS = PRACTICE_ACCOUNTS;
const fillAccounts = (text: string) => text.replaceAll('{cmecf}', ACCOUNTS.cmecf).replaceAll('{pacer}', ACCOUNTS.pacer).replaceAll('{name}', ACCOUNTS.pacerName);
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function fragment(doc: Document, markup: string): DocumentFragment {
  const template = doc.createElement('template');
  template.innerHTML = markup;
  return template.content;
}

function element(doc: Document, markup: string): Element {
  const made = fragment(doc, markup).firstElementChild;
  if (!made) throw new Error(`no element in ${markup}`);
  return made;
}

const mainOf = (doc: Document): Element => doc.getElementById('cmecfMainContent') ?? doc.body;
const isPacerHost = (page: SourcePage) => /\/\/(pacer\.login|train-login)\./.test(page.url);
const hasMenuBar = (page: SourcePage) => /id=["']?topmenu/i.test(page.html);
const isTiny = (page: SourcePage) => !/<body/i.test(page.html);

/** Replaces `old` with `replacement` and moves the target along if it was `old` or inside it. */
function replace(ctx: VariantContext, old: Element, replacement: Node, newTarget?: Element | null): void {
  const wasTarget = ctx.target !== null && (ctx.target === old || old.contains(ctx.target));
  old.replaceWith(replacement);
  if (wasTarget && newTarget !== undefined) ctx.target = newTarget;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** The page's own heading (the title under the menu bar, or the login panel's). */
function pageHeading(doc: Document): Element | null {
  return mainOf(doc).querySelector('h1, h2, h3') ?? null;
}

/** The form with a password field (the linking form on link-form pages). */
function passwordForm(doc: Document): HTMLFormElement | null {
  return (mainOf(doc).querySelector('input[type=password i]')?.closest('form') as HTMLFormElement | null) ?? null;
}

function textInputs(form: Element): HTMLInputElement[] {
  return Array.from(form.querySelectorAll('input')).filter((input) => /^(text|email|tel|number|)$/i.test(input.getAttribute('type') ?? ''));
}

function submitControls(form: Element): HTMLElement[] {
  return Array.from(form.querySelectorAll<HTMLElement>('input[type=submit i], input[type=image i], button')).filter((control) => {
    const type = (control.getAttribute('type') ?? 'submit').toLowerCase();
    return type === 'submit' || type === 'image';
  });
}

const captionOf = (control: Element) => norm(control.getAttribute('value') ?? control.getAttribute('alt') ?? control.textContent);
const isCancelLike = (control: Element) => /cancel|back|clear|reset|skip|no\b/i.test(captionOf(control));

/** The verification form: the one posting step=confirm, or the form in the content. */
function verifyForm(doc: Document): HTMLFormElement | null {
  const step = mainOf(doc).querySelector('input[name=step i][value=confirm i]');
  return ((step?.closest('form') ?? mainOf(doc).querySelector('form')) as HTMLFormElement | null) ?? null;
}

function confirmControl(doc: Document): HTMLElement | null {
  const form = verifyForm(doc);
  return form ? (submitControls(form).find((c) => !isCancelLike(c)) ?? null) : null;
}

/** The link item on Utilities or the NextGen page: a link in the content about linking the account to PACER. */
function linkItem(doc: Document): HTMLAnchorElement | null {
  const links = Array.from(mainOf(doc).querySelectorAll<HTMLAnchorElement>('a[href]'));
  return (
    links.find((a) => {
      const words = norm(a.textContent);
      return /\blink\b/i.test(words) && /pacer/i.test(words) && !/faq|help|\/help\//i.test(`${words} ${a.getAttribute('href')}`) && !/change your pacer login/i.test(words);
    }) ?? null
  );
}

function nextGenLink(doc: Document): HTMLAnchorElement | null {
  return Array.from(mainOf(doc).querySelectorAll<HTMLAnchorElement>('a[href]')).find((a) => /nextgen/i.test(a.getAttribute('href') ?? '') && !/\/help\//i.test(a.getAttribute('href') ?? '')) ?? null;
}

function utilitiesMenuLink(doc: Document): HTMLAnchorElement | null {
  return doc.querySelector<HTMLAnchorElement>('#topmenu a[href*="DisplayMenu.pl?Utilities" i]') ?? doc.querySelector<HTMLAnchorElement>('a[href*="DisplayMenu.pl?Utilities" i]');
}

function entryControl(doc: Document): HTMLElement | null {
  return (
    Array.from(doc.querySelectorAll<HTMLElement>('a[href*="login.pl" i], input[onclick*="login.pl" i], button[onclick*="login.pl" i]')).find(
      (e) => !/logout/i.test(e.getAttribute('href') ?? '') && !e.closest('#topmenu'),
    ) ?? null
  );
}

function passcodeField(doc: Document): HTMLInputElement | null {
  const hinted = doc.querySelector<HTMLInputElement>('input[autocomplete="one-time-code" i]');
  if (hinted) return hinted;
  const inputs = Array.from(doc.querySelectorAll<HTMLInputElement>('input')).filter((i) => /^(text|tel|number|password|)$/i.test(i.getAttribute('type') ?? ''));
  return inputs.find((i) => /mfa|otp|passcode|code/i.test(`${i.id} ${i.name}`) && !/client/i.test(`${i.id} ${i.name}`)) ?? null;
}

function usernameField(doc: Document): HTMLInputElement | null {
  const password = doc.querySelector('input[type=password i]');
  const form = password?.closest('form');
  if (!form) return null;
  return textInputs(form).find((i) => !/client/i.test(`${i.id} ${i.name}`)) ?? null;
}

function redactionCheckbox(doc: Document): HTMLInputElement | null {
  return (
    doc.querySelector<HTMLInputElement>('[role=dialog] input[type=checkbox i]') ??
    Array.from(doc.querySelectorAll<HTMLInputElement>('input[type=checkbox i]')).find((i) => /redact/i.test(`${i.id} ${i.name}`)) ??
    null
  );
}

function redactionContinue(doc: Document): HTMLElement | null {
  const box = redactionCheckbox(doc);
  const form = box?.closest('form') ?? box?.closest('[role=dialog]');
  return form ? (submitControls(form).find((c) => !isCancelLike(c)) ?? null) : null;
}

function acknowledgeControl(doc: Document): HTMLElement | null {
  return Array.from(doc.querySelectorAll<HTMLElement>('button, input[type=submit i], input[type=button i]')).find((c) => /^(ok|okay|continue|acknowledge|i acknowledge|accept|i agree|close)$/i.test(captionOf(c))) ?? null;
}

/** The element a source page's next control is, found by meaning before any transform. */
function findTarget(doc: Document, page: SourcePage): Element | null {
  switch (first(page.expected.next)) {
    case 'entry':
      return entryControl(doc);
    case 'utilities':
      return utilitiesMenuLink(doc);
    case 'link-item':
      return linkItem(doc);
    case 'nextgen-menu':
      return nextGenLink(doc);
    case 'link-fields': {
      const form = passwordForm(doc);
      return form ? (textInputs(form)[0] ?? form.querySelector('input[type=password i]')) : null;
    }
    case 'confirm':
      return confirmControl(doc);
    case 'redaction': {
      const box = redactionCheckbox(doc);
      return box?.checked ? redactionContinue(doc) : box;
    }
    case 'continue':
      return redactionContinue(doc);
    case 'passcode':
      return passcodeField(doc);
    case 'username':
      return usernameField(doc);
    case 'acknowledge':
      return acknowledgeControl(doc);
    default:
      return null;
  }
}

function setCase(root: Node, mode: CaseMode): void {
  for (const node of textNodes(root)) node.data = recase(node.data, mode);
  if (root.nodeType === 1) {
    const el = root as Element;
    const controls = el.matches('input') ? [el] : Array.from(el.querySelectorAll('input[type=submit i], input[type=button i], input[type=reset i]'));
    for (const control of controls) if (control.hasAttribute('value')) control.setAttribute('value', recase(control.getAttribute('value')!, mode));
  }
}

type CaseMode = 'UPPER CASE' | 'lower case' | 'Title Case' | 'Sentence case';
const SMALL_WORDS = new Set(['a', 'an', 'and', 'or', 'to', 'of', 'the', 'for', 'in', 'on', 'my', 'your', 'with']);

function recase(text: string, mode: CaseMode): string {
  if (mode === 'UPPER CASE') return text.toUpperCase();
  if (mode === 'lower case') return text.toLowerCase();
  let index = 0;
  return text.replace(/[A-Za-z][A-Za-z/.'-]*/g, (word) => {
    const at = index++;
    if (/^[A-Z0-9/.-]{2,}$/.test(word) && /[A-Z]{2}/.test(word)) return word; // CM/ECF, PACER, ECF
    if (mode === 'Sentence case') return at === 0 ? word[0]!.toUpperCase() + word.slice(1).toLowerCase() : word.toLowerCase();
    if (at > 0 && SMALL_WORDS.has(word.toLowerCase()) && mode === 'Title Case') return word.toLowerCase();
    return word[0]!.toUpperCase() + word.slice(1).toLowerCase();
  });
}

// ----- message wording ------------------------------------------------------------------

export const SUCCESS_WORDINGS: readonly string[] = [
  'Your CM/ECF account has been linked to your PACER account.',
  'Success! Your accounts are now linked.',
  'The link was completed.',
  'Your CM/ECF account is now connected to your PACER account.',
  'Your CM/ECF filer account has been associated with your PACER account.',
  'Account linking complete.',
  'You have successfully linked your CM/ECF account to your PACER account.',
  'The accounts were linked successfully.',
  'Linking successful.',
  'CM/ECF login {cmecf} is now linked to PACER account {pacer}.',
  'Your e-filing account has been linked to your upgraded PACER account. You may now file using your PACER username and password.',
  'Thank you. Your accounts have been linked.',
  'The CM/ECF account {cmecf} was successfully associated with PACER account {pacer}.',
  'Link complete. Refresh your browser (F5) to see the filing menus.',
  'Your accounts are linked.',
  'Account Link Successful',
  'Your CM/ECF and PACER accounts have been successfully connected.',
  'The link between your CM/ECF account and your PACER account has been established.',
  'Accounts linked successfully. A confirmation e-mail has been sent to the address on file.',
  'Success: the CM/ECF account is now linked. From now on, log in with your PACER credentials.',
  'Your request to link your CM/ECF and PACER accounts has been processed successfully.',
];

/** Refusals, by what they mean. `generic` always reads as reason `unknown`. */
export const ERROR_WORDINGS: Readonly<Record<Exclude<MessageFamily, 'success'>, readonly string[]>> = {
  'bad-credentials': [
    'Invalid login or password.',
    'The CM/ECF login or password you entered is incorrect.',
    'CM/ECF login not found.',
    'The password does not match our records for this CM/ECF login.',
    'Authentication failed for CM/ECF login {cmecf}.',
    'No CM/ECF account was found for that login. Check the login and try again.',
    'Incorrect CM/ECF username or password.',
    'Login failed: invalid CM/ECF user name or password.',
    'ERROR: Invalid CM/ECF login/password combination.',
    'The CM/ECF credentials you entered could not be verified.',
    'The login and password entered do not match an existing CM/ECF account.',
    'Your CM/ECF password is incorrect. Passwords are case sensitive.',
  ],
  'already-linked': [
    'This CM/ECF account is already linked to a PACER account.',
    'The CM/ECF account has previously been linked.',
    'CM/ECF login {cmecf} is already associated with another PACER account.',
    'This account has already been linked. Each CM/ECF account can be linked to only one PACER account.',
    'The CM/ECF account you entered is linked to another PACER account.',
    'Account already linked.',
    'A PACER account is already linked to this CM/ECF login.',
    'This filer account was previously associated with a different PACER account. Contact the court to change it.',
    'The CM/ECF account is already connected to PACER account xy1234.',
    'Duplicate link: this CM/ECF user already has a PACER account linked.',
  ],
  'not-upgraded': [
    'Your PACER account has not been upgraded.',
    'Legacy PACER accounts cannot be linked. Please upgrade your PACER account.',
    'You must upgrade your PACER account before linking.',
    'This PACER account is a legacy account. Go to Manage My Account to upgrade it.',
    'Only upgraded PACER accounts may be linked to a CM/ECF account.',
    'The PACER account you are logged in with is not an upgraded account.',
    'Your PACER account must be upgraded to link to CM/ECF. Visit pacer.uscourts.gov to upgrade.',
    'Upgrade required: legacy PACER accounts cannot be used for e-filing.',
    'PACER account {pacer} is not eligible for linking because it has not been upgraded.',
    'Please upgrade your PACER account, then try linking again.',
  ],
  'bad-character': [
    'CM/ECF logins containing &, @, $ or * cannot be linked.',
    'Your login contains a special character that is not allowed.',
    'The login contains an invalid character (&). Contact the Clerk\'s Office to change your login.',
    'Logins with special characters (& @ $ *) are not supported for linking.',
    'Invalid character in CM/ECF login. Please contact the CM/ECF Help Desk.',
    'The CM/ECF login may not contain the characters &, @, $ or *.',
    'Unable to link: the login contains a character that cannot be linked.',
    'Special characters are not permitted in the login. The clerk must change your login before you link.',
  ],
  generic: [
    'Unable to link accounts.',
    'The accounts could not be linked. Please contact the CM/ECF help desk.',
    'An error occurred while linking your accounts.',
    'Linking failed. Please contact the court\'s CM/ECF help desk.',
    'System error: the link could not be completed. Try again later.',
    'We were unable to complete your request.',
    'The accounts were not linked.',
  ],
  'login-failed': [
    'Login Failed: the username or password is invalid.',
    'Invalid username or password.',
    'The username or password you entered is incorrect.',
    'Login failed.',
    'Your login attempt was unsuccessful. Please try again.',
    'Incorrect username or password. Passwords are case sensitive.',
    'Authentication failed.',
    'The PACER username or password does not match our records.',
    'Username not found.',
  ],
  'passcode-wrong': [
    'Invalid passcode.',
    'The code you entered is incorrect or has expired.',
    'Verification failed. Enter the current code from your authenticator app.',
    'Incorrect one-time passcode. Please try again.',
    'That backup code has already been used.',
  ],
};

/** How a court shows its message on a CM/ECF page. */
const ECF_PRESENTATIONS: ReadonlyArray<readonly [string, (message: string, kind: 'success' | 'error') => string]> = [
  ['bold paragraph', (m, k) => (k === 'error' ? `<P><FONT COLOR=RED><B>Error:</B> ${m}</FONT></P>` : `<P><B>${m}</B></P>`)],
  ['alert box', (m, k) => (k === 'error' ? `<div class="alert alert-danger" role="alert">${m}</div>` : `<div class="alert alert-success" role="status">${m}</div>`)],
  ['class on a paragraph', (m, k) => `<p class="${k === 'error' ? 'error' : 'success'}">${m}</p>`],
  ['plain paragraph', (m) => `<p>${m}</p>`],
  ['heading', (m, k) => `<h4 style="color:${k === 'error' ? '#c00' : '#060'}">${m}</h4>`],
  ['list', (m, k) => `<ul class="${k === 'error' ? 'errors' : 'messages'}"><li>${m}</li></ul>`],
  ['table with icon', (m, k) => `<table class="message"><tr><td><img src="/graphics/${k === 'error' ? 'error' : 'check'}.gif" alt="${k === 'error' ? 'Error' : 'Success'}"></td><td><b>${m}</b></td></tr></table>`],
  ['styled span', (m, k) => `<span style="color: ${k === 'error' ? 'red' : 'green'}; font-weight: bold">${m}</span><br>`],
  ['coloured font, centred', (m, k) => `<CENTER><FONT SIZE=+1 COLOR=${k === 'error' ? '#FF0000' : '#006600'}>${m}</FONT></CENTER>`],
];

/** How PACER's PrimeFaces pages show a message. */
const PRIME_PRESENTATIONS: ReadonlyArray<readonly [string, (message: string) => string]> = [
  ['message detail', (m) => `<div class="ui-message-error ui-widget ui-corner-all" role="alert"><span class="ui-message-error-icon"></span><span class="ui-message-error-detail">${m}</span></div>`],
  ['summary and detail', (m) => `<div class="ui-message-error ui-widget ui-corner-all"><span class="ui-message-error-summary">Error</span> <span class="ui-message-error-detail">${m}</span></div>`],
  ['messages list', (m) => `<div class="ui-messages-error ui-corner-all"><span class="ui-messages-error-icon"></span><ul><li role="alert" aria-atomic="true"><span class="ui-messages-error-summary">${m}</span></li></ul></div>`],
  ['growl', (m) => `<div class="ui-growl ui-widget"><div class="ui-growl-item-container ui-state-highlight ui-corner-all ui-helper-hidden ui-shadow ui-growl-error" role="alert"><div class="ui-growl-item"><div class="ui-growl-message"><span class="ui-growl-title">${m}</span></div></div></div></div>`],
  ['plain red text', (m) => `<span style="color:#b00" role="alert">${m}</span>`],
];

/** The block holding the page's message, found by what it says and how it is styled. */
function messageBlock(doc: Document, family: MessageFamily): Element | null {
  if (family === 'login-failed' || family === 'passcode-wrong') return doc.querySelector('.ui-message-error, .ui-messages-error');
  const main = mainOf(doc);
  const block = (el: Element) => {
    let at: Element = el;
    while (at.parentElement && at.parentElement !== main && !/^(P|DIV|TD|LI|TABLE|H\d|CENTER|UL)$/.test(at.tagName)) at = at.parentElement;
    if (at.tagName === 'TD') at = at.closest('table') ?? at;
    if (at.tagName === 'LI') at = at.closest('ul, ol') ?? at;
    return at;
  };
  if (family === 'success') {
    const candidate = Array.from(main.querySelectorAll('[role=status], .status, .success, p, div, b, strong, td')).find((e) => /\b(linked|connected|associated)\b/i.test(norm(e.textContent)) && !e.querySelector('form, table table'));
    return candidate ? block(candidate) : null;
  }
  const known = [...Object.values(LINK_ERRORS), ...Object.values(otherWords.LINK_ERRORS)];
  const styled = main.querySelector('[role=alert], font[color=red i], .error, .alert, .alert-error');
  if (styled) return block(styled);
  const byText = Array.from(main.querySelectorAll('p, div, td, li, b, font, span')).find((e) => known.some((m) => norm(e.textContent).includes(m)));
  return byText ? block(byText) : null;
}

/** Puts a new message block where the old one was; returns its first element. */
function putMessage(ctx: VariantContext, old: Element, markup: string): Element | null {
  const made = fragment(old.ownerDocument, markup);
  const firstElement = made.firstElementChild;
  replace(ctx, old, made);
  return firstElement;
}

const isErrorFamily = (f: MessageFamily | null): f is Exclude<MessageFamily, 'success'> => f !== null && f !== 'success';

function messageTransforms(pools: Pools = DEFAULT_POOLS): Transform[] {
  const transforms: Transform[] = [];
  // Success: every wording, each in three of the presentations (rotating, so all are used).
  pools.success.forEach((wording, w) => {
    for (const p of [w % ECF_PRESENTATIONS.length, (w + 3) % ECF_PRESENTATIONS.length, (w + 6) % ECF_PRESENTATIONS.length]) {
      const [style, present] = ECF_PRESENTATIONS[p]!;
      transforms.push({
        name: `${pools.tag}success "${wording}" as ${style}`,
        axis: 'success wording',
        applies: (page) => page.family === 'success',
        apply: (doc, ctx) => {
          const block = ctx.message ?? messageBlock(doc, 'success');
          if (!block) return false;
          ctx.message = putMessage(ctx, block, present(escape(fillAccounts(wording)), 'success'));
          return true;
        },
      });
    }
  });
  // Refusals on CM/ECF pages: each family's wordings on that family's pages, and the generic ones on every refusal.
  for (const family of ['bad-credentials', 'already-linked', 'not-upgraded', 'bad-character', 'generic'] as const) {
    pools.errors[family].forEach((wording, w) => {
      for (const p of [w % ECF_PRESENTATIONS.length, (w + 4) % ECF_PRESENTATIONS.length, (w + 7) % ECF_PRESENTATIONS.length]) {
        const [style, present] = ECF_PRESENTATIONS[p]!;
        transforms.push({
          name: `${pools.tag}${family} "${wording}" as ${style}`,
          axis: 'error wording',
          applies: (page) =>
            family === 'generic'
              ? isKind(page, 'link-error') && isErrorFamily(page.family)
              : page.family === family && isKind(page, 'link-error', 'link-form'),
          apply: (doc, ctx) => {
            if (!isErrorFamily(ctx.page.family)) return false;
            const block = ctx.message ?? messageBlock(doc, ctx.page.family);
            if (!block) return false;
            ctx.message = putMessage(ctx, block, present(escape(fillAccounts(wording)), 'error'));
            return true;
          },
          ...(family === 'generic' ? { relabel: (e: Expected) => ({ ...e, reason: 'unknown' }) } : {}),
        });
      }
    });
  }
  // Refusals at the central login.
  for (const family of ['login-failed', 'passcode-wrong'] as const) {
    pools.errors[family].forEach((wording, w) => {
      for (const p of [w % PRIME_PRESENTATIONS.length, (w + 2) % PRIME_PRESENTATIONS.length]) {
        const [style, present] = PRIME_PRESENTATIONS[p]!;
        transforms.push({
          name: `${pools.tag}${family} "${wording}" as ${style}`,
          axis: 'error wording',
          applies: (page) => page.family === family,
          apply: (doc, ctx) => {
            const block = ctx.message ?? messageBlock(doc, family);
            if (!block) return false;
            ctx.message = putMessage(ctx, block, present(escape(wording)));
            return true;
          },
        });
      }
    });
  }
  // The way back from a refusal.
  const backs: Array<[string, string]> = [
    ['"Try again" link', '<p><a href="/cgi-bin/LinkAcct.pl">Try again</a></p>'],
    ['Back button', '<p><input type="button" value="Back" onclick="history.back()"></p>'],
    ['no way back', ''],
    ['"Return to Utilities" link', '<p><a href="/cgi-bin/DisplayMenu.pl?Utilities">Return to Utilities</a></p>'],
  ];
  for (const [name, markup] of pools.tag ? [] : backs) {
    transforms.push({
      name: `refusal with ${name}`,
      axis: 'error wording',
      applies: (page) => isKind(page, 'link-error'),
      apply: (doc, ctx) => {
        const back = Array.from(mainOf(doc).querySelectorAll('a[href]')).find((a) => /linkacct|return|try again|back/i.test(`${a.getAttribute('href')} ${a.textContent}`) && !a.closest('#topmenu'));
        const block = back?.closest('p') ?? back;
        if (!block) return false;
        replace(ctx, block, fragment(doc, markup));
        return true;
      },
    });
  }
  return transforms;
}

// ----- field labels and layout ----------------------------------------------------------

const FIELD_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['Login', 'Password'],
  ['Username', 'Password'],
  ['CM/ECF Username', 'CM/ECF Password'],
  ['Current CM/ECF login', 'Current CM/ECF password'],
  ['CM/ECF Login:', 'ECF Password:'],
  ['Login ID', 'Password'],
  ['E-Filing Login', 'E-Filing Password'],
  ['Filer Login', 'Filer Password'],
  ['User Name', 'Password'],
  ['Old CM/ECF Login', 'Old CM/ECF Password'],
  ['CM/ECF Login Name *', 'CM/ECF Password *'],
  ['ECF login', 'ECF password'],
  ['CM/ECF\u00a0Login:', 'CM/ECF\u00a0Password:'],
];

type IdMode = 'ids kept' | 'ids renamed' | 'no ids';
interface Layout {
  readonly name: string;
  readonly needsIds: boolean;
  readonly markup: (l: string, p: string, lid: string, pid: string) => string;
  /** Labels carried by attributes on the fields instead of elements. */
  readonly attributes?: 'aria-label' | 'placeholder';
}

const SLOT_LOGIN = '<span data-slot="login"></span>';
const SLOT_KEY = '<span data-slot="key"></span>';

const LAYOUTS: readonly Layout[] = [
  { name: 'table with label for', needsIds: true, markup: (l, p, a, b) => `<TABLE BORDER=0><TR><TD ALIGN=RIGHT><LABEL FOR="${a}">${l}</LABEL></TD><TD>${SLOT_LOGIN}</TD></TR><TR><TD ALIGN=RIGHT><LABEL FOR="${b}">${p}</LABEL></TD><TD>${SLOT_KEY}</TD></TR></TABLE>` },
  { name: 'table with text cells', needsIds: false, markup: (l, p) => `<table><tr><td>${l}</td><td>${SLOT_LOGIN}</td></tr><tr><td>${p}</td><td>${SLOT_KEY}</td></tr></table>` },
  { name: 'table with header cells', needsIds: false, markup: (l, p) => `<table border="1" cellpadding="3"><tr><th align="left">${l}</th><td>${SLOT_LOGIN}</td></tr><tr><th align="left">${p}</th><td>${SLOT_KEY}</td></tr></table>` },
  { name: 'definition list', needsIds: true, markup: (l, p, a, b) => `<dl><dt><label for="${a}">${l}</label></dt><dd>${SLOT_LOGIN}</dd><dt><label for="${b}">${p}</label></dt><dd>${SLOT_KEY}</dd></dl>` },
  { name: 'definition list without labels', needsIds: false, markup: (l, p) => `<dl><dt>${l}</dt><dd>${SLOT_LOGIN}</dd><dt>${p}</dt><dd>${SLOT_KEY}</dd></dl>` },
  { name: 'wrapping label', needsIds: false, markup: (l, p) => `<p><label>${l} ${SLOT_LOGIN}</label></p><p><label>${p} ${SLOT_KEY}</label></p>` },
  { name: 'plain text before the field', needsIds: false, markup: (l, p) => `<p>${l} ${SLOT_LOGIN}<br>${p} ${SLOT_KEY}</p>` },
  { name: 'aria-label only', needsIds: false, attributes: 'aria-label', markup: () => `<p>${SLOT_LOGIN}</p><p>${SLOT_KEY}</p>` },
  { name: 'placeholder only', needsIds: false, attributes: 'placeholder', markup: () => `<div class="fields">${SLOT_LOGIN} ${SLOT_KEY}</div>` },
  { name: 'form-group divs', needsIds: true, markup: (l, p, a, b) => `<div class="form-group"><label class="control-label" for="${a}">${l}</label><div class="controls">${SLOT_LOGIN}</div></div><div class="form-group"><label class="control-label" for="${b}">${p}</label><div class="controls">${SLOT_KEY}</div></div>` },
  { name: 'fieldset with legend', needsIds: true, markup: (l, p, a, b) => `<fieldset><legend>CM/ECF account</legend><label for="${a}">${l}</label> ${SLOT_LOGIN}<br><label for="${b}">${p}</label> ${SLOT_KEY}</fieldset>` },
  { name: 'bold labels above the fields', needsIds: false, markup: (l, p) => `<p><b>${l}</b><br>${SLOT_LOGIN}<br><b>${p}</b><br>${SLOT_KEY}</p>` },
];

/** The login and password fields of the linking form and the element that lays them out. */
function linkFields(doc: Document): { form: HTMLFormElement; login: HTMLInputElement; key: HTMLInputElement; container: Element[] } | null {
  const form = passwordForm(doc);
  const key = form?.querySelector<HTMLInputElement>('input[type=password i]');
  const login = form ? textInputs(form)[0] : undefined;
  if (!form || !key || !login) return null;
  // The smallest ancestor of both; when that is the form, the form's children that hold either field or its label.
  let common: Element = login;
  while (!common.contains(key)) common = common.parentElement!;
  if (/^(TBODY|THEAD|TR)$/.test(common.tagName)) common = common.closest('table') ?? common;
  if (common !== form) return { form, login, key, container: [common] };
  const ids = [login.id, key.id].filter(Boolean);
  const holds = (child: Element) => child.contains(login) || child.contains(key) || Array.from(child.querySelectorAll('label')).some((l) => ids.includes(l.htmlFor)) || (child.tagName === 'LABEL' && ids.includes((child as HTMLLabelElement).htmlFor));
  const children = Array.from(form.children);
  const firstAt = children.findIndex(holds);
  const lastAt = children.length - 1 - [...children].reverse().findIndex(holds);
  return { form, login, key, container: children.slice(firstAt, lastAt + 1) };
}

function layoutTransform(labels: readonly [string, string], layout: Layout, ids: IdMode, tag: string): Transform {
  return {
    name: `${tag}"${labels[0]}"/"${labels[1]}" in ${layout.name}, ${ids}`,
    axis: 'field labels and layout',
    applies: (page) => isKind(page, 'link-form'),
    apply: (doc) => {
      const found = linkFields(doc);
      if (!found) return false;
      const { login, key, container } = found;
      if (ids === 'ids renamed') {
        login.id = 'LoginName1';
        key.id = 'Passwd1';
      } else if (ids === 'no ids') {
        login.removeAttribute('id');
        key.removeAttribute('id');
      } else {
        login.id ||= 'ecfLoginField';
        key.id ||= 'ecfPasswordField';
      }
      // Existing nodes are changed only while in the page, where the undo log sees them.
      if (layout.attributes) {
        login.setAttribute(layout.attributes, labels[0].replace(/[:*]/g, '').trim());
        key.setAttribute(layout.attributes, labels[1].replace(/[:*]/g, '').trim());
        if (layout.attributes === 'placeholder') {
          login.setAttribute('title', labels[0]);
          key.setAttribute('title', labels[1]);
        }
      }
      const made = fragment(doc, layout.markup(escape(labels[0]), escape(labels[1]), login.id, key.id));
      made.querySelector('[data-slot=login]')!.replaceWith(login);
      made.querySelector('[data-slot=key]')!.replaceWith(key);
      container[0]!.before(made);
      for (const old of container) old.remove();
      return true;
    },
  };
}

function fieldTransforms(pools: Pools = DEFAULT_POOLS): Transform[] {
  const transforms: Transform[] = [];
  pools.fieldLabels.forEach((labels, i) => {
    for (const step of [0, 3, 6, 9]) {
      const layout = LAYOUTS[(i + step) % LAYOUTS.length]!;
      const modes: IdMode[] = layout.needsIds ? ['ids kept', 'ids renamed'] : ['ids kept', 'ids renamed', 'no ids'];
      transforms.push(layoutTransform(labels, layout, modes[(i + step) % modes.length]!, pools.tag));
    }
  });
  if (pools.tag) return transforms;
  for (const [loginName, keyName] of [['ecflogin', 'ecfpass'], ['username', 'password'], ['LOGIN', 'PASSWD']] as const) {
    transforms.push({
      name: `fields named ${loginName} and ${keyName}`,
      axis: 'field labels and layout',
      applies: (page) => isKind(page, 'link-form'),
      apply: (doc) => {
        const found = linkFields(doc);
        if (!found) return false;
        found.login.name = loginName;
        found.key.name = keyName;
        return true;
      },
    });
  }
  transforms.push({
    name: 'browser autofill hints (username, current-password)',
    axis: 'field labels and layout',
    applies: (page) => isKind(page, 'link-form'),
    apply: (doc) => {
      const found = linkFields(doc);
      if (!found) return false;
      found.login.setAttribute('autocomplete', 'username');
      found.key.setAttribute('autocomplete', 'current-password');
      return true;
    },
  });
  transforms.push({
    name: 'password field first',
    axis: 'field labels and layout',
    applies: (page) => isKind(page, 'link-form'),
    apply: (doc) => {
      const found = linkFields(doc);
      if (!found) return false;
      const loginRow = found.login.closest('tr, dd, p, div.form-group');
      const keyRow = found.key.closest('tr, dd, p, div.form-group');
      if (!loginRow || !keyRow || loginRow === keyRow) return false;
      const labelOfKey = keyRow.tagName === 'DD' ? keyRow.previousElementSibling : null;
      const labelOfLogin = loginRow.tagName === 'DD' ? loginRow.previousElementSibling : null;
      (labelOfLogin ?? loginRow).before(...[labelOfKey, keyRow].filter((e): e is Element => e !== null));
      return true;
    },
  });
  return transforms;
}

// ----- instructions with failure words ---------------------------------------------------

const INSTRUCTIONS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['If either account is wrong, click Cancel.', ['link-verify']],
  ['Passwords are case sensitive.', ['link-form', 'pacer-login', 'pacer-mfa']],
  ['If you see an error, contact the CM/ECF Help Desk at (334) 954-3800.', ['link-form', 'link-verify', 'link-success', 'link-error', 'utilities', 'nextgen-menu', 'ecf-menu', 'court-home']],
  ['Invalid logins will be locked after 3 attempts.', ['link-form', 'pacer-login', 'pacer-mfa']],
  ['Logins containing special characters (&, @, $, *) cannot be linked; contact the Clerk\'s Office first.', ['link-form', 'utilities', 'nextgen-menu', 'link-verify', 'court-home']],
  ['If your CM/ECF account is already linked to another PACER account, do not continue; call the court.', ['link-form', 'link-verify', 'utilities', 'nextgen-menu']],
  ['Legacy PACER accounts must be upgraded before linking. Not upgraded? Visit Manage My Account.', ['link-form', 'utilities', 'nextgen-menu', 'link-verify', 'ecf-menu', 'court-home']],
  ['If you do not see additional filing options, try refreshing your browser, logging out and logging back in, or clear your browser cookies, cache, and history.', ['link-success']],
  ['You will receive a confirmation e-mail. If you do not, or if you see an error when filing, contact the help desk.', ['link-success']],
  ['Incorrect or expired CM/ECF passwords can be reset by the Clerk\'s Office; a forgotten login cannot be looked up online.', ['link-form']],
  ['Do not use a shared firm PACER account. If the PACER account shown is not your own, click Cancel and log in with your individual account.', ['link-verify']],
  ['Failure to verify both accounts may result in filings under the wrong name.', ['link-verify']],
  ['Unauthorized access is prohibited; failed login attempts are logged.', ['pacer-login', 'court-home', 'pacer-mfa']],
  ['Warning: once linked, the link cannot be undone without contacting the court.', ['link-verify', 'link-form']],
  ['Note: the CM/ECF login and password are NOT your PACER username and password.', ['link-form']],
  ['If this message is in error, contact the CM/ECF Help Desk.', ['link-error', 'link-success']],
  ['Codes expire after 30 seconds. If the code is rejected, wait for a new one.', ['pacer-mfa']],
];

type Position = 'after the heading' | 'inside the form' | 'at the end' | 'in a note box';
const POSITIONS: readonly Position[] = ['after the heading', 'inside the form', 'at the end', 'in a note box'];

function placeBlock(doc: Document, position: Position, markup: string): boolean {
  const main = doc.querySelector('#cmecfMainContent, #loginPanel, #mfaPanel, .ui-dialog-content, .ui-panel') ?? doc.body;
  const made = fragment(doc, markup);
  if (position === 'after the heading') {
    const heading = main.querySelector('h1, h2, h3');
    if (heading) heading.after(made);
    else main.prepend(made);
  } else if (position === 'inside the form') {
    const form = main.querySelector('form');
    if (!form) return false;
    const submit = submitControls(form)[0];
    const at = submit?.closest('p, tr, div') ?? null;
    if (at && form.contains(at) && at !== form) at.before(made);
    else form.append(made);
  } else {
    main.append(made);
  }
  return true;
}

function instructionTransforms(pools: Pools = DEFAULT_POOLS): Transform[] {
  const transforms: Transform[] = [];
  pools.instructions.forEach(([sentence, kinds], i) => {
    for (const position of [POSITIONS[i % 4]!, POSITIONS[(i + 2) % 4]!]) {
      const markup = position === 'in a note box' ? `<div class="note" style="border:1px solid #999;padding:4px"><small><b>Note:</b> ${escape(sentence)}</small></div>` : `<p>${escape(sentence)}</p>`;
      transforms.push({
        name: `${pools.tag}"${sentence}" ${position}`,
        axis: 'failure words in instructions',
        applies: (page) => isKind(page, ...kinds) && !isTiny(page) && (position !== 'inside the form' || /<form/i.test(page.html)),
        apply: (doc) => placeBlock(doc, position, markup),
      });
    }
  });
  return transforms;
}

// ----- notices and banners ---------------------------------------------------------------

const BANNERS: ReadonlyArray<readonly [string, 'ecf' | 'login' | 'any', string]> = [
  ['maintenance banner', 'any', '<div class="maintenance" style="background:#ff0;padding:4px"><b>Scheduled maintenance:</b> this system will be unavailable Saturday, March 14, from 6:00 p.m. to 11:00 p.m. CT.</div>'],
  ['"NextGen is here" news block', 'ecf', '<div class="news"><h4>NextGen CM/ECF is here!</h4><p>Attorneys must link their CM/ECF filing account to an upgraded individual PACER account: log in, click Utilities, then "Link a CM/ECF account to my PACER account". After you see "Your CM/ECF account has been successfully linked", press F5.</p></div>'],
  ['MFA announcement', 'any', '<div class="announcement"><b>PACER now requires multifactor authentication</b> for all filers. Enroll under Manage My Account &gt; Manage MFA Settings. Lost your authenticator app? Call the PACER Service Center at (800) 676-6856.</div>'],
  ['court closure notice', 'ecf', '<p class="notice"><b>NOTICE:</b> The Clerk\'s Office will be closed Monday, January 19, in observance of Martin Luther King Jr. Day. CM/ECF remains available.</p>'],
  ['password tips with error words', 'any', '<div class="tip">Receiving "Invalid login or password"? CM/ECF passwords expire every 180 days and passwords are case sensitive. Failed attempts are logged.</div>'],
  ['already-linked reminder', 'ecf', '<div class="news">Attorneys who have already linked their accounts do not need to link again. Accounts not linked by June 1 cannot file.</div>'],
  ['red phishing alert', 'any', '<table width="100%" bgcolor="red"><tr><td><font color="white"><b>ALERT:</b> Phishing e-mails claiming to be from the court are circulating. The court will never ask for your password. Error notices by e-mail are fake.</font></td></tr></table>'],
  ['legacy account notice', 'any', '<div class="notice">Legacy PACER accounts (created before August 2014) must be upgraded before you can e-file. Not upgraded? Visit Manage My Account.</div>'],
  ['release marquee', 'ecf', '<marquee behavior="scroll">Welcome to NextGen CM/ECF Release 1.7.1.1. New: link your account under Utilities.</marquee>'],
  ['new password standards', 'login', '<div class="ui-messages-info ui-corner-all"><span class="ui-messages-info-summary">New password standards take effect soon: passwords must be at least 14 characters.</span></div>'],
];

type BannerPosition = 'top of the page' | 'under the menu bar' | 'end of the content' | 'page footer';
const BANNER_POSITIONS: readonly BannerPosition[] = ['top of the page', 'under the menu bar', 'end of the content', 'page footer'];

function placeBanner(doc: Document, position: BannerPosition, markup: string): boolean {
  const made = fragment(doc, markup);
  const body = doc.body;
  if (!body) return false;
  if (position === 'top of the page') body.prepend(made);
  else if (position === 'page footer') body.append(made);
  else if (position === 'under the menu bar') {
    const bar = doc.getElementById('topmenu') ?? doc.getElementById('pscHeaderContainer');
    const main = doc.getElementById('cmecfMainContent');
    const heading = main?.querySelector('h1, h2, h3, h4');
    if (heading) heading.before(made);
    else if (main) main.prepend(made);
    else if (bar) bar.after(made);
    else body.prepend(made);
  } else {
    const main = doc.querySelector('#cmecfMainContent, #loginPanel, #mfaPanel, .ui-panel') ?? body;
    main.append(made);
  }
  return true;
}

function bannerTransforms(pools: Pools = DEFAULT_POOLS): Transform[] {
  const transforms: Transform[] = [];
  pools.banners.forEach(([name, on, markup], i) => {
    for (const position of [BANNER_POSITIONS[i % 4]!, BANNER_POSITIONS[(i + 1) % 4]!]) {
      transforms.push({
        name: `${pools.tag}${name} ${position === 'under the menu bar' ? position : `at the ${position}`}`,
        axis: 'notices and banners',
        applies: (page) => !isTiny(page) && (on === 'any' || (on === 'login') === isPacerHost(page)),
        apply: (doc) => placeBanner(doc, position, markup),
      });
    }
  });
  return transforms;
}

// ----- script names and query strings ----------------------------------------------------

function rewriteAddresses(doc: Document, from: RegExp, to: string): number {
  let count = 0;
  for (const el of Array.from(doc.querySelectorAll('a[href], form[action]'))) {
    const attribute = el.tagName === 'FORM' ? 'action' : 'href';
    const value = el.getAttribute(attribute)!;
    if (from.test(value)) {
      el.setAttribute(attribute, value.replace(from, to));
      count++;
    }
  }
  return count;
}

function scriptTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const linkPages = (page: SourcePage) => isKind(page, 'link-form', 'link-verify', 'link-success', 'link-error') && /LinkAcct\.pl/.test(page.url);
  for (const script of ['LinkAccount.pl', 'link_account.pl', 'AcctLink.pl', 'LinkCMECF.pl']) {
    transforms.push({
      name: `script ${script}`,
      axis: 'script names and queries',
      applies: linkPages,
      url: (url) => url.replace('LinkAcct.pl', script),
      apply: (doc) => {
        rewriteAddresses(doc, /LinkAcct\.pl/, script);
        return true;
      },
    });
  }
  const queries: Array<[string, string]> = [
    ['?step=2', 'step=2'],
    ['a CM/ECF session query', '402518264730195-L_1_0-1'],
    ['?id=-1', 'id=-1'],
  ];
  for (const [name, query] of queries) {
    transforms.push({
      name: `address with ${name}`,
      axis: 'script names and queries',
      applies: (page) => linkPages(page) && !isKind(page, 'link-success'),
      url: (url) => `${url}${url.includes('?') ? '&' : '?'}${query}`,
      apply: (doc) => {
        for (const form of Array.from(doc.querySelectorAll('form[action*="LinkAcct.pl" i]'))) {
          const action = form.getAttribute('action')!;
          form.setAttribute('action', `${action}${action.includes('?') ? '&' : '?'}${query}`);
        }
        return true;
      },
    });
  }
  for (const [name, to] of [['the form\'s own address (no ?linked)', ''], ['?step=done', '?step=done'], ['?success=1', '?success=1']] as const) {
    transforms.push({
      name: `success at ${name}`,
      axis: 'script names and queries',
      applies: (page) => isKind(page, 'link-success') && /\?linked/.test(page.url),
      url: (url) => url.replace('?linked', to),
      apply: () => true,
    });
  }
  for (const [name, mode] of [['absolute links and actions', 'absolute'], ['relative links and actions', 'relative']] as const) {
    transforms.push({
      name,
      axis: 'script names and queries',
      applies: (page) => !isTiny(page) && !isPacerHost(page),
      apply: (doc, ctx) => {
        const origin = new URL(ctx.page.url).origin;
        for (const el of Array.from(doc.querySelectorAll('a[href], form[action]'))) {
          const attribute = el.tagName === 'FORM' ? 'action' : 'href';
          const value = el.getAttribute(attribute)!;
          if (mode === 'absolute' && value.startsWith('/') && !value.startsWith('//')) el.setAttribute(attribute, `${origin}${value}`);
          if (mode === 'relative' && value.startsWith(`${origin}/`)) el.setAttribute(attribute, value.slice(origin.length));
        }
        return true;
      },
    });
  }
  // Utilities and the NextGen page: their own addresses and the addresses of their items.
  for (const [name, suffix] of [['&id=-1', '&id=-1'], ['&id=117', '&id=117']] as const) {
    transforms.push({
      name: `Utilities page at DisplayMenu.pl?Utilities${name}`,
      axis: 'script names and queries',
      applies: (page) => isKind(page, 'utilities'),
      url: (url) => `${url}${suffix}`,
      apply: () => true,
    });
  }
  for (const [name, to] of [['NextGenRelease1.1', 'NextGenRelease1.1'], ['NextGenRel11&id=-1', 'NextGenRel11&id=-1'], ['NextGenMenu', 'NextGenMenu']] as const) {
    transforms.push({
      name: `NextGen page at DisplayMenu.pl?${name}`,
      axis: 'script names and queries',
      applies: (page) => isKind(page, 'nextgen-menu', 'utilities') && /NextGenRelease11/.test(page.html + page.url),
      url: (url) => url.replace('NextGenRelease11', to),
      apply: (doc, ctx) => rewriteAddresses(doc, /NextGenRelease11(&id=-?\d+)?/, to) > 0 || isKind(ctx.page, 'nextgen-menu'),
    });
  }
  for (const [name, to] of [['LinkAccount.pl', 'LinkAccount.pl'], ['LinkAcct.pl?1234567890-L_1_0-1', 'LinkAcct.pl?1234567890-L_1_0-1'], ['link_account.pl?new=1', 'link_account.pl?new=1']] as const) {
    transforms.push({
      name: `link item to ${name}`,
      axis: 'script names and queries',
      applies: (page) => page.expected.next === 'link-item',
      apply: (doc) => {
        const item = linkItem(doc);
        if (!item) return false;
        item.setAttribute('href', item.getAttribute('href')!.replace(/LinkAcct\.pl/, to));
        return true;
      },
    });
  }
  // The central login's address.
  const loginAddresses: Array<[string, (url: string) => string]> = [
    ['login parameters swapped', (url) => {
      const u = new URL(url);
      const court = u.searchParams.get('pscCourtId');
      const app = u.searchParams.get('appurl');
      return court && app ? `${u.origin}${u.pathname}?appurl=${app}&pscCourtId=${court}` : url;
    }],
    ['appurl encoded', (url) => url.replace(/appurl=([^&]+)/, (_m, app: string) => `appurl=${encodeURIComponent(app)}`)],
    ['jsessionid in the path', (url) => url.replace('login.jsf', 'login.jsf;jsessionid=9A1F3C0DE5B7A2E4F6C8')],
    ['login.xhtml', (url) => url.replace('login.jsf', 'login.xhtml')],
  ];
  for (const [name, url] of loginAddresses) {
    transforms.push({ name: `central login: ${name}`, axis: 'script names and queries', applies: isPacerHost, url, apply: () => true });
  }
  return transforms;
}

// ----- capitalisation --------------------------------------------------------------------

function capitalisationTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const targets: Array<[string, (page: SourcePage) => boolean, (doc: Document, ctx: VariantContext) => Element[]]> = [
    ['the link item', (p) => p.expected.next === 'link-item', (doc) => [linkItem(doc)].filter((e): e is HTMLAnchorElement => e !== null)],
    ['the NextGen link', (p) => p.expected.next === 'nextgen-menu', (doc) => [nextGenLink(doc)].filter((e): e is HTMLAnchorElement => e !== null)],
    ['all Utilities items', (p) => isKind(p, 'utilities', 'nextgen-menu'), (doc) => Array.from(mainOf(doc).querySelectorAll('a, th, h4, dt'))],
    ['the heading', (p) => !isTiny(p) && !isKind(p, 'court-home') && p.origin !== 'real', (doc) => [pageHeading(doc)].filter((e): e is Element => e !== null)],
    ['the field labels', (p) => isKind(p, 'link-form', 'pacer-login', 'pacer-mfa'), (doc) => Array.from(doc.querySelectorAll('form label, form td, form th, form dt'))],
    ['the buttons', (p) => /<form/i.test(p.html) && isKind(p, 'link-form', 'link-verify', 'pacer-login', 'pacer-mfa', 'pacer-notice', 'pacer-mfa-enroll'), (doc) => Array.from(doc.querySelectorAll('form input[type=submit i], form input[type=button i], form button'))],
    ['the message', (p) => p.family !== null, (doc, ctx) => [ctx.message ?? messageBlock(doc, ctx.page.family!)].filter((e): e is Element => e !== null)],
    ['the menu bar', (p) => hasMenuBar(p), (doc) => Array.from(doc.querySelectorAll('#topmenu a'))],
    ['the entry', (p) => p.expected.next === 'entry', (doc) => [entryControl(doc)].filter((e): e is HTMLElement => e !== null)],
  ];
  for (const [name, applies, find] of targets) {
    for (const mode of ['UPPER CASE', 'lower case', 'Title Case', 'Sentence case'] as const) {
      transforms.push({
        name: `${name} in ${mode}`,
        axis: 'capitalisation',
        applies,
        apply: (doc, ctx) => {
          const found = find(doc, ctx);
          if (!found.length) return false;
          for (const e of found) setCase(e, mode);
          return true;
        },
      });
    }
  }
  return transforms;
}

// ----- buttons ---------------------------------------------------------------------------

type ControlStyle = 'input submit' | 'button submit' | 'button without type' | 'image input' | 'input submit with a name';
const CONTROL_STYLES: readonly ControlStyle[] = ['input submit', 'button submit', 'button without type', 'image input', 'input submit with a name'];

function makeControl(doc: Document, style: ControlStyle, caption: string, old: Element): Element {
  const c = escape(caption);
  const made =
    style === 'input submit' ? element(doc, `<INPUT TYPE=submit VALUE="${c}">`)
    : style === 'button submit' ? element(doc, `<button type="submit" class="btn">${c}</button>`)
    : style === 'button without type' ? element(doc, `<button>${c}</button>`)
    : style === 'image input' ? element(doc, `<input type="image" src="/graphics/${caption.toLowerCase().replace(/\W+/g, '')}.gif" alt="${c}">`)
    : element(doc, `<input type="submit" name="action" value="${c}">`);
  const name = old.getAttribute('name');
  if (name && !made.hasAttribute('name')) made.setAttribute('name', name);
  return made;
}

function buttonTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const groups: Array<[string, string[], (page: SourcePage) => boolean, (doc: Document) => Element | null]> = [
    ['linking form', ['Submit', 'Continue', 'Next', 'Link', 'Verify', 'Submit Request', 'Link Accounts', 'SUBMIT', 'Next >>'], (p) => isKind(p, 'link-form'), (doc) => {
      const form = passwordForm(doc);
      return form ? (submitControls(form).find((c) => !isCancelLike(c)) ?? null) : null;
    }],
    ['verification', ['Submit', 'Confirm', 'Link Accounts', 'Yes, link these accounts', 'Continue', 'Link', 'OK', 'Confirm Link'], (p) => isKind(p, 'link-verify'), confirmControl],
  ];
  for (const [where, captions, applies, find] of groups) {
    captions.forEach((caption, i) => {
      for (const style of [CONTROL_STYLES[i % 5]!, CONTROL_STYLES[(i + 2) % 5]!]) {
        transforms.push({
          name: `${where}: "${caption}" as ${style}`,
          axis: 'buttons',
          applies,
          apply: (doc, ctx) => {
            const old = find(doc);
            if (!old) return false;
            const made = makeControl(doc, style, caption, old);
            replace(ctx, old, made, made);
            return true;
          },
        });
      }
    });
  }
  const cancels: Array<[string, string]> = [
    ['Cancel as a button', '<button type="button" onclick="history.back()">Cancel</button>'],
    ['Cancel as a link', '<a href="/cgi-bin/DisplayMenu.pl?Utilities">Cancel</a>'],
    ['Cancel as a second submit', '<input type="submit" name="cancel" value="Cancel">'],
    ['Cancel as a reset', '<input type="reset" value="Cancel">'],
  ];
  for (const [name, markup] of cancels) {
    for (const order of ['after', 'before'] as const) {
      transforms.push({
        name: `verification: ${name}, ${order} the confirm`,
        axis: 'buttons',
        applies: (p) => isKind(p, 'link-verify'),
        apply: (doc) => {
          const form = verifyForm(doc);
          const confirm = confirmControl(doc);
          if (!form || !confirm) return false;
          for (const old of Array.from(form.querySelectorAll('input, button, a')).filter((c) => /cancel/i.test(captionOf(c)))) old.remove();
          confirm[order](fragment(doc, ` ${markup} `));
          return true;
        },
      });
    }
  }
  transforms.push({
    name: 'linking form: Clear removed',
    axis: 'buttons',
    applies: (p) => isKind(p, 'link-form'),
    apply: (doc) => {
      const reset = passwordForm(doc)?.querySelector('input[type=reset i]');
      if (!reset) return false;
      reset.remove();
      return true;
    },
  });
  return transforms;
}

// ----- link item wording and utilities groupings -----------------------------------------

export const LINK_ITEM_WORDINGS: readonly string[] = [
  'Link a CM/ECF Account to My PACER Account',
  'Link my CM/ECF account to my PACER account',
  'Link CM/ECF Account to PACER Account',
  'Link an e-filing account to my upgraded PACER account',
  'Link your CM/ECF account to your PACER account',
  'Link CM/ECF Filer Account to Upgraded PACER Account',
  'Link a CM/ECF Filing Account to My PACER Account',
  'Link CM/ECF login to PACER account',
  'Link ECF Account to PACER',
  'Link my e-filing account to my PACER account',
  'Link CM/ECF and PACER Accounts',
  'Link Account to PACER',
];

const NEXTGEN_WORDINGS: readonly string[] = ['NextGen Release 1.1 menu items', 'NextGen 1.1 Menu Items', 'NextGen CM/ECF Release 1.1 Menu Items', 'Release 1.1 (NextGen) Menu Items', 'NextGen Menu Items', 'NEXTGEN RELEASE 1.1 MENU ITEMS'];

function linkItemTransforms(pools: Pools = DEFAULT_POOLS): Transform[] {
  const transforms: Transform[] = [];
  for (const wording of pools.linkItems) {
    transforms.push({
      name: `${pools.tag}link item "${wording}"`,
      axis: 'link item wording',
      applies: (p) => p.expected.next === 'link-item',
      apply: (doc) => {
        const item = linkItem(doc);
        if (!item) return false;
        item.textContent = wording;
        return true;
      },
    });
  }
  if (pools.tag) return transforms;
  transforms.push({
    name: 'link item with a <u> accelerator split',
    axis: 'link item wording',
    applies: (p) => p.expected.next === 'link-item',
    apply: (doc) => {
      const item = linkItem(doc);
      if (!item) return false;
      const words = norm(item.textContent);
      item.innerHTML = `<u>${escape(words[0]!)}</u>${escape(words.slice(1))}`;
      return true;
    },
  });
  transforms.push({
    name: 'link item with a description after it',
    axis: 'link item wording',
    applies: (p) => p.expected.next === 'link-item',
    apply: (doc) => {
      const item = linkItem(doc);
      if (!item) return false;
      item.after(fragment(doc, ' <font size="-1">- link your existing CM/ECF filer account to your upgraded PACER account (one time only)</font>'));
      return true;
    },
  });
  for (const wording of NEXTGEN_WORDINGS) {
    transforms.push({
      name: `NextGen link "${wording}"`,
      axis: 'link item wording',
      applies: (p) => p.expected.next === 'nextgen-menu',
      apply: (doc) => {
        const link = nextGenLink(doc);
        if (!link) return false;
        link.textContent = wording;
        return true;
      },
    });
  }
  return transforms;
}

interface MenuGroup {
  heading: string;
  links: HTMLAnchorElement[];
}

/** The Utilities (or NextGen) page's items under their headings, in page order. */
function menuGroups(doc: Document): { groups: MenuGroup[]; container: Element } | null {
  const main = mainOf(doc);
  const links = Array.from(main.querySelectorAll<HTMLAnchorElement>('a[href]')).filter((a) => !a.closest('#topmenu'));
  if (!links.length) return null;
  const groups: MenuGroup[] = [];
  const walker = doc.createTreeWalker(main, 0x1);
  let current: MenuGroup | null = null;
  while (walker.nextNode()) {
    const el = walker.currentNode as Element;
    if (/^(TH|H4|H5|DT|B|STRONG)$/.test(el.tagName) && !el.querySelector('a') && !el.closest('a') && norm(el.textContent)) {
      current = { heading: norm(el.textContent), links: [] };
      groups.push(current);
    } else if (el.tagName === 'A' && links.includes(el as HTMLAnchorElement)) {
      if (!current) {
        current = { heading: '', links: [] };
        groups.push(current);
      }
      current.links.push(el as HTMLAnchorElement);
    }
  }
  // What holds the items: the smallest element holding every item.
  let container: Element = links[0]!;
  while (!links.every((a) => container.contains(a))) container = container.parentElement!;
  if (container === main || container.tagName === 'A') {
    const kids = Array.from(main.children).filter((k) => links.some((a) => k.contains(a)));
    if (kids.length !== 1) return null;
    container = kids[0]!;
  }
  return { groups: groups.filter((g) => g.links.length), container };
}

type Grouping = (doc: Document, groups: MenuGroup[], cloneOf: (a: HTMLAnchorElement) => string) => string;

const GROUPINGS: ReadonlyArray<readonly [string, Grouping]> = [
  ['a flat list', (_d, groups, a) => `<ul>${groups.flatMap((g) => g.links).map((l) => `<li>${a(l)}</li>`).join('')}</ul>`],
  ['headed lists', (_d, groups, a) => groups.map((g) => `${g.heading ? `<h4>${escape(g.heading)}</h4>` : ''}<ul>${g.links.map((l) => `<li>${a(l)}</li>`).join('')}</ul>`).join('')],
  ['a definition list', (_d, groups, a) => `<dl>${groups.map((g) => `<dt>${escape(g.heading || 'General')}</dt>${g.links.map((l) => `<dd>${a(l)}</dd>`).join('')}`).join('')}</dl>`],
  ['two columns', (_d, groups, a) => {
    const half = Math.ceil(groups.length / 2);
    const column = (gs: MenuGroup[]) => gs.map((g) => `<b>${escape(g.heading)}</b><br>${g.links.map((l) => `${a(l)}<br>`).join('')}<br>`).join('');
    return `<table width="100%"><tr><td valign="top">${column(groups.slice(0, half))}</td><td valign="top">${column(groups.slice(half))}</td></tr></table>`;
  }],
  ['links separated by line breaks', (_d, groups, a) => `<p>${groups.flatMap((g) => g.links).map((l) => a(l)).join('<br>\n')}</p>`],
  ['one table row per group', (_d, groups, a) => `<table border="1" cellpadding="4">${groups.map((g) => `<tr><th align="left" valign="top">${escape(g.heading)}</th><td>${g.links.map((l) => a(l)).join(' | ')}</td></tr>`).join('')}</table>`],
];

const MOVES: ReadonlyArray<readonly [string, (groups: MenuGroup[], item: HTMLAnchorElement | null) => MenuGroup[]]> = [
  ['as they are', (groups) => groups],
  ['the item under its own "NextGen" heading', (groups, item) => (item ? [{ heading: 'NextGen CM/ECF', links: [item] }, ...groups.map((g) => ({ ...g, links: g.links.filter((l) => l !== item) }))].filter((g) => g.links.length) : groups)],
  ['the item under Miscellaneous', (groups, item) => {
    if (!item || groups.length < 2) return groups;
    const rest = groups.map((g) => ({ ...g, links: g.links.filter((l) => l !== item) }));
    rest[rest.length - 1]!.links.push(item);
    return rest.filter((g) => g.links.length);
  }],
  ['the item first in its group', (groups, item) => groups.map((g) => (item && g.links.includes(item) ? { ...g, links: [item, ...g.links.filter((l) => l !== item)] } : g))],
  ['more PACER items around it', (groups) => groups],
];

const EXTRA_ITEMS = ['<a href="https://pacer.psc.uscourts.gov/pscof/login.xhtml">Manage My PACER Account</a>', '<a href="/cgi-bin/ClientCode.pl">Change Client Code</a>', '<a href="https://pacer.psc.uscourts.gov/pscof/manage/mfa.jsf">Manage MFA Settings</a>', '<a href="/cgi-bin/EfileReg.pl">E-File Registration Status</a>', '<a href="/cgi-bin/FeesDue.pl">Internet Payments Due</a>'];

function groupingTransforms(): Transform[] {
  const transforms: Transform[] = [];
  GROUPINGS.forEach(([layout, render], i) => {
    for (const [move, rearrange] of [MOVES[0]!, MOVES[1 + (i % (MOVES.length - 1))]!, MOVES[1 + ((i + 2) % (MOVES.length - 1))]!]) {
      transforms.push({
        name: `items in ${layout}, ${move}`,
        axis: 'utilities groupings',
        applies: (p) => isKind(p, 'utilities', 'nextgen-menu'),
        apply: (doc, ctx) => {
          const found = menuGroups(doc);
          if (!found) return false;
          const item = ctx.page.expected.next === 'link-item' ? linkItem(doc) : ctx.page.expected.next === 'nextgen-menu' ? nextGenLink(doc) : null;
          const groups = rearrange(found.groups, item);
          const extras = move === 'more PACER items around it';
          const marks = new Map<string, HTMLAnchorElement>();
          const placeholder = (a: HTMLAnchorElement) => {
            const key = `slot${marks.size}`;
            marks.set(key, a);
            return `<span data-slot="${key}"></span>`;
          };
          const markup = render(doc, groups, placeholder) + (extras ? `<h4>PACER</h4><ul>${EXTRA_ITEMS.map((e) => `<li>${e}</li>`).join('')}</ul>` : '');
          const made = fragment(doc, markup);
          for (const [key, a] of marks) made.querySelector(`[data-slot=${key}]`)!.replaceWith(a);
          found.container.replaceWith(made);
          return true;
        },
      });
    }
  });
  return transforms;
}

// ----- headings --------------------------------------------------------------------------

const LINK_PAGE_HEADINGS = ['Link Accounts', 'Link CM/ECF Account to PACER Account', 'Account Linking', 'Link Your CM/ECF Account', 'NextGen CM/ECF: Link Your Filer Account', 'CM/ECF Account Link', 'Link an E-Filing Account to an Upgraded PACER Account', 'LINK A CM/ECF ACCOUNT TO MY PACER ACCOUNT'];

function headingTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const sets: Array<[string[], (p: SourcePage) => boolean]> = [
    [LINK_PAGE_HEADINGS, (p) => isKind(p, 'link-form', 'link-verify', 'link-success', 'link-error')],
    [['UTILITIES', 'Utilities Menu', 'Utility Functions', 'Utilities - Your Account'], (p) => isKind(p, 'utilities')],
    [['NextGen Release 1.1', 'NextGen Menu Items', 'Release 1.1 Menu Items'], (p) => isKind(p, 'nextgen-menu')],
    [['Welcome', 'CM/ECF Main Menu', 'NextGen CM/ECF'], (p) => isKind(p, 'ecf-menu') && p.origin !== 'real'],
    [['Log in to PACER', 'PACER Login', 'Sign in'], (p) => isKind(p, 'pacer-login')],
  ];
  for (const [texts, applies] of sets) {
    for (const text of texts) {
      transforms.push({
        name: `heading "${text}"`,
        axis: 'headings',
        applies,
        apply: (doc) => {
          const heading = pageHeading(doc);
          if (!heading) return false;
          heading.textContent = text;
          return true;
        },
      });
    }
  }
  const forms: Array<[string, (text: string) => string]> = [
    ['an <h2>', (t) => `<h2>${t}</h2>`],
    ['bold text', (t) => `<p><b>${t}</b></p>`],
    ['a styled div', (t) => `<div class="pageTitle" style="font-size:16pt;font-weight:bold">${t}</div>`],
    ['nothing (no heading)', () => ''],
  ];
  for (const [name, render] of forms) {
    transforms.push({
      name: `heading as ${name}`,
      axis: 'headings',
      applies: (p) => isKind(p, 'link-form', 'link-verify', 'link-success', 'link-error', 'utilities', 'nextgen-menu'),
      apply: (doc) => {
        const heading = pageHeading(doc);
        if (!heading) return false;
        heading.replaceWith(fragment(doc, render(escape(norm(heading.textContent)))));
        return true;
      },
    });
  }
  transforms.push({
    name: 'title names the page, not the court',
    axis: 'headings',
    applies: (p) => isKind(p, 'link-form', 'link-verify', 'link-success', 'link-error', 'utilities', 'nextgen-menu'),
    apply: (doc) => {
      const heading = pageHeading(doc);
      const title = doc.querySelector('title');
      if (!title || !heading) return false;
      title.textContent = `CM/ECF - ${norm(heading.textContent)}`;
      return true;
    },
  });
  return transforms;
}

// ----- verification layout ---------------------------------------------------------------

const ACCOUNT_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['CM/ECF account', 'PACER account'],
  ['CM/ECF Login', 'PACER Username'],
  ['Current CM/ECF login', 'Upgraded PACER account'],
  ['E-Filing Account', 'PACER Account'],
  ['Filer account (CM/ECF)', 'Your PACER account'],
];

/** "Current CM/ECF login" → "current CM/ECF login"; acronyms stay. */
const lowerFirst = (words: string) => words.replace(/^([A-Z])(?=[a-z])/, (c) => c.toLowerCase()).replace(/\b(Your|Account|Login|Username)\b/g, (w) => w.toLowerCase());

const ACCOUNT_LAYOUTS: ReadonlyArray<readonly [string, (l: readonly [string, string]) => string]> = [
  ['a table with header cells', ([c, p]) => `<TABLE BORDER=1 CELLPADDING=4><TR><TH ALIGN=LEFT>${c}</TH><TD>{cmecf}</TD></TR><TR><TH ALIGN=LEFT>${p}</TH><TD>{pacer} ({name})</TD></TR></TABLE>`],
  ['a definition list', ([c, p]) => `<dl><dt>${c}</dt><dd>{cmecf}</dd><dt>${p}</dt><dd>{pacer} ({name})</dd></dl>`],
  ['a sentence', ([c, p]) => `<p>You are about to link ${lowerFirst(c)} <b>{cmecf}</b> to ${lowerFirst(p)} <b>{pacer}</b> ({name}).</p>`],
  ['a list', ([c, p]) => `<ul><li>${c}: <b>{cmecf}</b></li><li>${p}: <b>{pacer}</b> ({name})</li></ul>`],
  ['a table with a header row', ([c, p]) => `<table border="1"><tr><th>${c}</th><th>${p}</th></tr><tr><td>{cmecf}</td><td>{name} ({pacer})</td></tr></table>`],
  ['lines with breaks', ([c, p]) => `<p>${c}: {cmecf}<br>${p}: {pacer} - {name}</p>`],
  ['read-only fields', ([c, p]) => `<p><label>${c} <input type="text" readonly value="{cmecf}"></label><br><label>${p} <input type="text" readonly value="{pacer}"></label> ({name})</p>`],
];

function accountsBlock(doc: Document): Element | null {
  const main = mainOf(doc);
  const holders = Array.from(main.querySelectorAll('table, dl, ul, p, div')).filter((e) => {
    const text = `${e.textContent} ${Array.from(e.querySelectorAll('input')).map((i) => i.value).join(' ')}`;
    return text.includes(ACCOUNTS.cmecf) && text.includes(ACCOUNTS.pacer);
  });
  // The innermost.
  return holders.find((h) => !holders.some((o) => o !== h && h.contains(o))) ?? null;
}

function verificationTransforms(): Transform[] {
  const transforms: Transform[] = [];
  ACCOUNT_LAYOUTS.forEach(([layout, render], i) => {
    for (const labels of [ACCOUNT_LABELS[i % ACCOUNT_LABELS.length]!, ACCOUNT_LABELS[(i + 2) % ACCOUNT_LABELS.length]!, ACCOUNT_LABELS[(i + 4) % ACCOUNT_LABELS.length]!]) {
      transforms.push({
        name: `accounts as ${layout}, "${labels[0]}"/"${labels[1]}"`,
        axis: 'verification layout',
        applies: (p) => isKind(p, 'link-verify') && p.expected.accounts !== undefined,
        apply: (doc) => {
          const block = accountsBlock(doc);
          if (!block) return false;
          block.replaceWith(fragment(doc, fillAccounts(render([escape(labels[0]), escape(labels[1])]))));
          return true;
        },
      });
    }
  });
  transforms.push({
    name: 'accounts above the form, not inside it',
    axis: 'verification layout',
    applies: (p) => isKind(p, 'link-verify') && p.expected.accounts !== undefined,
    apply: (doc) => {
      const block = accountsBlock(doc);
      const form = verifyForm(doc);
      if (!block || !form) return false;
      if (form.contains(block)) form.before(block);
      else form.prepend(block);
      return true;
    },
  });
  return transforms;
}

// ----- the central login -----------------------------------------------------------------

const PASSCODE_LABELS = ['Passcode', 'One-Time Passcode', 'Verification code', 'Enter the 6-digit code from your authenticator app', 'Authentication code', 'MFA Code', 'One-time passcode or backup code', 'Code'];
type PasscodeIds = 'ids kept' | 'ids renamed' | 'no ids, wrapping label' | 'no ids, aria-label';
type Hints = 'all input hints' | 'no input hints' | 'autocomplete only' | 'inputmode and maxlength only';
const PASSCODE_IDS: readonly PasscodeIds[] = ['ids kept', 'ids renamed', 'no ids, wrapping label', 'no ids, aria-label'];
const HINTS: readonly Hints[] = ['all input hints', 'no input hints', 'autocomplete only', 'inputmode and maxlength only'];

function labelFor(doc: Document, input: Element): HTMLLabelElement | null {
  if (input.id) {
    const label = Array.from(doc.querySelectorAll('label')).find((l) => l.htmlFor === input.id);
    if (label) return label;
  }
  return input.closest('label');
}

/** Renames every id in a form (and the labels and references that use them), as a new release would. */
function renameIds(doc: Document, root: Element, prefix: string): void {
  let n = 10;
  const renamed = new Map<string, string>();
  for (const el of [root, ...Array.from(root.querySelectorAll('[id]'))]) {
    if (!el.id || /ViewState/.test(el.id)) continue;
    const next = el === root ? `${prefix}` : `${prefix}:j_idt${n++}`;
    renamed.set(el.id, next);
    el.id = next;
  }
  for (const el of Array.from(root.querySelectorAll('[name]'))) {
    const name = el.getAttribute('name')!;
    if (renamed.has(name)) el.setAttribute('name', renamed.get(name)!);
    else if (name === root.getAttribute('name')) {
      el.setAttribute('name', prefix);
      if (el.getAttribute('value') === name) el.setAttribute('value', prefix);
    }
    else if (/^[\w-]+:/.test(name) && !/ViewState/.test(name)) el.setAttribute('name', name.replace(/^[\w-]+:/, `${prefix}:`));
  }
  if (root.hasAttribute('name')) root.setAttribute('name', prefix);
  for (const label of Array.from(doc.querySelectorAll('label[for]'))) {
    const to = renamed.get(label.getAttribute('for')!);
    if (to) label.setAttribute('for', to);
  }
  for (const el of Array.from(doc.querySelectorAll('[aria-labelledby]'))) {
    const to = renamed.get(el.getAttribute('aria-labelledby')!);
    if (to) el.setAttribute('aria-labelledby', to);
  }
}

function passcodeTransform(label: string, ids: PasscodeIds, hints: Hints): Transform {
  return {
    name: `passcode "${label}", ${ids}, ${hints}`,
    axis: 'central login',
    applies: (p) => isKind(p, 'pacer-mfa'),
    apply: (doc) => {
      const field = passcodeField(doc);
      const form = field?.closest('form');
      if (!field || !form) return false;
      const old = labelFor(doc, field);
      if (ids === 'ids renamed') renameIds(doc, form, 'otpForm');
      if (ids === 'no ids, wrapping label' || ids === 'no ids, aria-label') {
        for (const el of [form, ...Array.from(form.querySelectorAll('[id]'))]) if (!/ViewState/.test(el.id)) el.removeAttribute('id');
      }
      for (const attribute of ['autocomplete', 'inputmode', 'maxlength', 'pattern']) field.removeAttribute(attribute);
      if (hints === 'all input hints' || hints === 'autocomplete only') field.setAttribute('autocomplete', 'one-time-code');
      if (hints === 'all input hints' || hints === 'inputmode and maxlength only') {
        field.setAttribute('inputmode', 'numeric');
        field.setAttribute('maxlength', '6');
      }
      if (hints === 'all input hints') field.setAttribute('pattern', '[0-9]*');
      const text = escape(label);
      if (ids === 'no ids, wrapping label') {
        const wrap = element(doc, `<label>${text} </label>`);
        field.replaceWith(wrap);
        wrap.append(field);
        old?.remove();
      } else if (ids === 'no ids, aria-label') {
        field.setAttribute('aria-label', label);
        old?.remove();
      } else if (old) {
        old.textContent = label;
      } else {
        field.before(fragment(doc, `<label for="${field.id}">${text}</label>`));
      }
      return true;
    },
  };
}

function setCaption(control: Element, caption: string): void {
  if (control.tagName === 'INPUT') control.setAttribute('value', caption);
  else {
    const span = control.querySelector('.ui-button-text');
    if (span) span.textContent = caption;
    else control.textContent = caption;
  }
}

function loginTransforms(): Transform[] {
  const transforms: Transform[] = [];
  // The passcode step: label × ids × input hints (each label with four of the sixteen pairings).
  PASSCODE_LABELS.forEach((label, i) => {
    for (let k = 0; k < 4; k++) transforms.push(passcodeTransform(label, PASSCODE_IDS[(i + k) % 4]!, HINTS[(i + 2 * k + (k > 1 ? 1 : 0)) % 4]!));
  });
  for (const caption of ['Verify', 'Submit', 'Continue', 'OK', 'Log In']) {
    transforms.push({
      name: `passcode submit "${caption}"`,
      axis: 'central login',
      applies: (p) => isKind(p, 'pacer-mfa'),
      apply: (doc) => {
        const form = passcodeField(doc)?.closest('form');
        const submit = form ? submitControls(form).find((c) => !isCancelLike(c)) : undefined;
        if (!submit) return false;
        setCaption(submit, caption);
        return true;
      },
    });
  }
  // The JSF view state, in either namespace.
  for (const name of ['jakarta.faces.ViewState', 'javax.faces.ViewState'] as const) {
    transforms.push({
      name: `view state ${name}`,
      axis: 'central login',
      applies: (p) => isPacerHost(p),
      apply: (doc) => {
        const states = Array.from(doc.querySelectorAll('input[name$="faces.ViewState"]'));
        if (!states.length) return false;
        for (const state of states) {
          state.setAttribute('name', name);
          if (state.id) state.id = state.id.replace(/(javax|jakarta)\.faces/, name.split('.')[0]! + '.faces');
        }
        return true;
      },
    });
  }
  // The login form.
  for (const label of ['PACER Username', 'User Name', 'Login', 'Username or e-mail']) {
    transforms.push({
      name: `username labelled "${label}"`,
      axis: 'central login',
      applies: (p) => isKind(p, 'pacer-login') && p.expected.next === 'username',
      apply: (doc) => {
        const field = usernameField(doc);
        const old = field ? labelFor(doc, field) : null;
        if (!old) return false;
        old.textContent = label;
        return true;
      },
    });
  }
  for (const caption of ['Log In', 'Sign In', 'Login', 'Submit']) {
    transforms.push({
      name: `login button "${caption}"`,
      axis: 'central login',
      applies: (p) => isKind(p, 'pacer-login') && p.expected.next === 'username',
      apply: (doc) => {
        const form = usernameField(doc)?.closest('form');
        const submit = form ? submitControls(form)[0] : undefined;
        if (!submit) return false;
        setCaption(submit, caption);
        return true;
      },
    });
  }
  transforms.push({
    name: 'login form ids renamed',
    axis: 'central login',
    applies: (p) => isKind(p, 'pacer-login') && p.expected.next === 'username',
    apply: (doc) => {
      const form = usernameField(doc)?.closest('form');
      if (!form) return false;
      renameIds(doc, form, 'j_idt21');
      return true;
    },
  });
  transforms.push({
    name: 'login form without client code',
    axis: 'central login',
    applies: (p) => isKind(p, 'pacer-login') && p.expected.next === 'username',
    apply: (doc) => {
      const client = Array.from(doc.querySelectorAll('input')).find((i) => /client/i.test(`${i.id} ${i.name}`));
      const row = client?.closest('.ui-field, tr, p, div') ?? client;
      if (!row) return false;
      row.remove();
      return true;
    },
  });
  // The redaction notice: ticked or not, Continue disabled until ticked, renamed ids, other titles.
  const unticked = (p: SourcePage) => p.expected.next === 'redaction';
  const redaction = (p: SourcePage) => p.expected.next === 'redaction' || p.expected.next === 'continue';
  transforms.push({
    name: 'redaction box ticked (Continue enabled)',
    axis: 'central login',
    applies: unticked,
    relabel: (e) => ({ ...e, next: 'continue' }),
    apply: (doc, ctx) => {
      const box = redactionCheckbox(doc);
      const go = redactionContinue(doc);
      if (!box || !go) return false;
      // The attribute alone (the box is not dirty on a freshly parsed page), so it can be undone.
      box.setAttribute('checked', 'checked');
      box.setAttribute('aria-checked', 'true');
      box.closest('.ui-chkbox')?.querySelector('.ui-chkbox-box')?.classList.add('ui-state-active');
      go.removeAttribute('disabled');
      go.removeAttribute('aria-disabled');
      go.classList.remove('ui-state-disabled');
      ctx.target = go;
      return true;
    },
  });
  transforms.push({
    name: 'redaction Continue disabled until the box is ticked',
    axis: 'central login',
    applies: unticked,
    apply: (doc) => {
      const go = redactionContinue(doc);
      if (!go) return false;
      go.setAttribute('disabled', 'disabled');
      go.setAttribute('aria-disabled', 'true');
      go.classList.add('ui-state-disabled');
      return true;
    },
  });
  transforms.push({
    name: 'redaction checkbox drawn by PrimeFaces (box and hidden input)',
    axis: 'central login',
    applies: redaction,
    apply: (doc) => {
      const box = redactionCheckbox(doc);
      const holder = box?.closest('.ui-chkbox');
      if (!box || !holder) return false;
      if (!holder.querySelector('.ui-chkbox-box')) holder.append(fragment(doc, '<div class="ui-chkbox-box ui-widget ui-corner-all ui-state-default"><span class="ui-chkbox-icon ui-icon ui-icon-blank ui-c"></span></div>'));
      return true;
    },
  });
  transforms.push({
    name: 'redaction ids renamed',
    axis: 'central login',
    applies: redaction,
    apply: (doc) => {
      const form = redactionCheckbox(doc)?.closest('form');
      if (!form) return false;
      renameIds(doc, form, 'frmRedact');
      return true;
    },
  });
  for (const title of ['Notice of Redaction Responsibility', 'Filer Redaction Responsibility', 'Important Notice', 'Redaction']) {
    transforms.push({
      name: `redaction dialog titled "${title}"`,
      axis: 'central login',
      applies: redaction,
      apply: (doc) => {
        const heading = doc.querySelector('[role=dialog] .ui-dialog-title');
        if (!heading) return false;
        heading.textContent = title;
        return true;
      },
    });
  }
  for (const caption of ['Continue', 'Accept', 'I Agree', 'Submit']) {
    transforms.push({
      name: `redaction button "${caption}"`,
      axis: 'central login',
      applies: redaction,
      apply: (doc) => {
        const go = redactionContinue(doc);
        if (!go) return false;
        setCaption(go, caption);
        return true;
      },
    });
  }
  // Acknowledgement notices.
  for (const caption of ['OK', 'Continue', 'Acknowledge', 'I Acknowledge']) {
    for (const ids of ['ids kept', 'ids renamed', 'no ids'] as const) {
      transforms.push({
        name: `notice button "${caption}", ${ids}`,
        axis: 'central login',
        applies: (p) => isKind(p, 'pacer-notice'),
        apply: (doc) => {
          const ok = acknowledgeControl(doc);
          if (!ok) return false;
          setCaption(ok, caption);
          const form = ok.closest('form');
          if (ids === 'ids renamed' && form) renameIds(doc, form, 'frmNotice');
          if (ids === 'ids renamed' && ok.id === 'btnAckOkay') ok.id = 'frmNotice:btnOk';
          if (ids === 'no ids') ok.removeAttribute('id');
          return true;
        },
      });
    }
  }
  for (const title of ['Important Notice', 'New Password Standards', 'Attention', 'Message']) {
    transforms.push({
      name: `notice titled "${title}"`,
      axis: 'central login',
      applies: (p) => isKind(p, 'pacer-notice'),
      apply: (doc) => {
        const heading = doc.querySelector('.ui-dialog-title, [role=dialog] h1, [role=dialog] h2');
        if (!heading) return false;
        heading.textContent = title;
        return true;
      },
    });
  }
  // The enrollment prompt.
  for (const [skip, enroll] of [['Remind me later', 'Set up MFA'], ['Not now', 'Enroll'], ['Skip for now', 'Continue']] as const) {
    transforms.push({
      name: `enrollment buttons "${enroll}" and "${skip}"`,
      axis: 'central login',
      applies: (p) => isKind(p, 'pacer-mfa-enroll'),
      apply: (doc) => {
        const controls = Array.from(doc.querySelectorAll('form button, form input[type=submit i]'));
        if (!controls.length) return false;
        for (const c of controls) setCaption(c, /skip/i.test(captionOf(c)) ? skip : enroll);
        return true;
      },
    });
  }
  transforms.push({
    name: 'enrollment ids renamed',
    axis: 'central login',
    applies: (p) => isKind(p, 'pacer-mfa-enroll'),
    apply: (doc) => {
      const form = doc.querySelector('form');
      if (!form) return false;
      renameIds(doc, form, 'frmMfaPrompt');
      return true;
    },
  });
  return transforms;
}

// ----- the entry on landing pages --------------------------------------------------------

const ENTRY_WORDINGS = ['Document Filing System', '[LOG IN]', 'CONTINUE', 'Click Here to Start CM/ECF', 'CM/ECF Login', 'Log in to CM/ECF', 'Electronic Filing (CM/ECF)', 'Middle District of Alabama - Document Filing Application', 'Enter CM/ECF'];

function entryTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const entries = (p: SourcePage) => p.expected.next === 'entry';
  for (const wording of ENTRY_WORDINGS) {
    transforms.push({
      name: `entry "${wording}"`,
      axis: 'entry',
      applies: entries,
      apply: (doc) => {
        const entry = entryControl(doc);
        if (!entry) return false;
        if (entry.tagName === 'INPUT') entry.setAttribute('value', wording);
        else entry.textContent = wording;
        return true;
      },
    });
  }
  const forms: Array<[string, (href: string, words: string) => string]> = [
    ['an input button', (h, w) => `<input type="button" value="${w || 'Click Here to Login'}" onclick="window.location.href='${h}'">`],
    ['a button element', (h, w) => `<button type="button" onclick="location.href='${h}'">${w || 'Login'}</button>`],
    ['an image link', (h, w) => `<a href="${h}"><img src="/graphics/login.gif" alt="${w || 'Login'}" border="0"></a>`],
    ['a link with a <u> split', (h, w) => `<a href="${h}"><u>${w[0] ?? 'L'}</u>${w.slice(1) || 'ogin'}</a>`],
  ];
  for (const [name, render] of forms) {
    transforms.push({
      name: `entry as ${name}`,
      axis: 'entry',
      applies: entries,
      apply: (doc, ctx) => {
        const entry = entryControl(doc);
        if (!entry || entry.tagName !== 'A') return false;
        const made = element(doc, render(entry.getAttribute('href')!, escape(norm(entry.textContent))));
        replace(ctx, entry, made, made);
        return true;
      },
    });
  }
  transforms.push({
    name: 'entry with an absolute address',
    axis: 'entry',
    applies: entries,
    apply: (doc, ctx) => {
      const entry = entryControl(doc);
      const value = entry?.getAttribute('href');
      if (!entry || !value?.startsWith('/')) return false;
      entry.setAttribute('href', `${new URL(ctx.page.url).origin}${value}`);
      return true;
    },
  });
  return transforms;
}

// ----- the menu bar ----------------------------------------------------------------------

function menuBarTransforms(): Transform[] {
  const transforms: Transform[] = [];
  const withBar = (p: SourcePage) => hasMenuBar(p);
  for (const [name, suffix] of [['&id=-1', '&id=-1'], ['&amp;id=5', '&id=5']] as const) {
    transforms.push({
      name: `Utilities menu address with ${name}`,
      axis: 'menu bar',
      applies: withBar,
      apply: (doc) => {
        const link = utilitiesMenuLink(doc);
        if (!link) return false;
        link.setAttribute('href', link.getAttribute('href')!.replace(/(DisplayMenu\.pl\?Utilities)(&(amp;)?id=-?\d+)?/i, `$1${suffix}`));
        return true;
      },
    });
  }
  for (const words of ['UTILITIES', 'Utilities', 'Utils']) {
    transforms.push({
      name: `Utilities menu reads "${words}"`,
      axis: 'menu bar',
      applies: withBar,
      apply: (doc) => {
        const link = utilitiesMenuLink(doc);
        if (!link) return false;
        link.textContent = words;
        return true;
      },
    });
  }
  transforms.push({
    name: 'Help and Search menus added',
    axis: 'menu bar',
    applies: withBar,
    apply: (doc) => {
      const list = doc.querySelector('#topmenu ul');
      if (!list) return false;
      list.append(fragment(doc, '<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Search">Search</a></li><li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Help">Help</a></li>'));
      return true;
    },
  });
  transforms.push({
    name: 'menu bar without the YUI classes',
    axis: 'menu bar',
    applies: withBar,
    apply: (doc) => {
      const bar = doc.getElementById('topmenu');
      if (!bar) return false;
      for (const el of [bar, ...Array.from(bar.querySelectorAll('[class]'))]) el.removeAttribute('class');
      return true;
    },
  });
  transforms.push({
    name: 'menu bar in a noprint wrapper',
    axis: 'menu bar',
    applies: withBar,
    apply: (doc) => {
      const bar = doc.getElementById('topmenu');
      if (!bar || bar.parentElement?.classList.contains('noprint')) return false;
      const wrap = element(doc, '<div class="noprint"></div>');
      bar.before(wrap);
      wrap.append(bar);
      return true;
    },
  });
  return transforms;
}

/**
 * Word lists the transforms draw on. The built-in ones are below; `VARIANTS_EXTRA` (a JSON
 * file of the same shape, every key optional, best kept OUTSIDE the repository) adds a
 * held-out set, so the engine can be measured on wordings its authors have never seen.
 */
export interface Pools {
  /** Prefixes the names of the transforms made from these pools (`[held-out] `). */
  readonly tag: string;
  readonly success: readonly string[];
  readonly errors: Readonly<Record<Exclude<MessageFamily, 'success'>, readonly string[]>>;
  readonly linkItems: readonly string[];
  readonly fieldLabels: ReadonlyArray<readonly [string, string]>;
  readonly instructions: ReadonlyArray<readonly [string, readonly string[]]>;
  readonly banners: ReadonlyArray<readonly [string, 'ecf' | 'login' | 'any', string]>;
}

export type ExtraPools = Partial<Omit<Pools, 'tag' | 'errors'>> & { errors?: Partial<Pools['errors']> };

const DEFAULT_POOLS: Pools = {
  tag: '',
  success: SUCCESS_WORDINGS,
  errors: ERROR_WORDINGS,
  linkItems: LINK_ITEM_WORDINGS,
  fieldLabels: FIELD_LABELS,
  instructions: INSTRUCTIONS,
  banners: BANNERS,
};

function heldOut(extra: ExtraPools): Pools {
  const none = Object.fromEntries(Object.keys(ERROR_WORDINGS).map((k) => [k, []])) as unknown as Pools['errors'];
  return {
    tag: '[held-out] ',
    success: extra.success ?? [],
    errors: { ...none, ...extra.errors },
    linkItems: extra.linkItems ?? [],
    fieldLabels: extra.fieldLabels ?? [],
    instructions: extra.instructions ?? [],
    banners: extra.banners ?? [],
  };
}

/** Every transform, by axis; with `extra`, also those made from a held-out word list. */
export function allTransforms(extra?: ExtraPools): Transform[] {
  const held = extra ? heldOut(extra) : null;
  const fromHeld = held ? [...messageTransforms(held), ...fieldTransforms(held), ...instructionTransforms(held), ...bannerTransforms(held), ...linkItemTransforms(held)] : [];
  return [
    ...fromHeld,
    ...messageTransforms(),
    ...fieldTransforms(),
    ...instructionTransforms(),
    ...bannerTransforms(),
    ...scriptTransforms(),
    ...capitalisationTransforms(),
    ...buttonTransforms(),
    ...linkItemTransforms(),
    ...groupingTransforms(),
    ...headingTransforms(),
    ...verificationTransforms(),
    ...loginTransforms(),
    ...entryTransforms(),
    ...menuBarTransforms(),
  ];
}

// ---------------------------------------------------------------------------------------
// Variants

export interface Variant {
  readonly source: SourcePage;
  readonly axis: Axis;
  readonly transforms: readonly Transform[];
  readonly url: string;
  readonly expected: Expected;
}

export const variantName = (v: Variant) => (v.transforms.length ? v.transforms.map((t) => t.name).join(' + ') : '(as written)');

/** How many random combinations of transforms each page gets, by where it comes from. */
const COMBINATIONS: Record<SourceKind, number> = { replica: 9, seed: 8, 'other-words': 9, real: 2 };
/**
 * At most this many single-transform variants per page and axis (a seeded sample, different
 * on each page, so every transform is still tried on several pages). Wording gets more.
 */
const PER_AXIS: Partial<Record<Axis, number>> = {
  'success wording': 30,
  'error wording': 26,
  'field labels and layout': 24,
  'central login': 24,
  'notices and banners': 6,
  capitalisation: 5,
  'menu bar': 5,
  'failure words in instructions': 9,
  headings: 8,
};
const PER_AXIS_DEFAULT = 12;
/** Real pages are long and only a few axes apply to them; each gets this many single variants at most. */
const REAL_SINGLES = 10;

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

function makeVariant(source: SourcePage, axis: Axis, transforms: Transform[]): Variant {
  let url = source.url;
  let expected = source.expected;
  for (const t of transforms) {
    if (t.url) url = t.url(url);
    if (t.relabel) expected = t.relabel(expected);
  }
  return { source, axis, transforms, url, expected };
}

/**
 * Every variant, in a fixed order: each page as written, each page under every transform
 * that applies to it, and seeded random combinations of two to four transforms from
 * different axes.
 */
export function generateVariants(seed: number, pages: SourcePage[] = sourcePages(), all: Transform[] = allTransforms()): Variant[] {
  const isHeld = (t: Transform) => t.name.startsWith('[held-out] ');
  const transforms = all.filter((t) => !isHeld(t));
  const held = all.filter(isHeld);
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const variants: Variant[] = [];
  for (const page of pages) {
    variants.push(makeVariant(page, 'original page', []));
    const byAxis = new Map<Axis, Transform[]>();
    for (const t of transforms.filter((x) => x.applies(page))) byAxis.set(t.axis, [...(byAxis.get(t.axis) ?? []), t]);
    // Seeded samples, the same on every run with the same seed.
    let singles = [...byAxis.entries()].flatMap(([axis, list]) => {
      const cap = PER_AXIS[axis] ?? PER_AXIS_DEFAULT;
      return list.length > cap ? shuffle(list, random).slice(0, cap) : list;
    });
    if (page.origin === 'real' && singles.length > REAL_SINGLES) singles = shuffle(singles, random).slice(0, REAL_SINGLES);
    for (const t of singles) variants.push(makeVariant(page, t.axis, [t]));
    // Held-out words on every page they fit, outside the seeded sample.
    for (const t of held) if (t.applies(page)) variants.push(makeVariant(page, 'held-out', [t]));
    const axes = [...byAxis.keys()];
    if (axes.length < 2) continue;
    const seen = new Set<string>();
    for (let k = 0, tries = 0; k < COMBINATIONS[page.origin] && tries < 200; tries++) {
      const count = Math.min(axes.length, 2 + Math.floor(random() * 3));
      const chosen = new Set<Axis>();
      while (chosen.size < count) chosen.add(pick(axes));
      // Applied in the order of AXES: structure first, then words, then banners.
      const picked = [...chosen].sort((a, b) => AXES.indexOf(a) - AXES.indexOf(b)).map((axis) => pick(byAxis.get(axis)!));
      if (picked.filter((t) => t.url).length > 1) continue;
      const key = picked.map((t) => t.name).join('|');
      if (seen.has(key)) continue;
      seen.add(key);
      variants.push(makeVariant(page, 'combined', picked));
      k++;
    }
  }
  return variants;
}

// ---------------------------------------------------------------------------------------
// Running a variant
//
// Each page is parsed once per address; a variant changes that document in place and every
// change is undone afterwards from the MutationObserver's records (cloning a document per
// variant costs more than classifying it). `changedBaseDocuments` proves the undo exact.

interface BaseDocument {
  readonly dom: JSDOM;
  readonly doc: Document;
  readonly canonical: string;
}
const baseDocs = new Map<string, BaseDocument>();

/**
 * The document's tree with each element's attributes sorted: an undone removal puts an
 * attribute back at the end of the list, which changes nothing a page means.
 */
function canonical(node: Node): string {
  if (node.nodeType === 3 || node.nodeType === 8) return `${node.nodeType}:${(node as CharacterData).data}`;
  if (node.nodeType !== 1 && node.nodeType !== 9) return '';
  const el = node as Element;
  const attributes = node.nodeType === 1 ? Array.from(el.attributes).map((a) => `${a.name}=${a.value}`).sort().join(' ') : '';
  return `<${node.nodeName} ${attributes}>${Array.from(node.childNodes).map(canonical).join('')}</>`;
}

/** The page parsed once (as tools/lib/page-file's parseHtml does); variants at other addresses move it there. */
function baseDoc(source: SourcePage): BaseDocument {
  let base = baseDocs.get(source.file);
  if (!base) {
    const dom = new JSDOM(source.html, { url: source.url, virtualConsole: new VirtualConsole() });
    base = { dom, doc: dom.window.document, canonical: canonical(dom.window.document) };
    baseDocs.set(source.file, base);
  }
  return base;
}

/** The pages whose documents are no longer as parsed (empty when every undo was exact). */
export function changedBaseDocuments(files?: readonly string[]): string[] {
  return [...baseDocs.entries()]
    .filter(([file]) => !files || files.includes(file))
    .filter(([file, base]) => canonical(base.doc) !== base.canonical || base.doc.URL !== new URL(sources.get(file)!).href)
    .map(([file]) => file);
}
const sources = new Map<string, string>();

/** Runs `fn` with the page's document at the variant's address (jsdom moves it without a new parse). */
function atAddress<T>(variant: Variant, fn: (doc: Document) => T): T {
  const base = baseDoc(variant.source);
  sources.set(variant.source.file, variant.source.url);
  if (variant.url === variant.source.url) return fn(base.doc);
  base.dom.reconfigure({ url: variant.url });
  try {
    return fn(base.doc);
  } finally {
    base.dom.reconfigure({ url: variant.source.url });
  }
}

function revert(record: MutationRecord): void {
  const target = record.target;
  if (record.type === 'attributes') {
    const el = target as Element;
    if (record.oldValue === null) el.removeAttributeNS(record.attributeNamespace, record.attributeName!);
    else el.setAttributeNS(record.attributeNamespace, record.attributeName!, record.oldValue);
  } else if (record.type === 'characterData') {
    (target as CharacterData).data = record.oldValue ?? '';
  } else {
    for (const node of Array.from(record.addedNodes)) if (node.parentNode === target) target.removeChild(node);
    for (const node of Array.from(record.removedNodes)) target.insertBefore(node, record.nextSibling);
  }
}

/** Runs `fn` on the document, then puts the document back exactly as it was. */
function undoable<T>(doc: Document, fn: () => T): T {
  const Observer = doc.defaultView!.MutationObserver;
  const observer = new Observer(() => undefined);
  observer.observe(doc, { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true, characterDataOldValue: true });
  try {
    return fn();
  } finally {
    const records = observer.takeRecords();
    observer.disconnect();
    for (const record of records.reverse()) revert(record);
  }
}

/** Applies the variant's transforms to its page's document; call only inside `undoable`. */
function applyTransforms(variant: Variant, doc: Document): { target: Element | null; skipped: string | null } {
  const ctx: VariantContext = { page: variant.source, target: null, message: null };
  ctx.target = findTarget(doc, variant.source);
  for (const t of variant.transforms) {
    let applied: boolean;
    try {
      applied = t.apply(doc, ctx);
    } catch (error) {
      throw new Error(`the transform "${t.name}" threw on ${variant.source.file}: ${String(error)}`);
    }
    if (!applied) return { target: null, skipped: t.name };
  }
  return { target: ctx.target, skipped: null };
}

/** The variant's page as HTML (for saving a mismatch, or reading one). */
export function variantHtml(variant: Variant): string {
  return atAddress(variant, (doc) =>
    undoable(doc, () => {
      applyTransforms(variant, doc);
      return serialise(doc);
    }),
  );
}

export function serialise(doc: Document): string {
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}\n`;
}

export interface Outcome {
  readonly variant: Variant;
  /** The transform that found nothing to change (the variant was not made), if any. */
  readonly skipped: string | null;
  readonly got: { page: string; next: string; reason: string; court: string; courtType: string; filer: string } | null;
  /** One line per column that is wrong. Empty when the variant keeps its label. */
  readonly problems: string[];
}

function accepts(expected: string, actual: string): boolean {
  if (expected === '*') return true;
  if (expected === '+') return actual !== 'none' && actual !== '';
  if (expected === '!flow') return !FLOW_KINDS.has(actual);
  return expected.split('|').includes(actual);
}

function pointsAt(got: Element | null, target: Element): boolean {
  if (!got) return false;
  if (got === target || target.contains(got)) return true;
  if (got.tagName === 'LABEL' && (got as HTMLLabelElement).control === target) return true;
  return got.contains(target) && !/^(BODY|HTML|FORM)$/.test(got.tagName) && got.id !== 'cmecfMainContent' && !got.querySelector('form');
}

function describeElement(el: Element | null): string {
  if (!el) return 'nothing';
  const words = norm(el.getAttribute('value') ?? el.getAttribute('aria-label') ?? el.textContent).slice(0, 40);
  return `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}>${words ? ` "${words}"` : ''}`;
}

/** Classifies one variant and compares it with its label. */
export function runVariant(variant: Variant): Outcome {
  const inPlace = variantMode() === 'in place';
  return atAddress(variant, (doc) => (inPlace ? undoable(doc, () => check(variant, doc)) : check(variant, doc.cloneNode(true) as Document)));
}

let mode: 'in place' | 'clone' | null = null;

/**
 * In place, unless the engine remembers an answer per document (then a changed document
 * would get its old answer, and every variant would pass unseen): each variant then gets a
 * copy of the document, which is slower but honest.
 */
export function variantMode(): 'in place' | 'clone' {
  if (mode) return mode;
  const form = allReplicas().find((r) => r.labels[2] === 'link-form')!;
  const menu = allReplicas().find((r) => r.labels[2] === 'utilities')!;
  const doc = parseHtml(form.html, form.url);
  const before = classify(doc, { url: form.url }).page;
  const after = undoable(doc, () => {
    doc.documentElement.innerHTML = parseHtml(menu.html, menu.url).documentElement.innerHTML;
    return classify(doc, { url: form.url }).page;
  });
  mode = before !== after ? 'in place' : 'clone';
  return mode;
}

function check(variant: Variant, doc: Document): Outcome {
  const built = applyTransforms(variant, doc);
  if (built.skipped) return { variant, skipped: built.skipped, got: null, problems: [] };
  const e = variant.expected;
  let recognition: Recognition;
  try {
    recognition = classify(doc, { url: variant.url });
  } catch (error) {
    return { variant, skipped: null, got: null, problems: [`classify threw ${String(error)}`] };
  }
  const got = {
    court: recognition.court?.id ?? '',
    courtType: recognition.courtType ?? '',
    page: String(recognition.page),
    filer: recognition.filer === null ? '' : String(recognition.filer),
    next: recognition.next ? String(recognition.next.control) : 'none',
    reason: recognition.reason ? String(recognition.reason) : 'none',
  };
  const problems: string[] = [];
  for (const column of ['page', 'next', 'reason', 'court', 'courtType', 'filer'] as const) {
    if (!accepts(e[column], got[column])) problems.push(`${column}: expected ${e[column]}, got ${got[column] || '(none)'}`);
  }
  // The control it points at: the right one, not its neighbour (Cancel, the PACER login, a help link).
  if (!problems.length && built.target && recognition.next && first(e.next) !== 'entry') {
    if (!pointsAt(recognition.next.element, built.target)) problems.push(`target: expected ${describeElement(built.target)}, got ${describeElement(recognition.next.element)}`);
  }
  if (!problems.length && first(e.next) === 'entry' && recognition.next && !/\/cgi-bin\/login\.pl/i.test(recognition.next.href ?? '')) {
    problems.push(`target: expected the entry to login.pl, got ${recognition.next.href ?? describeElement(recognition.next.element)}`);
  }
  if (!problems.length && e.accounts && got.page === 'link-verify') {
    const accounts = recognition.accounts;
    if (accounts?.cmecf !== e.accounts.cmecf || !(accounts?.pacer ?? '').includes(e.accounts.pacer)) {
      problems.push(`accounts: expected ${e.accounts.cmecf} / ${e.accounts.pacer}, got ${accounts?.cmecf ?? '(none)'} / ${accounts?.pacer ?? '(none)'}`);
    }
  }
  return { variant, skipped: null, got, problems };
}

export function describeExpected(e: Expected): string {
  return `page=${e.page} next=${e.next} reason=${e.reason}`;
}

// ---------------------------------------------------------------------------------------
// Prose that must never read as a linking page

export interface ProsePage {
  readonly name: string;
  readonly url: string;
  readonly html: string;
}

function proseSteps(quoteSuccess: string, quoteError: string): string {
  return `<p>To link your accounts, log in with your upgraded PACER account and click <b>Utilities</b>, then
<b>Link a CM/ECF account to my PACER account</b>. Enter your CM/ECF login and CM/ECF password (passwords are case sensitive)
and click Submit. The verification page shows the CM/ECF account and the PACER account; if either account is wrong, click Cancel.
When the page says "${escape(quoteSuccess)}", press F5 and the filing menus appear.</p>
<p>If instead you see "${escape(quoteError)}", call the court's CM/ECF Help Desk. Invalid logins are locked after 3 attempts.</p>`;
}

/** A court news page, FAQs and docket entries that describe the steps and quote the messages. */
export function prosePages(extra?: ExtraPools): ProsePage[] {
  const pages: ProsePage[] = [];
  const held = extra ? heldOut(extra) : null;
  const errors = [
    ...ERROR_WORDINGS['bad-credentials'].slice(0, 4), ...ERROR_WORDINGS['already-linked'].slice(0, 3), ...ERROR_WORDINGS['not-upgraded'].slice(0, 3), ...ERROR_WORDINGS['bad-character'].slice(0, 2), ...ERROR_WORDINGS.generic.slice(0, 2),
    ...(held ? Object.values(held.errors).flat() : []),
  ];
  const docket = readPageFile(readLabels('real').find((l) => l.file === 'neg-almb-docket-bankruptcy.html')!.path);
  [...SUCCESS_WORDINGS, ...(held?.success ?? [])].forEach((success, i) => {
    const error = fillAccounts(errors[i % errors.length]!);
    const quote = fillAccounts(success);
    for (const id of ['almb', 'almd']) {
      const v = ecfView(id, false);
      const base = `https://ecf.${id}.uscourts.gov`;
      // A news item under the menu bar.
      pages.push({
        name: `${id} news page quoting "${quote}" and "${error}"`,
        url: `${base}/cgi-bin/ShowNews.pl`,
        html: otherWords.ecfMainPage(v).replace(/<\/div><\/body>/, `<div class="news"><h4>NextGen: link your accounts</h4>${proseSteps(quote, error)}</div></div></body>`),
      });
      // A FAQ under the menu bar, as a definition list.
      pages.push({
        name: `${id} FAQ quoting "${quote}"`,
        url: `${base}/help/linking-faq.html`,
        html: otherWords.ecfMainPage(v).replace(
          /<\/div><\/body>/,
          `<h3>Frequently asked questions: linking accounts</h3><dl><dt>How do I link?</dt><dd>${proseSteps(quote, error)}</dd>
<dt>What does "${escape(error)}" mean?</dt><dd>The court could not link the accounts. Check the CM/ECF login and password, or call us.</dd>
<dt>I saw "${escape(quote)}" but cannot file.</dt><dd>Press F5, or log out and log in again.</dd></dl></div></body>`,
        ),
      });
    }
    // The court's public site.
    pages.push({
      name: `public www page quoting "${quote}"`,
      url: 'https://www.almb.uscourts.gov/news/nextgen-linking',
      html: `<!DOCTYPE html><html><head><title>NextGen linking - News</title></head><body><div id="main"><h1>News</h1><h2>Link your CM/ECF account to your PACER account</h2>${proseSteps(quote, error)}</div></body></html>`,
    });
    // A docket entry that quotes the messages.
    pages.push({
      name: `docket entry quoting "${quote}" and "${error}"`,
      url: 'https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1',
      html: docket.replace(
        /<\/body>/i,
        `<table><tr><td>14</td><td>03/08/2021</td><td>GENERAL ORDER regarding NextGen CM/ECF. Filers must link accounts: Utilities, Link a CM/ECF account to my PACER account,
enter the CM/ECF login and password, verify and submit. Upon "${escape(quote)}" the filing menus appear after refresh (F5).
Error messages such as "${escape(error)}" should be reported to the Clerk. (Entered: 03/08/2021)</td></tr></table></body>`,
      ),
    });
  });
  for (const id of ['almb', 'almd']) {
    pages.push({ name: `${id} other-words news page`, url: `https://ecf.${id}.uscourts.gov/cgi-bin/ShowNews.pl`, html: otherWords.linkingNewsPage(ecfView(id, false)) });
  }
  return pages;
}
