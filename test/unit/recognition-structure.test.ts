// The menu bar's structure is known to recognition only: the overlay and the content script
// ask it which bar or drop-down holds an element, and whether a drop-down is open.
import { describe, expect, it } from 'vitest';
import { isDropDownOpen } from '../../src/core/recognition/menubar';
import { dropDownMenuOf, menuBarOf } from '../../src/core/recognition/page-shape';
import { parseHtml } from '../../tools/lib/page-file';

const page = (dropDownStyle: string) =>
  parseHtml(
    `<html><body>
      <div id="topmenu" class="yuimenubar"><div class="bd"><ul>
        <li><a id="utilities" href="/cgi-bin/DisplayMenu.pl?Utilities">Utilities</a>
          <div class="yuimenu" style="${dropDownStyle}"><a id="item" href="/cgi-bin/LinkAcct.pl">Link a CM/ECF account to my PACER account</a></div></li>
      </ul></div></div>
      <div id="cmecfMainContent"><a id="content" href="/cgi-bin/LinkAcct.pl">Link</a></div>
    </body></html>`,
    null,
  );

describe('the menu bar, as recognition reads it', () => {
  it('says which bar and which drop-down hold an element', () => {
    const doc = page('');
    const [utilities, item, content] = ['utilities', 'item', 'content'].map((id) => doc.getElementById(id)!);
    expect(menuBarOf(utilities!)).toBe(doc.getElementById('topmenu'));
    expect(menuBarOf(item!)).toBe(doc.getElementById('topmenu'));
    expect(menuBarOf(content!)).toBeNull();
    expect(dropDownMenuOf(item!)).toBe(doc.querySelector('.yuimenu'));
    expect(dropDownMenuOf(utilities!)).toBeNull();
  });

  it('says whether the drop-down holding an item is open', () => {
    expect(isDropDownOpen(page('').getElementById('item')!)).toBe(true);
    expect(isDropDownOpen(page('visibility: hidden').getElementById('item')!)).toBe(false);
    expect(isDropDownOpen(page('display:none').getElementById('item')!)).toBe(false);
    // An item outside any drop-down: whether it shows itself.
    expect(isDropDownOpen(page('display:none').getElementById('content')!)).toBe(true);
  });
});
