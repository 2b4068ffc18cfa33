// Pages notices.ts must read as acknowledgement notices and the filer redaction notice, and pages it must not.
import type { DetectorExamples } from './examples';

export const NOTICE_EXAMPLES: DetectorExamples = {
  kind: 'pacer-notice',
  must: [
    { page: 'replicas/almb-pacer-notice.html', next: 'acknowledge' }, // btnAckOkay, "OK"
    { page: 'replicas/almd-pacer-notice.html', next: 'acknowledge' }, // "I Acknowledge", renamed id
    { page: 'handwritten/pacer-notice-page.html', next: 'acknowledge' }, // a page with Continue
  ],
  mustNot: [
    { page: 'replicas/almb-pacer-login.html' }, // the redaction dialog is there, hidden
    { page: 'replicas/almb-pacer-login-redaction.html' }, // the redaction notice is its own step
    { page: 'replicas/almb-pacer-mfa-enroll.html' },
  ],
};

/** The redaction notice: its box while unticked, its Continue once ticked (both on the pacer-login page). */
export const REDACTION_EXAMPLES: DetectorExamples = {
  kind: 'pacer-login',
  must: [
    { page: 'replicas/almb-pacer-login-redaction.html', next: 'redaction' },
    { page: 'replicas/almb-pacer-login-redaction-ticked.html', next: 'continue' },
    { page: 'replicas/almd-pacer-login-redaction-ticked.html', next: 'continue' },
  ],
  mustNot: [{ page: 'replicas/almb-pacer-mfa.html' }],
};
