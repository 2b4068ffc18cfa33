// What a court page's guide accepts from the background (shared/to-page.ts): only the known
// messages act, and an answer is used only when every field of it is well formed.
import { describe, expect, it } from 'vitest';
import { parseArriveReply, parsePageReply, parseTabMessage } from '../../src/shared/to-page';

describe('a message to a tab', () => {
  it('is "show the guide", "ask again", or nothing', () => {
    expect(parseTabMessage({ type: 'show-guide', extra: 1 })).toEqual({ type: 'show-guide' });
    expect(parseTabMessage({ type: 'refresh', court: 'almb' })).toEqual({ type: 'refresh' });
    for (const raw of [null, undefined, 'show-guide', ['show-guide'], { type: 'page' }, {}]) expect(parseTabMessage(raw)).toBeNull();
  });
});

const words = { label: 'Step 3 of 6', title: 'Click Utilities', why: 'The item is there.', warnings: ['One'], accounts: null, typed: null };
const view = { tone: 'step', step: 3, target: { control: 'utilities', source: 'next' }, candidates: false, protect: 'form', offerReload: false, checkTypedLogin: false, words };
const labels = { guide: 'Linking guide', close: 'Close', reload: 'Reload', code: 'Code', hideCourt: 'Hide here', hideEverywhere: 'Hide everywhere', updatedTitle: 'Updated', updatedWhy: 'Reload' };
const reply = { view, openView: null, labels, style: '.callout{color:red}', outcome: null, support: ['Call us'] };

describe('the answer to a page report', () => {
  it('is rebuilt from its known fields, whatever else it carries', () => {
    expect(parsePageReply({ ...reply, extra: 1, view: { ...view, html: '<b>' } })).toEqual(reply);
    expect(parsePageReply({ ...reply, view: null, style: null })).toEqual({ ...reply, view: null, style: null });
    const open = { ...view, target: { control: 'link-item', source: 'menu-item' }, words: { ...words, title: 'Click the item' } };
    expect(parsePageReply({ ...reply, openView: open })?.openView).toEqual(open);
    const outcome = { page: 'link-success', reason: null, next: 'refresh', linked: 2 };
    expect(parsePageReply({ ...reply, outcome: { ...outcome, words: 'x' } })?.outcome).toEqual(outcome);
    const verify = { ...view, words: { ...words, accounts: { cmecf: 'CM/ECF account: $1', pacer: 'PACER account: $1' }, typed: 'Contains $1' } };
    expect(parsePageReply({ ...reply, view: verify })?.view?.words).toEqual(verify.words);
  });

  it('is refused whole when any part is malformed: the guide then keeps what it showed', () => {
    const bad = [
      undefined, null, 0, 'text', [], {},
      { ...reply, support: 'line' },
      { ...reply, support: ['Call us', 3] },
      { ...reply, labels: { ...labels, close: 7 } },
      { ...reply, view: { ...view, tone: 'shout' } },
      { ...reply, view: { ...view, step: 0 } },
      { ...reply, view: { ...view, target: { control: 'click-for-me', source: 'next' } } },
      { ...reply, view: { ...view, target: { control: 'utilities', source: 'selector' } } },
      { ...reply, view: { ...view, words: { ...words, warnings: [1] } } },
      { ...reply, view: { ...view, words: { ...words, accounts: { cmecf: 'x' } } } },
      { ...reply, view: { ...view, words: { ...words, title: 'x'.repeat(5_000) } } },
      { ...reply, openView: 'open' },
      { ...reply, style: 7 },
      { ...reply, outcome: { page: 'court-home', reason: null, next: null, linked: null } },
      { ...reply, outcome: { page: 'link-error', reason: 'oops', next: null, linked: null } },
      { ...reply, outcome: { page: 'link-success', reason: null, next: 'click', linked: 0 } },
      { ...reply, outcome: { page: 'link-success', reason: null, next: 'refresh', linked: -1 } },
      { ...reply, style: 'x'.repeat(40_000) },
    ];
    for (const raw of bad) expect(parsePageReply(raw), JSON.stringify(raw)?.slice(0, 120)).toBeNull();
  });
});

describe('the answer to a page\'s arrival', () => {
  it('is a control the flow can answer, or null', () => {
    expect(parseArriveReply({ cameFrom: 'link-fields', extra: 1 })).toEqual({ cameFrom: 'link-fields' });
    for (const raw of [undefined, null, 'link-item', { cameFrom: 'entry' }, { cameFrom: 7 }, {}]) expect(parseArriveReply(raw)).toEqual({ cameFrom: null });
  });
});
