// Flow continuity: the page that answers a step the guide pointed at is judged as that step's
// answer, and a page the engine cannot place inside the flow gets an honest "unsure" view that
// never shows a lower step than the user has reached.
import { describe, expect, it } from 'vitest';
import { guideFactsOf, guideFor } from '../../src/core/flow/guide';
import { answeredControl, arrivalAt, cameFrom, pathKey, pointerOf, TRAIL_MAX_AGE_MS } from '../../src/core/flow/trail';
import { EMPTY_PROGRESS, type CourtProgress } from '../../src/core/progress/progress';
import { classify } from '../../src/core/recognition/classify';
import type { FlowEvidence } from '../../src/core/recognition/types';
import { parseHtml } from '../../tools/lib/page-file';
import { loadPage, readLabels } from '../helpers/fixtures';

const MENU = '<div id="topmenu" class="yuimenubar"><div class="bd"><ul><li><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Utilities"><u>U</u>tilities</a></li><li><a href="/cgi-bin/login.pl?logout">Logout</a></li></ul></div></div>';
const page = (content: string) => `<html><head><title>CM/ECF - nvb</title></head><body>${MENU}<div id="cmecfMainContent">${content}</div></body></html>`;
const URL_ = 'https://ecf.nvb.uscourts.gov/cgi-bin/LinkAcct.pl';
const look = (content: string, evidence: FlowEvidence | null, url = URL_) => classify(parseHtml(page(content), url), { url, cameFrom: evidence });
/** An address that says nothing about linking, so only the page and the evidence speak. */
const NEUTRAL = 'https://ecf.nvb.uscourts.gov/cgi-bin/Step2.pl';
const at = (step: CourtProgress['current']): CourtProgress => ({ ...EMPTY_PROGRESS, status: 'in-progress', current: step, done: { 'open-filing': 1 } });

