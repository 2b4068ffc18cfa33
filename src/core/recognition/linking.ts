// The linking pages: the form asking for the old CM/ECF login and password, the verification
// showing both accounts, and the success or error message. No public capture exists, so they
// are recognised by structure first (a credentials form, a confirming form with both
// accounts, a message), then by meaning, and by where the user came from (flow evidence).
// Examples: linking.examples.ts.
import { accountsIn } from './accounts';
import { captionOf } from './landing';
import { blockOf, readMessage, type MessageReading, type PageMessageReading } from './message';
import { inMenuBar } from './menubar';
import { menuName, scriptName } from './links';
import { isLinkingScript, isNextGenMenuLabel, linkItemScore, mentionsLinking, readsAsHelp } from './phrases';
import type { MessageVerdict } from './verdict';
import { mainContent } from './page-shape';
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
    const namesCmEcf = /\b(?:cm\/ecf|ecf|e-?fil(?:ing|er)|filer)\b/.test(labels);
    // The heading is looked for only where the labels leave it open (a query of the whole page).
    const namesPacerOnly = !namesCmEcf && (/\bpacer\b/.test(labels) || headedPacerOnly(form));
    return { form, login, label, namesCmEcf, namesPacerOnly };
  }
  return null;
}

/** The form's heading or name asks for a PACER login, password or account, and not to link one. */
function headedPacerOnly(form: HTMLFormElement): boolean {
  const heading = norm(`${precedingHeading(form)} ${form.getAttribute('name') ?? ''}`);
  return /\bpacer (?:login|password|account)\b/.test(heading) && !/\b(?:cm\/ecf|link)/.test(heading);
}

