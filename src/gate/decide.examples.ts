// Pages the gate must let through to the guide, and pages it must stop: fixture pages, named
// `real/FILE`, `replicas/FILE` or `handwritten/FILE`, at the URL their labels give (or `url`).
export const GATE_EXAMPLES = {
  pass: [
    'real/almb-ecf-landing.html', // the landing page
    'real/almd-ecf-landing-redirect-stub.html', // the district root
    'replicas/almd-showindex.html',
    'replicas/almb-main-pacer-only.html', // after login, no filing menus
    'replicas/almb-utilities.html',
    'replicas/almd-nextgen-menu.html',
    'replicas/almb-link-form.html',
    'replicas/almb-link-verify.html',
    'replicas/almb-link-success.html', // LinkAcct.pl?linked
    'replicas/almb-link-error-already-linked.html',
    'replicas/almb-legacy-login.html', // login.pl: the court is not on NextGen
    'handwritten/utilities-without-item.html',
    'handwritten/court-news-linking.html', // a short page under the menu bar: let the guide judge it
    'real/cacd_628915-g-cmecf-error.html', // a short error page of a PACER-only user
    'real/neg-almb-docket-bankruptcy.html', // a short docket of a PACER-only user: the guide points at Utilities
    'replicas/almb-main-filer.html', // login.pl with the filing menus: linked before, recorded once, then no script at all
  ],
  stop: [
    'real/arwb_156279-docket_history_reports-c-menu-filer.html', // a filer's docket: the filing menus
    'real/mied_291380-docket_history_reports-c-menu-filer.html',
    'real/wiwb_1-dockets-c-menu-filer.html',
  ],
} as const;
