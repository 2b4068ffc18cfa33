// Pages landing.ts must read as a court's landing page (with its entry, or a refresh), and pages it must not.
import type { DetectorExamples } from './examples';

export const LANDING_EXAMPLES: DetectorExamples = {
  kind: 'court-home',
  must: [
    { page: 'real/almb-ecf-landing.html', next: 'entry' }, // the entry says only "Login"
    { page: 'real/flnb-ecf-landing.html', next: 'entry' }, // absolute link, "Click Here to Start CM/ECF"
    { page: 'real/orb-ecf-landing.html', next: 'entry' }, // an onclick button before the link
    { page: 'real/wiwb-ecf-landing.html', next: 'entry' }, // link text on its own lines
    { page: 'real/azb-ecf-landing.html', next: 'entry' }, // live and training entries side by side
    { page: 'real/almd-ecf-landing-redirect-stub.html', next: null }, // district root: a refresh
    { page: 'replicas/almd-showindex.html', next: 'entry' },
    { page: 'replicas/almb-train-landing.html', next: 'entry' },
    { page: 'real/almb-ecf-landing.html', url: 'https://ecf.almb.uscourts.gov/index.html', next: 'entry' },
  ],
  mustNot: [
    { page: 'real/neg-almd-public-website-www.html' },
    { page: 'real/neg-almb-docket-bankruptcy.html' },
    { page: 'real/almb-ecf-landing.html', url: 'https://ecf.almb.uscourts.gov.evil.example/' },
    { page: 'real/almb-ecf-landing.html', url: 'http://ecf.almb.uscourts.gov/' },
    { page: 'replicas/almb-legacy-login.html' },
  ],
};
