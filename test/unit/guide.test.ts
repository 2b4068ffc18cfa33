// The guide model: what the coach mark says for each recognised page and progress.
import { describe, expect, it } from 'vitest';
import { guideFactsOf, guideFor } from '../../src/core/flow/guide';
import { targetOf } from '../../src/core/flow/target';
import { unlinkableCharacters } from '../../src/core/flow/unlinkable';
import { TEXTS } from '../../src/core/flow/catalog';
import { EMPTY_PROGRESS } from '../../src/core/progress/progress';
import { classify } from '../../src/core/recognition/classify';
import { FIXTURES, loadPage, readLabels } from '../helpers/fixtures';
import { parseHtml } from '../../tools/lib/page-file';

const replicas = new Map(readLabels('replicas').map((l) => [l.file, l]));
const recognitionOf = (file: string, url?: string) => {
  const label = replicas.get(file) ?? { path: `${FIXTURES}${file}`, url: url! };
  return classify(loadPage(label).doc, { url: url ?? label.url });
};
const guideOn = (file: string, context: Partial<Parameters<typeof guideFor>[1]> = {}, url?: string) =>
  guideFor(guideFactsOf(recognitionOf(file, url)), { progress: null, reloaded: false, ...context });

describe('guideFor', () => {
  it('gives every step of the flow its instruction, step number and target', () => {
    const expected: Array<[string, keyof typeof TEXTS, number]> = [
      ['almb-landing.html', 'entry_do', 1],
      ['almb-pacer-login.html', 'username_do', 2],
      ['almb-pacer-login-redaction.html', 'redaction_do', 2],
      ['almb-main-pacer-only.html', 'utilities_do', 3],
      ['almb-utilities.html', 'link_item_do', 3],
      ['almd-utilities.html', 'nextgen_do', 3],
      ['almd-nextgen-menu.html', 'link_item_do', 3],
      ['almb-link-form.html', 'fields_do', 4],
      ['almb-link-verify.html', 'confirm_do', 5],
      ['almb-link-success.html', 'refresh_do', 6],
    ];
    for (const [file, title, step] of expected) {
      const view = guideOn(file);
      expect(view?.title, file).toBe(title);
      expect(view?.step, file).toBe(step);
      // The view names its target; the page finds it among its own elements.
      expect(view && targetOf(view, recognitionOf(file)).element, file).toBeTruthy();
    }
  });

  it('warns at the right moment', () => {
    expect(guideOn('almb-pacer-login.html')?.warnings).toEqual(['warn_individual', 'warn_cookies', 'warn_client_code', 'warn_mfa_next']);
    expect(guideOn('almb-link-form.html')?.warnings).toContain('warn_bad_characters');
    expect(guideOn('almb-link-form.html')?.checkTypedLogin).toBe(true);
    const verify = guideOn('almb-link-verify.html');
    expect(verify?.warnings).toEqual(['warn_check_accounts']);
    // The view asks for the accounts to be repeated; their names stay on the page.
    expect(verify?.accounts).toBe(true);
    expect(recognitionOf('almb-link-verify.html').accounts).toEqual({ cmecf: 'pat.filer', pacer: 'pfiler2024 (Pat Filer)' });
    expect(guideOn('almb-link-success.html')?.offerReload).toBe(true);
  });

  it('explains each error reason', () => {
    expect(guideOn('almb-link-error-already-linked.html')).toMatchObject({ tone: 'error', why: 'reason_already_linked', target: null });
    expect(guideOn('almb-link-error-not-upgraded.html')?.why).toBe('reason_not_upgraded');
    expect(guideOn('almb-link-error-bad-credentials.html')?.why).toBe('reason_bad_credentials');
    expect(guideOn('almb-link-error-bad-character.html')?.why).toBe('reason_bad_character');
    expect(guideOn('almb-pacer-login-failed.html')).toMatchObject({ title: 'login_error_title', why: 'reason_bad_credentials_login' });
    expect(guideOn('almb-link-form-invalid.html')).toMatchObject({ tone: 'error', title: 'error_title', checkTypedLogin: true });
  });

  it('confirms the filing menus after F5, or says what to try when they are missing', () => {
    expect(guideOn('almb-link-success-refreshed.html')).toMatchObject({ tone: 'success', title: 'verified_title' });
    expect(guideOn('almb-main-filer.html', { progress: { ...EMPTY_PROGRESS, status: 'linked' } })?.title).toBe('verified_title');
    expect(guideOn('almb-main-filer.html', { progress: { ...EMPTY_PROGRESS, status: 'verified' } })).toBeNull();
    expect(guideOn('almb-link-success.html', { reloaded: true })).toMatchObject({ tone: 'error', title: 'menus_missing_title' });
    expect(guideOn('almb-main-pacer-only.html', { reloaded: true, progress: { ...EMPTY_PROGRESS, status: 'linked' } })?.title).toBe('menus_missing_title');
  });

  it('answers when asked for, even where it has nothing to point at', () => {
    // A verified court: silent on its own, it says the court is done when the user asks.
    expect(guideOn('almb-main-filer.html', { progress: { ...EMPTY_PROGRESS, status: 'verified' }, asked: true })).toMatchObject({ tone: 'success', title: 'verified_title', step: null, target: null });
    // A page with no step of the flow: it says so, and where the flow starts.
    const rules = classify(parseHtml('<html><body><h1>Local rules</h1><p><a href="/rules.pdf">Rules</a></p></body></html>', null), { url: 'https://ecf.almb.uscourts.gov/rules.htm' });
    expect(guideFor(guideFactsOf(rules), { progress: null, reloaded: false })).toBeNull();
    const page = guideFor(guideFactsOf(rules), { progress: null, reloaded: false, asked: true });
    expect(page).toMatchObject({ tone: 'info', title: 'nothing_here_title', step: null, target: null });
    // Asking changes nothing where the guide has something to say.
    expect(guideOn('almb-utilities.html', { asked: true })?.title).toBe('link_item_do');
  });

  it('says plainly where the guide does not apply', () => {
    expect(guideOn('almb-legacy-login.html')).toMatchObject({ tone: 'info', title: 'legacy_title', step: null, target: null });
    expect(guideOn('almb-train-landing.html')).toMatchObject({ title: 'training_title', whyArgs: ['https://ecf.almb.uscourts.gov/'] });
    expect(guideOn('real/ca1-appellate-ecf-landing.html', {}, 'https://ecf.ca1.uscourts.gov/')?.title).toBe('appellate_title');
    expect(guideOn('real/neg-almd-public-website-www.html', {}, 'https://www.almd.uscourts.gov/electronic-filing')).toBeNull();
    expect(guideOn('real/wiwb_1-dockets-c-menu-filer.html', {}, 'https://ecf.wiwb.uscourts.gov/cgi-bin/DktRpt.pl?1')).toBeNull();
  });

  it('points inside the Utilities drop-down only while it is open', () => {
    const page = readLabels('real').find((l) => l.file === 'neg-almb-docket-bankruptcy.html')!;
    const { doc } = loadPage(page);
    const item = doc.createElement('div');
    item.className = 'yuimenu';
    item.innerHTML = '<a class="yuimenuitemlabel" href="/cgi-bin/LinkAcct.pl">Link a CM/ECF account to my PACER account</a>';
    doc.querySelector('#topmenu a[href*="Utilities"]')!.parentElement!.append(item);
    const recognition = classify(doc, { url: page.url });
    const open = guideFor(guideFactsOf(recognition), { progress: null, reloaded: false, menuOpen: true })!;
    expect(open.target).toEqual({ control: 'link-item', source: 'menu-item' });
    expect(targetOf(open, recognition).element?.textContent).toBe('Link a CM/ECF account to my PACER account');
    expect(guideFor(guideFactsOf(recognition), { progress: null, reloaded: false, menuOpen: false })?.target).toEqual({ control: 'utilities', source: 'next' });
  });
});

describe('unlinkableCharacters', () => {
  it('finds each character a CM/ECF login cannot contain, once', () => {
    expect(unlinkableCharacters('pat.filer')).toEqual([]);
    expect(unlinkableCharacters('pat&fi&ler@x')).toEqual(['&', '@']);
    expect(unlinkableCharacters('$*')).toEqual(['$', '*']);
  });
});