describe('the trail', () => {
  it('keeps path hashes only, and knows the page a pointer leads to', () => {
    const key = pathKey('https://ecf.nvb.uscourts.gov/cgi-bin/LinkAcct.pl?case=1:24-bk-01234');
    expect(key).toMatch(/^[0-9a-f]{8}$/);
    expect(key).toBe(pathKey('https://ecf.nvb.uscourts.gov/CGI-BIN/linkacct.pl'));
    const doc = parseHtml(page('<a href="/cgi-bin/LinkAcct.pl">Link</a><form action="LinkAcct.pl"><input type="text"></form>'), 'https://ecf.nvb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
    const link = doc.querySelector('a[href*=Link]')!;
    expect(pointerOf({ control: 'link-item', element: link, text: '', href: 'https://ecf.nvb.uscourts.gov/cgi-bin/LinkAcct.pl' }, doc.URL)).toEqual({ control: 'link-item', to: [key] });
    expect(pointerOf({ control: 'link-fields', element: doc.querySelector('input')!, text: '', href: null }, doc.URL)?.to).toEqual([key]);
    expect(pointerOf({ control: 'entry', element: link, text: '', href: null }, doc.URL), 'only flow controls are remembered').toBeNull();
  });

  it('is evidence only for the page it led to, from the page it was on, while fresh', () => {
    const now = Date.now();
    const entry = { control: 'link-fields' as const, from: pathKey(URL_)!, to: [pathKey(URL_)!], at: now - 1000 };
    expect(cameFrom(entry, URL_, URL_, now)).toBe('link-fields');
    expect(cameFrom(entry, URL_, '', now), 'no referrer: the address decides').toBe('link-fields');
    expect(cameFrom(entry, URL_, 'https://ecf.nvb.uscourts.gov/cgi-bin/DktRpt.pl', now), 'came from elsewhere in the court').toBeNull();
    expect(cameFrom(entry, 'https://ecf.nvb.uscourts.gov/cgi-bin/Other.pl', URL_, now)).toBeNull();
    expect(cameFrom({ ...entry, at: now - TRAIL_MAX_AGE_MS - 1 }, URL_, URL_, now), 'stale').toBeNull();
    expect(cameFrom(undefined, URL_, URL_, now)).toBeNull();
  });

  it('travels as path hashes: the page says how it was reached, the background (which keeps the trail) judges it', () => {
    const now = Date.now();
    const entry = { control: 'link-item' as const, from: pathKey('https://ecf.nvb.uscourts.gov/cgi-bin/DisplayMenu.pl')!, to: [pathKey(URL_)!], at: now - 1000 };
    const arrival = arrivalAt(`${URL_}?x=Johnathan`, 'https://ecf.nvb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities');
    expect(arrival).toEqual({ here: pathKey(URL_), cameBy: entry.from });
    expect(JSON.stringify(arrival)).not.toMatch(/Johnathan|Utilities|cgi-bin/);
    expect(answeredControl(entry, arrival, now)).toBe('link-item');
    expect(arrivalAt(URL_, 'https://www.google.com/search?q=link'), 'another site: no page to check').toEqual({ here: pathKey(URL_), cameBy: null });
    expect(answeredControl(entry, arrivalAt(URL_, 'https://www.google.com/'), now)).toBe('link-item');
    expect(answeredControl(entry, null, now)).toBeNull();
    expect(arrivalAt('not an address', '')).toBeNull();
  });
});

describe('structure and evidence before words', () => {
  it('a password form reached from the linking item is the linking form, whatever its labels', () => {
    const form = '<h3>Step 2</h3><form method=post><p>User <input type=text name=u></p><p>Key <input type=password name=k></p><input type=submit value=Go></form>';
    expect(look(form, null, NEUTRAL).page).not.toBe('link-form');
    expect(look(form, null, NEUTRAL).unsure).toBe('half-form');
    expect(look(form, 'link-item', NEUTRAL)).toMatchObject({ page: 'link-form', next: { control: 'link-fields' } });
    expect(look(form, null), 'on the linking script itself').toMatchObject({ page: 'link-form' });
  });

  it('an explicit PACER credential form is never the linking form', () => {
    const form = '<h3>Change Your PACER Login</h3><form method=post><p>PACER login <input type=text></p><p>PACER password <input type=password></p><input type=submit value=Submit></form>';
    expect(look(form, 'link-item').page).not.toBe('link-form');
  });

  it('the answer to the linking form: a confirming form is the verification, a message the success or error', () => {
    expect(look('<p>Please confirm.</p><form method=post><input type=submit value=OK></form>', 'link-fields')).toMatchObject({ page: 'link-verify', next: { control: 'confirm' } });
    expect(look('<p>All set: pat.filer and pfiler24 are now tied together.</p>', 'confirm').page).toBe('link-success');
    expect(look('<p>We are sorry: the request did not go through.</p>', 'link-fields')).toMatchObject({ page: 'link-error', reason: 'unknown' });
  });

  it("a menu's own page is a linking page only as the answer to a linking step", () => {
    const utilities = 'https://ecf.nvb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities&id=-1';
    const listing = '<h3>Your Account</h3><a href="/cgi-bin/LinkAcct.pl">Link a CM/ECF account to my PACER account</a>';
    const said = '<p>Your CM/ECF account has been linked to your PACER account.</p>';
    expect(look(listing, null, utilities)).toMatchObject({ page: 'utilities', next: { control: 'link-item' } });
    expect(look(said + listing, null, utilities).page, 'a menu page lists items; it reports nothing unasked').toBe('utilities');
    expect(look(said + listing, 'confirm', utilities).page, 'a court that answers the form with its Utilities page').toBe('link-success');
    expect(look(said + listing, null, NEUTRAL).page, 'the same words elsewhere are read as ever').toBe('link-success');
  });

  it('a page answering a step that it cannot place is unsure, never the menu page pointing at Utilities', () => {
    const recognition = look('<p>Thank you.</p>', 'confirm');
    expect(recognition.unsure).toBe('after-step');
    const view = guideFor(guideFactsOf(recognition), { progress: at('verify'), reloaded: false, cameFrom: 'confirm' });
    expect(view).toMatchObject({ tone: 'unsure', step: 6, title: 'unsure_title', why: 'unsure_after_step_why' });
    expect(view?.whyArgs).toEqual(['5', '6', { text: 'look_for_6' }]);
  });
});

describe('never silent, never backwards', () => {
  const utilitiesLabels = readLabels('handwritten').find((l) => l.file === 'utilities-without-item.html')!;

  it('explains a Utilities page without the item, and outlines links that speak of linking', () => {
    const recognition = classify(loadPage(utilitiesLabels).doc, { url: utilitiesLabels.url });
    const view = guideFor(guideFactsOf(recognition), { progress: at('open-utilities'), reloaded: false });
    expect(view).toMatchObject({ tone: 'unsure', step: 3, title: 'no_item_title', why: 'no_item_why' });
    expect(view?.warnings).toContain('no_item_todo');
    const withCandidate = page('<h3>Utilities</h3><a href="/cgi-bin/Guide.pl">About linking your account</a><a href="/cgi-bin/Other.pl">Other</a>');
    const url = 'https://ecf.nvb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities';
    const candidates = classify(parseHtml(withCandidate, url), { url }).candidates;
    expect(candidates.map((c) => c.textContent)).toEqual(['About linking your account']);
  });

  it('on an earlier page, shows the step reached and says why the control leads back there', () => {
    const label = readLabels('replicas').find((l) => l.file === 'almb-main-pacer-only.html')!;
    const recognition = classify(loadPage(label).doc, { url: label.url });
    const view = guideFor(guideFactsOf(recognition), { progress: at('enter-credentials'), reloaded: false });
    expect(view).toMatchObject({ step: 4, title: 'utilities_do', why: 'resume_why', whyArgs: ['4'] });
  });

  it('once linked, a menu page without the filing menus asks for F5, not for Utilities again', () => {
    const label = readLabels('replicas').find((l) => l.file === 'almb-main-pacer-only.html')!;
    const recognition = classify(loadPage(label).doc, { url: label.url });
    expect(guideFor(guideFactsOf(recognition), { progress: { ...at('refresh'), status: 'linked' }, reloaded: false })).toMatchObject({ title: 'linked_reload_do', offerReload: true, step: 6 });
  });

  it('says it is still the login on a page of the central login it does not know', () => {
    const url = 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=NVBK&appurl=https://ecf.nvb.uscourts.gov/cgi-bin/login.pl';
    const recognition = classify(parseHtml('<html><body><p>One moment please.</p></body></html>', url), { url });
    expect(recognition).toMatchObject({ page: 'court-page', unsure: 'login-unknown', courtConfirmed: true });
    expect(guideFor(guideFactsOf(recognition), { progress: at('log-in'), reloaded: false })).toMatchObject({ tone: 'unsure', step: 2, title: 'login_unknown_title' });
  });
});
