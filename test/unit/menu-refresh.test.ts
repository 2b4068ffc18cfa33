// Reading the page again after a change confined to its menu bar (the court's menu script
// building the drop-downs after load): only what the bar holds is read, and the result is the
// one a whole reading gives; any other change asks for a whole reading.
import { describe, expect, it } from 'vitest';
import { readCourtStructure, refreshCourtMenu } from '../../src/core/recognition/court-site';
import { readPage } from '../../src/core/recognition/page';
import { HOST_COURTS } from '../../src/core/courts/naming';
import { changesOnlyMenus } from '../../src/core/recognition/menubar';
import { classify } from '../../src/core/recognition/classify';
import { loadPage, readLabels } from '../helpers/fixtures';

const replica = (file: string) => {
  const label = readLabels('replicas').find((l) => l.file === file)!;
  return { ...loadPage(label), url: label.url };
};

/** The records a change makes, as a MutationObserver on the whole page sees them. */
async function recordsOf(doc: Document, change: () => void): Promise<MutationRecord[]> {
  const seen: MutationRecord[] = [];
  const observer = new doc.defaultView!.MutationObserver((records) => seen.push(...records));
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'aria-hidden', 'hidden', 'class'] });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  return [...seen, ...observer.takeRecords()];
}

/** What the practice court's menu script does after load: a drop-down under Utilities holding the linking item. */
function buildDropDown(doc: Document): void {
  const menu = doc.createElement('div');
  menu.className = 'yuimenu';
  menu.innerHTML = '<ul><li class="yuimenuitem"><a class="yuimenuitemlabel" href="/cgi-bin/LinkAcct.pl">Link a CM/ECF account to my PACER account</a></li></ul>';
  doc.querySelector('#topmenu a[href*="Utilities"]')!.parentElement!.append(menu);
}

const essentials = (r: ReturnType<typeof classify>) => ({ page: r.page, filer: r.filer, next: r.next?.control, target: r.next?.element, menuLinkItem: r.menuLinkItem, unsure: r.unsure });

describe('a change confined to the menu bar', () => {
  for (const file of ['almb-main-pacer-only.html', 'almb-utilities.html', 'almb-link-form.html', 'almb-link-verify.html', 'almb-link-success.html']) {
    it(`is read as a whole reading would (${file})`, async () => {
      const { doc, url } = replica(file);
      const before = classify(doc, { url });
      const records = await recordsOf(doc, () => buildDropDown(doc));
      expect(changesOnlyMenus(records, doc)).toBe(true);
      const refreshed = refreshCourtMenu(doc, before, url);
      expect(refreshed).not.toBeNull();
      expect(essentials(refreshed!)).toEqual(essentials(classify(doc, { url })));
      expect(refreshed!.menuLinkItem?.textContent).toBe('Link a CM/ECF account to my PACER account');
    });
  }

  // The guide's bundle keeps the page as read, before a possible linking page's message is
  // judged: the linking form reads as a menu page pointing into its form, not at Utilities.
  for (const file of ['almb-link-form.html', 'almb-link-verify.html', 'almb-main-pacer-only.html']) {
    it(`needs no whole reading of the page as the guide first reads it (${file})`, async () => {
      const { doc, url } = replica(file);
      const read = () => readPage(doc, { url }, { ecf: readCourtStructure }, HOST_COURTS);
      const before = read();
      await recordsOf(doc, () => buildDropDown(doc));
      const refreshed = refreshCourtMenu(doc, before, url);
      expect(refreshed, 'read whole again').not.toBeNull();
      const whole = read();
      expect(essentials(refreshed!)).toEqual(essentials(whole));
      expect(Boolean(refreshed!.linking)).toBe(Boolean(whole.linking));
    });
  }

  it('is not one when the main content, a form or a heading changes, or the page has no main content apart', async () => {
    const { doc } = replica('almb-main-pacer-only.html');
    expect(changesOnlyMenus(await recordsOf(doc, () => doc.getElementById('cmecfMainContent')!.append(doc.createElement('p'))), doc)).toBe(false);
    const withForm = await recordsOf(doc, () => {
      const menu = doc.createElement('div');
      menu.className = 'yuimenu';
      menu.innerHTML = '<form><input name="q"></form>';
      doc.getElementById('topmenu')!.append(menu);
    });
    expect(changesOnlyMenus(withForm, doc), 'a form the readers would see').toBe(false);
    expect(changesOnlyMenus(await recordsOf(doc, () => doc.body.append(doc.createElement('div'))), doc)).toBe(false);
    const bare = replica('almb-main-pacer-only.html').doc;
    bare.getElementById('cmecfMainContent')!.removeAttribute('id');
    expect(changesOnlyMenus(await recordsOf(bare, () => buildDropDown(bare)), bare), 'the body is the main content: the bar\'s words are its words').toBe(false);
  });

  it('asks for a whole reading when the filing menus appear', async () => {
    const { doc, url } = replica('almb-main-pacer-only.html');
    const before = classify(doc, { url });
    doc.querySelector('#topmenu ul')!.insertAdjacentHTML('beforeend', '<li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?BankruptcyEvents">Bankruptcy</a></li>');
    expect(refreshCourtMenu(doc, before, url)).toBeNull();
  });
});
