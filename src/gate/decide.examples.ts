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
    'replicas/almb-main-filer.html', // login.pl with the filing menus: linked before, recorded once, then no script at all
  ],
  stop: [
    'real/neg-almb-docket-bankruptcy.html', // a short docket of a PACER-only user: read, not linked from (the guide, had it loaded, would point at Utilities)
    'real/neg-akb-docket-bankruptcy.html',
    'real/cacd_628915-g-cmecf-error.html', // the docket report's own error ("the start date must be…"), for a PACER-only user
    'real/neg-mad_193254-docket-district.html',
    'real/arwb_156279-docket_history_reports-c-menu-filer.html', // a filer's docket: the filing menus
    'real/mied_291380-docket_history_reports-c-menu-filer.html',
    'real/wiwb_1-dockets-c-menu-filer.html',
  ],
} as const;
