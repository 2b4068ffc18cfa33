// The linking pages: the form asking for the old CM/ECF login and password, the verification
// showing both accounts, and the success or error message. No public capture exists, so they
// are recognised by structure first (a credentials form, a confirming form with both
// accounts, a message), then by meaning, and by where the user came from (flow evidence).
// Examples: linking.examples.ts.
import { accountsIn } from './accounts';
import { captionOf } from './landing';
import { readMessage } from './message';
import { inMenuBar } from './menubar';
import { scriptName } from './links';
import { isLinkingScript, isNextGenMenuLabel, linkItemScore, mentionsLinking, readsAsHelp, reasonFrom } from './phrases';
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

/** Words of a failure about linking: the accounts, logins, passwords, characters, upgrading. */
const ABOUT_ACCOUNTS = /\b(?:link\w*|connect\w*|associat\w*|accounts?|logins?|user ?names?|passwords?|pacer|cm\/ecf|upgrad\w*|characters?|credentials)\b/;

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
  let before = '';
  for (const heading of Array.from(form.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, legend'))) {
    if (!(heading.compareDocumentPosition(form) & 0x4 /* the form follows it */)) break;
    before = heading.textContent ?? '';
  }
  return before;
}

/**
 * @param text the page's main words (bounded); @param headline title and heading words
 * @param cameFrom the control the guide pointed at on the page before, when this page answers it
 * @param url the page's address, when known
 */
export function findLinkingPage(doc: Document, text: string, headline: string, cameFrom: FlowEvidence | null = null, url: URL | null = null): LinkingPage | null {
  const answersItem = cameFrom === 'link-item';
  const answersForm = cameFrom === 'link-fields' || cameFrom === 'confirm';
  // The page's own address counts too: a linking script (LinkAcct.pl) answers only the linking steps.
  const onLinkingScript = url !== null && isLinkingScript(scriptName(url));
  const aboutLinking = mentionsLinking(`${headline} ${text}`) || /\bcm\/ecf (?:account|login)\b/.test(headline) || onLinkingScript;
  if (!aboutLinking && !answersItem && !answersForm) return null;
  const main = mainContent(doc);
  if (!main) return null;

  const credentials = credentialForm(doc);
  if (credentials && !credentials.namesPacerOnly) {
    // The fields ask for the OLD CM/ECF credentials. Generic labels ("Login", "Password") are
    // the linking form when the page is about linking or was reached from the linking item.
    if (credentials.namesCmEcf || aboutLinking || answersItem || answersForm) {
      const message = readMessage(main, { answersForm: false, offersStep: true, onLinkingScript, relevant: () => true });
      const next: NextControl = { control: 'link-fields', element: credentials.login, text: credentials.label || 'CM/ECF login', href: null };
      return { page: 'link-form', next, reason: message.failed ? reasonFrom(message.failed.words) : null, accounts: null };
    }
    return null;
  }
  if (credentials) return null;
  // Success and error messages are short pages; a help page explaining linking is not one,
  // however short (a page may load part of it later, or a script may move it about).
  if (!answersForm && (text.length > MESSAGE_PAGE_CHARS || readsAsHelp(headline))) return null;
  // A page that also offers the linking item or the NextGen link states rules, not results.
  // Without evidence or a heading about linking, a failure counts only when it speaks of the accounts.
  const linkingHeadline = mentionsLinking(headline) || onLinkingScript || answersForm;
  const relevant = (words: string) => linkingHeadline || ABOUT_ACCOUNTS.test(words);
  const message = readMessage(main, { answersForm, offersStep: offersStep(main), onLinkingScript, relevant });
  if (message.linked && !message.failedStyled) {
    return { page: 'link-success', next: { control: 'refresh', element: message.linked.element, text: displayText(message.linked.element), href: null }, reason: null, accounts: null };
  }
  if (message.failedStyled) return { page: 'link-error', next: null, reason: reasonFrom(message.failedStyled.words), accounts: null };
  // A confirming form with both accounts is the verification, whatever its warnings say
  // ("a shared account must never be linked"); only a failure shown as a message outweighs it.
  const verify = verification(doc, main, answersForm);
  if (verify) return verify;
  if (message.failed) return { page: 'link-error', next: null, reason: reasonFrom(message.failed.words), accounts: null };
  return null;
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
