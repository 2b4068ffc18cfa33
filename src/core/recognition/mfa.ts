// Multifactor authentication at the central login (since 2025): the one-time passcode page
// and the enrollment prompt ("User Update Required", with Skip while skips are left).
// Recognised by what the field and the dialog are (autocomplete="one-time-code", a numeric
// field of a few characters, the words of its label, the prompt's title and buttons), not by
// ids alone: ids change between releases. Examples: mfa.examples.ts.
import { buttonsIn, dialogTitle, shownDialogs } from './notices';
import { byIdSuffix, shownErrorWords, type LoginStep } from './pacer-login';
import { displayText, fieldLabel, norm } from './text';
import type { NextControl } from './types';
import { isDisabled, isShown } from './visibility';

const MFA_WORDS = /\bmulti-?factor|\btwo-?factor|\b(?:2|two)-?step\b|\bmfa\b|\b2fa\b|\bauthenticator\b|\bbackup codes?\b|\bone-?time (?:pass ?)?codes?\b|\bpass ?codes?\b|\bverification codes?\b/;
const CODE_LABEL = /\bpass ?code\b|\bone-?time\b|\b(?:verification|security|authentication|authenticator|access|mfa|otp|totp|backup|6-digit|six-digit) (?:pass ?)?code\b|\bcode from (?:your|the) (?:authenticator|app)\b|\bmfa\b|\btwo-?factor\b|\btotp\b/;
const CODE_NAME = /mfa|otp|totp|passcode|2fa|twofactor|verif\w*code|securitycode|authcode/i;

const CANDIDATE_FIELDS = 'input[type=text], input[type=number], input[type=tel], input[type=password], input:not([type])';

/** How much a field looks like a one-time passcode field, from its attributes and label. */
function passcodeScore(input: Element): number {
  const attribute = (name: string) => (input.getAttribute(name) ?? '').toLowerCase();
  let score = 0;
  if (attribute('autocomplete').includes('one-time-code')) score += 3;
  if (CODE_LABEL.test(norm(fieldLabel(input)))) score += 3;
  if (CODE_NAME.test(`${attribute('id')} ${attribute('name')}`)) score += 2;
  if (/^(?:numeric|decimal|tel)$/.test(attribute('inputmode')) || attribute('type') === 'number' || attribute('type') === 'tel') score += 1;
  const length = Number(attribute('maxlength'));
  if (length >= 4 && length <= 10) score += 1;
  if (/\\d|\[0-9\]/.test(attribute('pattern'))) score += 1;
  if (/client|user|login|e-?mail|name/.test(`${attribute('id')} ${attribute('name')} ${attribute('autocomplete')}`) && !CODE_NAME.test(attribute('id'))) score -= 3;
  return score;
}

/** The passcode page: a field for the code from an authenticator app (or a backup code), on its own. */
export function findPasscode(doc: Document): LoginStep | null {
  const pageWords = norm(`${doc.title} ${Array.from(doc.querySelectorAll('h1, h2, h3, legend, label, p')).slice(0, 30).map((e) => e.textContent).join(' ')}`);
  const context = MFA_WORDS.test(pageWords);
  for (const form of Array.from(doc.forms)) {
    if (!isShown(form)) continue;
    const fields = Array.from(form.querySelectorAll(CANDIDATE_FIELDS)).filter(isShown);
    // The login form asks for a username and a password; the passcode page asks for the code alone.
    if (fields.length === 0 || fields.length > 2) continue;
    const [best] = fields.map((field) => ({ field, score: passcodeScore(field) })).sort((a, b) => b.score - a.score);
    if (!best || best.score < (context ? 2 : 4)) continue;
    const words = shownErrorWords(doc);
    // On the passcode page, whatever went wrong is about the code (wrong, expired, a used backup code).
    const reason = words ? 'bad-passcode' : null;
    return { next: { control: 'passcode', element: best.field, text: fieldLabel(best.field) || 'Passcode', href: null }, reason };
  }
  return null;
}

const ENROLL_WORDS = /\benrol|\bset ?up\b|\bregister\b|\bactivate\b|\bupdate required\b|\badd (?:an? )?(?:authenticator )?app\b|\bsecure your account\b|\bturn on\b/;
const SKIP = /^(?:skip|not now|remind me later|later|maybe later|ask me later)\b/;
const ENROLL_BUTTON = /\b(?:enrol\w*|set ?up|continue|update|begin|start|yes|manage|add|go to|turn on)\b/;

export interface Enrollment {
  readonly next: NextControl;
  readonly skipOffered: boolean;
}

/** The enrollment prompt: MFA is to be set up now ("User Update Required"), with or without Skip. */
export function findEnrollment(doc: Document): Enrollment | null {
  const dialogs = shownDialogs(doc);
  const containers = dialogs.length ? dialogs : [doc.body ?? doc.documentElement];
  for (const container of containers) {
    const title = container === doc.body ? norm(doc.title) : dialogTitle(container);
    const words = norm(container.textContent ?? '');
    const prompt = /\buser update required\b/.test(`${title} ${words}`) || (MFA_WORDS.test(words) && ENROLL_WORDS.test(`${title} ${words}`));
    if (!prompt || container.querySelector('input[type=password]') || Array.from(container.querySelectorAll(CANDIDATE_FIELDS)).some((f) => isShown(f) && passcodeScore(f) >= 3)) continue;
    const buttons = buttonsIn(container);
    const skip = byIdSuffix(container, '*', ['bpmskip']) ?? buttons.find((b) => SKIP.test(b.caption))?.element ?? null;
    const choices = buttons.filter((b) => b.element === skip || ENROLL_BUTTON.test(b.caption)).map((b) => b.element);
    if (choices.length === 0) continue;
    const element = choices.length === 1 ? choices[0]! : commonAncestor(choices);
    return {
      next: { control: 'mfa-choice', element, text: choices.map((c) => displayText(c, 40) || (c.getAttribute('value') ?? '')).join(' / '), href: null },
      skipOffered: skip !== null && isShown(skip) && !isDisabled(skip),
    };
  }
  return null;
}

function commonAncestor(elements: readonly Element[]): Element {
  let ancestor: Element | null = elements[0]!;
  while (ancestor && !elements.every((element) => ancestor!.contains(element))) ancestor = ancestor.parentElement;
  return ancestor ?? elements[0]!;
}
