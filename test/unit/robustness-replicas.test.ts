import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { LINKING_PAGE_KINDS } from '../../src/core/recognition/types';
import { parseHtml } from '../../tools/lib/page-file';
import { FIXTURES, loadPage, readLabels } from '../helpers/fixtures';
import { checkPerturbations } from '../helpers/robustness';

it('keeps the classification of every replica page under every perturbation', () => {
  expect(checkPerturbations(readLabels('replicas'))).toBeGreaterThan(400);
}, 120_000);

describe('near-misses are not taken for linking pages', () => {
  const page = (file: string) => loadPage({ path: `${FIXTURES}${file}`, url: 'https://ecf.almb.uscourts.gov/' }).html;

  it('an appellate court\'s "Link my filer account to my PACER account"', () => {
    const html = page('replicas/almb-utilities.html').replace(/Link a CM\/ECF account to my PACER account/, 'Link my filer account to my PACER account');
    for (const url of ['https://ecf.ca9.uscourts.gov/n/AttorneyFiling/utilities.jsf', 'https://ecf.almb.uscourts.gov/cgi-bin/Other.pl']) {
      expect(LINKING_PAGE_KINDS.has(classify(parseHtml(html, url), { url }).page), url).toBe(false);
    }
  });

  it('a docket whose entries mention Utilities and the link item', () => {
    const url = 'https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1';
    const docket = page('real/neg-almb-docket-bankruptcy.html').replace(
      /<\/body>/i,
      '<table><tr><td>12</td><td>Motion to pay <a href="/doc1/02701234567">Utilities</a> (adequate assurance). ' +
        'Notice: Link a CM/ECF account to my PACER account before 3/8/2021. The accounts have been linked.</td></tr></table></body>',
    );
    const got = classify(parseHtml(docket, url), { url });
    expect(got.page).toBe('ecf-menu');
    expect(got.next?.href).toBe('https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
  });

  it('a court\'s public www page describing the steps in prose', () => {
    const url = 'https://www.almb.uscourts.gov/linking-faq';
    expect(classify(parseHtml(page('replicas/www-linking-faq.html'), url), { url }).page).toBe('unrelated');
  });

  it('the old system\'s "Change Your PACER Login" and a help page under the menu bar', () => {
    for (const file of ['almb-change-pacer-login.html', 'almb-linking-faq.html']) {
      const label = readLabels('replicas').find((l) => l.file === file)!;
      expect(LINKING_PAGE_KINDS.has(classify(loadPage(label).doc, { url: label.url }).page), file).toBe(false);
    }
  });
});
