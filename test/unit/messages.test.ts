// What a court page's guide accepts from the background (shared/to-page.ts): only the known
// messages act, and an answer is used only when every field of it is well formed.
import { describe, expect, it } from 'vitest';
import { parseArriveReply, parsePageReply, parseTabMessage } from '../../src/shared/to-page';
import { conform } from '../../src/shared/shape';
import { settleReport } from '../../src/background/linking';
import { TABLE_COURTS } from '../../src/core/courts/courts';
import { readLoginCourt } from '../../src/core/courts/sites';
import { guideAnswer } from '../../src/core/flow/answer';
import { catalogTranslator } from '../../src/core/flow/catalog';
import { useTranslator } from '../../src/core/flow/texts';
import { calloutLabels } from '../../src/core/flow/words';
import { readCourtStructure } from '../../src/core/recognition/court-site';
import { questionOf } from '../../src/core/recognition/linking';
import { readLoginPage } from '../../src/core/recognition/login-site';
import { readPage } from '../../src/core/recognition/page';
import { EMPTY_STATE } from '../../src/core/state/state';
import { parseMessage, type PageMessage } from '../../src/shared/messages';
import { answerAsAsked, fromWire, WIRE_MAX_CHARS } from '../../src/shared/wire';
import { parseHtml } from '../../tools/lib/page-file';
import { loadPage, readLabels } from '../helpers/fixtures';

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

describe('every answer the background gives', () => {
  it('reaches the page whole, in both languages, on every page the tests know', () => {
    let answers = 0;
    for (const language of ['en', 'es'] as const) {
      useTranslator(catalogTranslator(language));
      for (const folder of ['real', 'replicas', 'handwritten'] as const) {
        for (const label of readLabels(folder)) {
          const { html } = loadPage(label);
          const read = readPage(parseHtml(html, label.url), { url: label.url }, { ecf: readCourtStructure, login: readLoginPage, loginCourt: readLoginCourt }, TABLE_COURTS);
          const linking = read.linking ? { ...JSON.parse(JSON.stringify(questionOf(read.linking))), points: { form: null, verify: null } } : null;
          const message: PageMessage = {
            type: 'page', court: read.court?.id ?? null, next: read.next?.control ?? null,
            event: { page: read.page, filer: read.filer, reason: read.reason, training: read.training, courtConfirmed: read.courtConfirmed, at: 0 },
            points: null, unsure: read.unsure,
            guide: { courtType: read.courtType, candidates: read.candidates.length, skipOffered: read.skipOffered, accounts: read.accounts !== null, reloaded: false, cameFrom: null, asked: true },
            display: { reducedMotion: false, forcedColors: false }, styled: false, seen: false, linking,
          };
          // As the guide sends it (JSON text) and the background reads it back.
          expect(fromWire(JSON.stringify(message)), label.file).toEqual(message);
          const { report, outcome } = settleReport(message);
          const { court, event, next, unsure, guide } = report;
          const facts = { page: event.page, court, courtType: guide.courtType, training: event.training, filer: event.filer, reason: event.reason, next, menuItem: false, unsure, candidates: guide.candidates, skipOffered: guide.skipOffered, accounts: guide.accounts };
          const answer = { ...guideAnswer(facts, guide, EMPTY_STATE), labels: calloutLabels(), style: '.callout{}', outcome, support: ['Call 555-0100'] };
          const sent = fromWire(answerAsAsked(JSON.stringify(message), answer));
          expect(parsePageReply(sent), label.file).toEqual(JSON.parse(JSON.stringify(answer)));
          answers += 1;
        }
      }
    }
    expect(answers).toBeGreaterThan(100);
  });
});

describe('the wire (shared/wire.ts)', () => {
  it('carries a message as JSON text and answers each side as it asked', () => {
    const message = { type: 'arrive', court: 'almb', arrival: { here: 'a1b2c3d4', cameBy: null } };
    expect(fromWire(JSON.stringify(message))).toEqual(message);
    expect(fromWire(message), 'an object (a test, a tool) is taken as it is').toBe(message);
    expect(answerAsAsked(JSON.stringify(message), { cameFrom: null })).toBe('{"cameFrom":null}');
    expect(answerAsAsked(message, { cameFrom: null })).toEqual({ cameFrom: null });
    expect(answerAsAsked('{}', undefined), 'no answer stays none').toBeUndefined();
  });

  it('refuses text that is not JSON, or longer than any message the extension sends, with no error', () => {
    for (const bad of ['{"type":', 'undefined', '', `"${'x'.repeat(WIRE_MAX_CHARS)}"`]) expect(fromWire(bad)).toBeUndefined();
    expect(parseMessage(fromWire('{"type":"page"'))).toBeNull();
    expect(fromWire('"text"')).toBe('text');
  });
});

describe('the answer to a page\'s arrival', () => {
  it('is a control the flow can answer, or null', () => {
    expect(parseArriveReply({ cameFrom: 'link-fields', extra: 1 })).toEqual({ cameFrom: 'link-fields' });
    for (const raw of [undefined, null, 'link-item', { cameFrom: 'entry' }, { cameFrom: 7 }, {}]) expect(parseArriveReply(raw)).toEqual({ cameFrom: null });
  });
});

describe('a shape (shared/shape.ts)', () => {
  it('rebuilds a value from its fields alone, and refuses one that is not it', () => {
    const shape = { name: 'text', n: 'count', step: { maybe: 'step' }, kind: ['a', null], items: { list: 'flag', max: 2 } } as const;
    const good = { name: 'x', n: 0, step: null, kind: null, items: [true, false] };
    expect(conform(shape, { ...good, extra: '<b>' })).toEqual(good);
    expect(conform(shape, { ...good, step: 3, kind: 'a' })).toEqual({ ...good, step: 3, kind: 'a' });
    for (const bad of [{ name: 'x'.repeat(2_001) }, { n: -1 }, { n: 1.5 }, { step: 0 }, { kind: 'b' }, { items: [true, false, true] }, { items: ['yes'] }, { name: undefined }]) {
      expect(conform(shape, { ...good, ...bad }), JSON.stringify(bad)).toBeUndefined();
    }
    for (const bad of [null, 'x', [], 7]) expect(conform(shape, bad)).toBeUndefined();
    expect(conform('long', 'x'.repeat(30_000))).toBe('x'.repeat(30_000));
    expect(conform('long', 'x'.repeat(30_001))).toBeUndefined();
  });
});
