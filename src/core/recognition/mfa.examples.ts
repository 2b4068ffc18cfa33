// Pages mfa.ts must read as the one-time passcode page and the MFA enrollment prompt, and pages it must not.
import type { DetectorExamples } from './examples';

export const PASSCODE_EXAMPLES: DetectorExamples = {
  kind: 'pacer-mfa',
  must: [
    { page: 'replicas/almb-pacer-mfa.html', next: 'passcode' }, // ids from public scraper code: mfaForm:mfaInput
    { page: 'replicas/almb-pacer-mfa-failed.html', next: 'passcode' }, // a refused code shown again
    { page: 'replicas/almd-pacer-mfa.html', next: 'passcode' }, // renamed ids, a tel field, "Verification code"
    { page: 'handwritten/pacer-mfa-jakarta.html', next: 'passcode' }, // generated ids, jakarta.faces.ViewState
  ],
  mustNot: [
    { page: 'replicas/almb-pacer-login.html' }, // a username and a password, not a code
    { page: 'replicas/almb-pacer-login-redaction.html' },
    { page: 'replicas/almb-pacer-mfa.html', url: 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl' }, // not the central login
  ],
};

export const ENROLLMENT_EXAMPLES: DetectorExamples = {
  kind: 'pacer-mfa-enroll',
  must: [
    { page: 'replicas/almb-pacer-mfa-enroll.html', next: 'mfa-choice' }, // "User Update Required" with Skip
    { page: 'replicas/almb-pacer-mfa-enroll-required.html', next: 'mfa-choice' }, // no Skip left
    { page: 'replicas/almd-pacer-mfa-enroll.html', next: 'mfa-choice' }, // "Secure your PACER account", "Set up now"
    { page: 'handwritten/pacer-mfa-enroll-page.html', next: 'mfa-choice' }, // a page, not a dialog
  ],
  mustNot: [{ page: 'replicas/almb-pacer-mfa.html' }, { page: 'replicas/almb-pacer-login.html' }, { page: 'replicas/almb-pacer-notice.html' }],
};
