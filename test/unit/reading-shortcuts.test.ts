// Shortcuts the guide takes for speed in a new tab, where every call into the page and every
// regular expression is a first use: they give the answers the plain rules give.
import { describe, expect, it } from 'vitest';
import { norm } from '../../src/core/recognition/text';
import { dependsOnMenuBar } from '../../src/core/flow/target';
import type { ShownView } from '../../src/core/flow/words';
import type { Recognition } from '../../src/core/recognition/types';
import { seededRandom } from '../helpers/mutate';
import { HOST_COURTS } from '../../src/core/courts/naming';
import { classify } from '../../src/core/recognition/classify';
import { judgeLinking } from '../../src/core/recognition/court-page';
import { readCourtStructure, settleCourtPage } from '../../src/core/recognition/court-site';
import { questionOf } from '../../src/core/recognition/linking';
import { readPage } from '../../src/core/recognition/page';
import { parseHtml } from '../../tools/lib/page-file';

const pick = <T,>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

/** norm as written before: each space mended apart, CM/ECF spelled one way everywhere. */
function normInSteps(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\bcm ?\/ ?ecf\b|\bcmecf\b/g, 'cm/ecf')
    .trim();
}

describe('norm', () => {
  it('mends spaces in one pass and CM/ECF only where it is written, as the steps did', () => {
    const next = seededRandom(7);
    const pieces = [' ', '\t', '\n', '\u00a0', '\u2002', '\u200a', '\u200b', '\u202f', '\u205f', '\u3000', '\ufeff', 'C', 'm', 'M', '/', 'E', 'c', 'F', 'cmecf', 'CM / ECF', 'x', '.'];
    for (let i = 0; i < 20_000; i++) {
      const text = Array.from({ length: Math.floor(next() * 12) }, () => pick(next, pieces)).join('');
      expect(norm(text), JSON.stringify(text)).toBe(normInSteps(text));
    }
  });
});

describe('a change confined to the menu bar', () => {
  const view = (source: 'next' | 'menu-item'): ShownView => ({ tone: 'step', step: 3, target: { control: 'link-item', source }, candidates: false, protect: 'form', offerReload: false, checkTypedLogin: false, words: { label: '', title: '', why: '', warnings: [], accounts: null, typed: null } }) as unknown as ShownView;
  const page = (kind: Recognition['page']) => ({ page: kind }) as unknown as Recognition;

  it('matters on a menu page, where the guide points at the bar, then at the item once its drop-down opens', () => {
    expect(dependsOnMenuBar(page('ecf-menu'), { view: view('next'), openView: null })).toBe(true);
    expect(dependsOnMenuBar(page('utilities'), { view: view('next'), openView: view('menu-item') })).toBe(true);
    expect(dependsOnMenuBar(page('utilities'), { view: view('menu-item'), openView: null })).toBe(true);
  });

  it('does not matter where the guide points below the bar: the linking form, a list, a message', () => {
    expect(dependsOnMenuBar(page('link-form'), { view: view('next'), openView: null })).toBe(false);
    expect(dependsOnMenuBar(page('utilities'), { view: view('next'), openView: null })).toBe(false);
    expect(dependsOnMenuBar(page('link-error'), { view: null, openView: null })).toBe(false);
  });
});

describe('a linking form', () => {
  // A form asking for the old CM/ECF login, on a page that also lists the linking item (as a
  // court's Utilities page might), reached from the guide's last step.
  const html = `<html><head><title>Link CM/ECF Account</title></head><body>
    <div id="topmenu" class="yuimenubar"><ul><li><a href="/cgi-bin/DisplayMenu.pl?Utilities"><u>U</u>tilities</a></li><li><a href="/cgi-bin/login.pl?logout">Logout</a></li></ul></div>
    <div id="cmecfMainContent"><h3>Link a CM/ECF account to my PACER account</h3>
    <p><a href="/cgi-bin/LinkAcct.pl">Link a CM/ECF account to my PACER account</a></p>
    <form method="post" action="/cgi-bin/LinkAcct.pl"><table>
      <tr><td>CM/ECF login</td><td><input type="text" name="login"></td></tr>
      <tr><td>CM/ECF password</td><td><input type="password" name="key"></td></tr>
    </table><input type="submit" value="Submit"></form></div></body></html>`;
  const url = 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl';

  it('is read as the linking form before its message is judged: what else the page might be is not read', () => {
    const doc = parseHtml(html, url);
    const structure = readPage(doc, { url, cameFrom: 'link-fields' }, { ecf: readCourtStructure }, HOST_COURTS);
    expect(structure.linking?.kind).toBe('form');
    expect(structure.page).toBe('link-form');
    expect(structure.next?.element).toBe(doc.querySelector('input[name=login]'));
    expect(structure.candidates).toEqual([]);
    // Judged, it settles to the same page and control, as classify reads it whole.
    const settled = settleCourtPage(structure, judgeLinking(questionOf(structure.linking!)));
    expect(settled.page).toBe('link-form');
    expect(settled.next?.element).toBe(structure.next?.element);
    expect(classify(parseHtml(html, url), { url }).page).toBe('link-form');
  });
});
