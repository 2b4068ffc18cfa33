// Pages utilities.ts must read as the Utilities page and the NextGen menu items page, and pages it must not.
import type { DetectorExamples } from './examples';

export const UTILITIES_EXAMPLES: DetectorExamples = {
  kind: 'utilities',
  must: [
    { page: 'replicas/almb-utilities.html', next: 'link-item' },
    { page: 'replicas/almd-utilities.html', next: 'nextgen-menu' },
    // Reached at another address, the item alone still makes it the Utilities page.
    { page: 'replicas/almb-utilities.html', url: 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1', next: 'link-item' },
    { page: 'handwritten/utilities-item-other-words.html', next: 'link-item' }, // "Link Your CM/ECF Account to Your Upgraded PACER Account"
    { page: 'handwritten/utilities-without-item.html', next: null }, // no item: the guide says why that can be
  ],
  mustNot: [
    { page: 'replicas/almd-nextgen-menu.html' },
    { page: 'replicas/almb-linking-faq.html' }, // prose naming the item
    { page: 'replicas/almb-change-pacer-login.html' },
    { page: 'real/neg-canb_1-claims-activity.html' }, // the word Utilities twice
    { page: 'real/neg-flmb_1250874-neg-docket.html' },
    { page: 'replicas/almb-utilities.html', url: 'https://ecf.ca1.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities' }, // appellate
  ],
};

export const NEXTGEN_MENU_EXAMPLES: DetectorExamples = {
  kind: 'nextgen-menu',
  must: [
    { page: 'replicas/almd-nextgen-menu.html', next: 'link-item' },
    { page: 'replicas/almd-nextgen-menu.html', url: 'https://ecf.almd.uscourts.gov/cgi-bin/NextGenMenu.pl', next: 'link-item' },
  ],
  mustNot: [{ page: 'replicas/almd-utilities.html' }, { page: 'replicas/almb-utilities.html' }],
};
