// The central login's steps, in the order a filer meets them where they apply: the login
// form, the one-time passcode, the MFA enrollment prompt, notices, the redaction notice.
// Whatever shows on top wins: a dialog over the form is what the user must answer first.
import { findEnrollment, findPasscode } from './mfa';
import { findNotice, findRedaction } from './notices';
import { findPacerLogin } from './pacer-login';
import type { ErrorReason, NextControl, PageKind } from './types';

export interface LoginPage {
  readonly page: Extract<PageKind, 'pacer-login' | 'pacer-mfa' | 'pacer-mfa-enroll' | 'pacer-notice'>;
  readonly next: NextControl | null;
  readonly reason: ErrorReason | null;
  readonly skipOffered: boolean | null;
}

export function findLoginStep(doc: Document): LoginPage | null {
  const redaction = findRedaction(doc);
  if (redaction) return { page: 'pacer-login', next: redaction, reason: null, skipOffered: null };
  const enrollment = findEnrollment(doc);
  if (enrollment) return { page: 'pacer-mfa-enroll', next: enrollment.next, reason: null, skipOffered: enrollment.skipOffered };
  const notice = findNotice(doc);
  if (notice) return { page: 'pacer-notice', next: notice, reason: null, skipOffered: null };
  const passcode = findPasscode(doc);
  if (passcode) return { page: 'pacer-mfa', ...passcode, skipOffered: null };
  const login = findPacerLogin(doc);
  if (login) return { page: 'pacer-login', ...login, skipOffered: null };
  return null;
}
