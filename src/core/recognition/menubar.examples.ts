// Pages menubar.ts must read as a CM/ECF menu page (pointing at Utilities, or not for a filer), and pages it must not.
import type { DetectorExamples } from './examples';

export const MENUBAR_EXAMPLES: DetectorExamples = {
  kind: 'ecf-menu',
  must: [
    { page: 'real/neg-almb-docket-bankruptcy.html', next: 'utilities' }, // single-quoted relative hrefs
    { page: 'real/cacd_628915-g-cmecf-error.html', next: 'utilities' }, // attributes split over lines
    { page: 'real/neg-cit-docket-special.html', next: 'utilities' }, // a national court
    { page: 'real/wiwb_1-dockets-c-menu-filer.html', next: null }, // filer: Bankruptcy/Adversary, &amp;id=
    { page: 'real/mied_291380-docket_history_reports-c-menu-filer.html', next: null }, // filer: Civil/Criminal
    { page: 'replicas/almd-main-pacer-only.html', next: 'utilities' }, // absolute hrefs with &amp;id=-1
    { page: 'replicas/almb-change-pacer-login.html', next: 'utilities' }, // the old system's page
  ],
  mustNot: [
    { page: 'real/almb-ecf-landing.html' },
    { page: 'real/mad_194918-g-error.html' },
    { page: 'real/neg-dcd-mobile-queries.html' },
    { page: 'real/neg-ca9_1-docket-appellate.html' },
    { page: 'replicas/almb-utilities.html' },
  ],
};
