// Pages pacer-login.ts must read as the central PACER login form, and pages it must not.
import type { DetectorExamples } from './examples';

export const PACER_LOGIN_EXAMPLES: DetectorExamples = {
  kind: 'pacer-login',
  must: [
    { page: 'replicas/almb-pacer-login.html', next: 'username' },
    { page: 'replicas/almd-pacer-login.html', next: 'username' },
    { page: 'replicas/almb-pacer-login-failed.html', next: 'username' },
    { page: 'replicas/almb-pacer-login-redaction.html', next: 'redaction' },
    { page: 'replicas/almb-pacer-login-training.html', next: 'username' },
  ],
  mustNot: [
    // The same form anywhere but the central login hosts is not the PACER login.
    { page: 'replicas/almb-pacer-login.html', url: 'https://ecf.almb.uscourts.gov/csologin/login.jsf' },
    { page: 'replicas/almb-pacer-login.html', url: 'https://pacer.login.uscourts.gov.evil.example/csologin/login.jsf' },
    // "csologin" also appears in Change Client links on ordinary pages.
    { page: 'real/neg-almb-docket-bankruptcy.html' },
    { page: 'replicas/almb-legacy-login.html' },
  ],
};
