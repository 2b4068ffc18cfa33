// Pages linking.ts must read as the linking form, the verification, the success and the error
// message, and look-alikes (pages explaining linking in prose, other login forms) it must not.
import type { DetectorExamples } from './examples';

export const LINK_FORM_EXAMPLES: DetectorExamples = {
  kind: 'link-form',
  must: [
    { page: 'replicas/almb-link-form.html', next: 'link-fields' },
    { page: 'replicas/almd-link-form.html', next: 'link-fields' },
    { page: 'replicas/almb-link-form-invalid.html', next: 'link-fields' },
    // Labelled only "Login" and "Password", under a legend about the CM/ECF account.
    { page: 'handwritten/link-form-generic-labels.html', next: 'link-fields' },
  ],
  mustNot: [
    { page: 'replicas/almb-change-pacer-login.html' }, // PACER login + password: not the link
    { page: 'replicas/almb-legacy-login.html' },
    { page: 'replicas/almb-pacer-login.html' },
    { page: 'replicas/almb-link-form.html', url: 'https://www.almb.uscourts.gov/link' },
  ],
};

export const LINK_VERIFY_EXAMPLES: DetectorExamples = {
  kind: 'link-verify',
  must: [
    { page: 'replicas/almb-link-verify.html', next: 'confirm' },
    { page: 'replicas/almd-link-verify.html', next: 'confirm' },
    // "If either account is wrong, click Cancel" is an instruction, not a failure.
    { page: 'handwritten/link-verify-cancel-instructions.html', next: 'confirm' },
  ],
  mustNot: [{ page: 'replicas/almb-link-form.html' }, { page: 'replicas/almb-linking-faq.html' }],
};

export const LINK_SUCCESS_EXAMPLES: DetectorExamples = {
  kind: 'link-success',
  must: [
    { page: 'replicas/almb-link-success.html', next: 'refresh' },
    { page: 'replicas/almd-link-success.html', next: 'refresh' },
    { page: 'replicas/almb-link-success-refreshed.html', next: null },
    { page: 'handwritten/link-success-connected.html', next: 'refresh' }, // "connected", not "linked"
  ],
  mustNot: [
    { page: 'replicas/almb-linking-faq.html' }, // "...has been successfully linked, press F5" in prose
    { page: 'replicas/www-linking-faq.html' },
    { page: 'handwritten/court-news-linking.html' }, // news quoting the success message
    { page: 'real/flnb-ecf-landing.html' }, // "Each Filer MUST Link PACER account to CM/ECF account"
    { page: 'replicas/almb-link-error-already-linked.html' },
    // A menu's own page lists items and answers no form: it reports nothing unless it answers a linking step.
    { page: 'replicas/almb-link-success.html', url: 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities' },
  ],
};

export const LINK_ERROR_EXAMPLES: DetectorExamples = {
  kind: 'link-error',
  must: [
    { page: 'replicas/almb-link-error-bad-credentials.html', next: null },
    { page: 'replicas/almb-link-error-already-linked.html', next: null },
    { page: 'replicas/almd-link-error-not-upgraded.html', next: null },
    { page: 'replicas/almb-link-error-bad-character.html', next: null },
  ],
  mustNot: [
    { page: 'replicas/almb-linking-faq.html' }, // explains the errors in prose
    { page: 'replicas/almb-link-success.html' },
    { page: 'real/flnb-ecf-landing.html' },
    { page: 'real/cacd_628915-g-cmecf-error.html' }, // a CM/ECF error, not a linking one
  ],
};
