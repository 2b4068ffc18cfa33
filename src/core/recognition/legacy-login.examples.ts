// Pages legacy-login.ts must read as the pre-NextGen CM/ECF login, at any address, and look-alikes it must not.
import type { DetectorExamples } from './examples';

export const LEGACY_LOGIN_EXAMPLES: DetectorExamples = {
  kind: 'legacy-login',
  must: [
    { page: 'replicas/almb-legacy-login.html', next: null },
    // Served at any address, e.g. a docket report's.
    { page: 'replicas/almb-legacy-login.html', url: 'https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?123', next: null },
  ],
  mustNot: [
    { page: 'replicas/almb-link-form.html' }, // also has login + password, under the menu bar
    { page: 'replicas/almb-pacer-login.html' },
    { page: 'real/neg-areb_1-free-opinion-report.html' }, // a report form named GetPass
  ],
};