/** The heading above a form (its legend, or the last heading before it), for what it is about. */
function precedingHeading(form: Element): string {
  const legend = form.querySelector('legend, caption');
  if (legend) return legend.textContent ?? '';
  let before = '';
  for (const heading of Array.from(form.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, legend'))) {
    if (!(heading.compareDocumentPosition(form) & 0x4 /* the form follows it */)) break;
    before = heading.textContent ?? '';
  }
  return before;
}

/**
 * A page that may be a linking page, as read from its structure, before its message is judged
 * (verdict.ts): the linking form (its fields; a failure its message reports is the reason it is
 * shown again), or a short page whose message decides what it is, a confirming form standing
 * for the verification when the message reports nothing it must yield to.
 */
export type LinkingReading =
  | { readonly kind: 'form'; readonly next: NextControl; readonly message: PageMessageReading }
  | { readonly kind: 'message'; readonly verify: LinkingPage | null; readonly message: PageMessageReading };

/**
 * @param text the page's main words (bounded); @param headline title and heading words
 * @param cameFrom the control the guide pointed at on the page before, when this page answers it
 * @param url the page's address, when known
 */
export function readLinking(doc: Document, text: string, headline: string, cameFrom: FlowEvidence | null = null, url: URL | null = null): LinkingReading | null {
  const answersItem = cameFrom === 'link-item';
  const answersForm = cameFrom === 'link-fields' || cameFrom === 'confirm';
  // A menu's own page (`DisplayMenu.pl?Utilities`, `?NextGenRelease11`) lists that menu's items
  // and answers no form: unless it answers a linking step, it is none of the linking pages,
  // however its items speak of linking (reading it as one cost Utilities' new tab 1-3 ms).
  if (!answersItem && !answersForm && url && menuName(url)) return null;
  // The page's own address counts too: a linking script (LinkAcct.pl) answers only the linking steps.
  const onLinkingScript = url !== null && isLinkingScript(scriptName(url));
  // The address first: it is one short test, and the words' test is the page's costliest pattern.
  const aboutLinking = onLinkingScript || mentionsLinking(`${headline} ${text}`) || /\bcm\/ecf (?:account|login)\b/.test(headline);
  if (!aboutLinking && !answersItem && !answersForm) return null;
  const main = mainContent(doc);
  if (!main) return null;

  const credentials = credentialForm(doc);
  if (credentials && !credentials.namesPacerOnly) {
    // The fields ask for the OLD CM/ECF credentials. Generic labels ("Login", "Password") are
    // the linking form when the page is about linking or was reached from the linking item.
    if (credentials.namesCmEcf || aboutLinking || answersItem || answersForm) {
      const message = readMessage(main, { answersForm: false, offersStep: true, onLinkingScript, aboutLinking: true });
      return { kind: 'form', next: { control: 'link-fields', element: credentials.login, text: credentials.label || 'CM/ECF login', href: null }, message };
    }
    return null;
  }
  if (credentials) return null;
  // Success and error messages are short pages; a help page explaining linking is not one,
  // however short (a page may load part of it later, or a script may move it about).
  if (!answersForm && (text.length > MESSAGE_PAGE_CHARS || readsAsHelp(headline))) return null;
  // A page that also offers the linking item or the NextGen link states rules, not results.
  // Without evidence or a heading about linking, a failure counts only when it speaks of the accounts.
  const linkingHeadline = onLinkingScript || answersForm || mentionsLinking(headline);
  const message = readMessage(main, { answersForm, offersStep: offersStep(main), onLinkingScript, aboutLinking: linkingHeadline });
  // A confirming form with both accounts is the verification, whatever its warnings say
  // ("a shared account must never be linked"); only a failure shown as a message outweighs it.
  return { kind: 'message', verify: verification(doc, main, answersForm), message };
}

/** What the judge of a linking reading needs (a court page's report carries it): plain data, no element. */
export interface LinkingQuestion {
  readonly kind: LinkingReading['kind'];
  /** A confirming form with both accounts was found (a verification, unless the message says otherwise). */
  readonly verify: boolean;
  readonly message: MessageReading;
}

export function questionOf(linking: LinkingReading): LinkingQuestion {
  const { said, context } = linking.message;
  return { kind: linking.kind, verify: linking.kind === 'message' && linking.verify !== null, message: { said, context } };
}

/**
 * What a linking page is, once its message is judged: its kind, the reason a failure gives, the
 * control the guide points at next, and for a success the sentence that reports it (the guide
 * stands beside it). The same decision wherever it is taken.
 */
export interface LinkingOutcome {
  readonly page: LinkingPage['page'];
  readonly reason: ErrorReason | null;
  readonly next: 'link-fields' | 'refresh' | 'confirm' | null;
  readonly linked: number | null;
}

export function linkingOutcome(reading: { readonly kind: LinkingReading['kind']; readonly verify: boolean }, verdict: MessageVerdict): LinkingOutcome | null {
  if (reading.kind === 'form') return { page: 'link-form', reason: verdict.failed?.reason ?? null, next: 'link-fields', linked: null };
  if (verdict.linked !== null && !verdict.failedStyled) return { page: 'link-success', reason: null, next: 'refresh', linked: verdict.linked };
  if (verdict.failedStyled) return { page: 'link-error', reason: verdict.failedStyled.reason, next: null, linked: null };
  if (reading.verify) return { page: 'link-verify', reason: null, next: 'confirm', linked: null };
  if (verdict.failed) return { page: 'link-error', reason: verdict.failed.reason, next: null, linked: null };
  return null;
}

/** The linking page a reading is, with its elements, for an outcome (null: none of them). */
export function linkingPageOf(reading: LinkingReading, outcome: LinkingOutcome | null): LinkingPage | null {
  if (!outcome) return null;
  switch (outcome.page) {
    case 'link-form':
      return { page: 'link-form', next: reading.kind === 'form' ? reading.next : null, reason: outcome.reason, accounts: null };
    case 'link-success': {
      const element = blockOf(reading.message, outcome.linked!);
      return { page: 'link-success', next: { control: 'refresh', element, text: displayText(element), href: null }, reason: null, accounts: null };
    }
    case 'link-verify':
      return reading.kind === 'message' ? reading.verify : null;
    default:
      return { page: 'link-error', next: null, reason: outcome.reason, accounts: null };
  }
}

function offersStep(main: Element): boolean {
  return Array.from(main.querySelectorAll('a[href]')).some((link) => {
    if (inMenuBar(link) || (link.textContent ?? '').length > 120) return false;
    const words = wordsOf(link);
    return linkItemScore(words) === 2 || isNextGenMenuLabel(words);
  });
}

/** A form with a submit and no credential fields, with both accounts shown (or answering the linking form). */
function verification(doc: Document, main: Element, answersForm: boolean): LinkingPage | null {
  // The confirming form first: most pages have none, and then their accounts need no reading.
  let submit: Element | undefined;
  for (const form of Array.from(doc.forms)) {
    const typable = (field: Element) => isShown(field) && !field.hasAttribute('readonly') && !field.hasAttribute('disabled');
    if (form.querySelector('input[type=password]') || Array.from(form.querySelectorAll(TEXT_INPUTS)).some(typable)) continue;
    submit = Array.from(form.querySelectorAll(SUBMITS)).find((button) => isShown(button) && !/\b(?:cancel|back|clear|reset|no|try again|return|start over|retry)\b/.test(norm(captionOf(button))));
    if (submit) break;
  }
  if (!submit) return null;
  const accounts = accountsIn(main);
  const both = accounts.cmecf !== null && accounts.pacer !== null;
  if (!both && !answersForm) return null;
  return { page: 'link-verify', next: { control: 'confirm', element: submit, text: captionOf(submit) || 'Submit', href: null }, reason: null, accounts };
}
