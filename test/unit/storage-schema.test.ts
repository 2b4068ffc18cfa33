import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages';
import { readStoredState } from '../../src/shared/storage-schema';
import { readStoredTrail } from '../../src/shared/stored-trail';
import { EMPTY_STATE, STORAGE_VERSION } from '../../src/core/state/state';
import { CATALOGS, formatMessage } from '../../src/core/flow/catalog';
import { SLOTS, templateTranslator } from '../../src/core/flow/texts';

const good = { status: 'in-progress', done: { 'open-filing': 1, 'log-in': 2 }, current: 'open-utilities', lastError: null, lastErrorAt: null, updatedAt: 2 };

describe('stored state', () => {
  it('reads nothing as the empty state, silently', () => {
    expect(readStoredState(undefined)).toEqual({ state: EMPTY_STATE, repaired: false });
  });

  it('keeps valid courts and drops only the corrupt ones, with a notice', () => {
    const { state, repaired } = readStoredState({
      version: STORAGE_VERSION,
      courts: { almb: good, almd: { status: 'bogus' }, nosuch: good, cacb: { ...good, done: { 'open-filing': 'yesterday' } } },
      settings: { guideHidden: true, hiddenCourts: ['almb', 42] },
    });
    expect(repaired).toBe(true);
    expect(Object.keys(state.courts)).toEqual(['almb']);
    expect(state.courts.almb).toMatchObject(good);
    expect(state.settings).toEqual({ guideHidden: true, hiddenCourts: ['almb'], helpDesk: null, locked: [] });
    expect(state.repairNotice).toContain('court almd');
  });

  it('recovers from garbage and from other versions', () => {
    for (const garbage of ['"x"', 42, [1, 2], 'null-ish']) expect(readStoredState(garbage).state.courts).toEqual({});
    const future = readStoredState({ version: 99, courts: { almb: good } });
    expect(future.repaired).toBe(true);
    expect(future.state.courts.almb).toBeDefined();
  });
});

describe('messages', () => {
  it('accepts well-formed messages and refuses the rest', () => {
    const page = { type: 'page', court: 'almb', next: 'entry', display: { reducedMotion: false, forcedColors: false }, event: { page: 'court-home', filer: null, reason: null, training: false, courtConfirmed: true, at: Date.now() }, guide: { courtType: 'bankruptcy', candidates: 0, skipOffered: null, accounts: false, reloaded: false, cameFrom: null, asked: false }, styled: false, seen: false, linking: null, points: null, unsure: null };
    expect(parseMessage(page)).toEqual(page);
    expect(parseMessage({ ...page, guide: { ...page.guide, cameFrom: 'link-item', candidates: 3, skipOffered: true } })).toEqual({ ...page, guide: { ...page.guide, cameFrom: 'link-item', candidates: 3, skipOffered: true } });
    for (const bad of [{ cameFrom: 'entry' }, { candidates: -1 }, { candidates: 1.5 }, { courtType: 'supreme' }, { asked: 'yes' }, { reloaded: null }]) {
      expect(parseMessage({ ...page, guide: { ...page.guide, ...bad } }), JSON.stringify(bad)).toBeNull();
    }
    expect(parseMessage({ ...page, guide: undefined }), 'a report without the guide\'s facts').toBeNull();
    const pointer = { control: 'link-item', from: '0a1b2c3d', to: ['deadbeef'] };
    // A possible linking page: the few sentences worth judging, the frame, where the guide would point.
    const said = [{ words: 'your accounts are now linked.', styled: false, asError: false }, { words: 'error: invalid login.', styled: true, asError: true }];
    const context = { answersForm: true, offersStep: false, onLinkingScript: true, aboutLinking: true };
    const linking = { kind: 'message', verify: false, message: { said, context }, points: { form: null, verify: pointer } };
    expect(parseMessage({ ...page, linking })).toEqual({ ...page, linking });
    const withExtra = { ...linking, message: { said: [{ ...said[0], html: '<b>x</b>' }], context: { ...context, url: 'x' } } };
    expect((parseMessage({ ...page, linking: withExtra }) as { linking: unknown }).linking).toEqual({ ...linking, message: { said: [said[0]], context } });
    for (const bad of [{ kind: 'other' }, { verify: 'no' }, { message: { said: 'words', context } }, { message: { said, context: { ...context, aboutLinking: 1 } } }, { message: { said: [{ words: 7, styled: false, asError: false }], context } },
      { message: { said: Array.from({ length: 401 }, () => said[0]), context } }, { message: { said: [{ ...said[0], words: 'x'.repeat(12_001) }], context } }, { points: { form: { ...pointer, to: ['/cgi-bin/LinkAcct.pl'] }, verify: null } }]) {
      expect(parseMessage({ ...page, linking: { ...linking, ...bad } }), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
    expect(parseMessage({ ...page, points: pointer })).toEqual({ ...page, points: pointer });
    expect(parseMessage({ ...page, points: { ...pointer, to: ['/cgi-bin/LinkAcct.pl'] } }), 'a pointer holds path hashes only').toBeNull();
    expect(parseMessage({ ...page, points: { ...pointer, control: 'entry' } })).toBeNull();
    expect(parseMessage({ ...page, unsure: 'after-step' })).toEqual({ ...page, unsure: 'after-step' });
    expect(parseMessage({ ...page, unsure: 'whatever' })).toBeNull();
    expect(parseMessage({ ...page, next: 'click-for-me' })).toBeNull();
    expect(parseMessage({ ...page, display: { reducedMotion: 'yes', forcedColors: false } })).toBeNull();
    expect(parseMessage({ ...page, event: { ...page.event, page: 'evil' } })).toBeNull();
    expect(parseMessage({ type: 'reset-court' })).toBeNull();
    expect(parseMessage({ type: 'hide-court', court: 'almb', hiddenCourts: ['x'] })).toEqual({ type: 'hide-court', court: 'almb' });
    expect(parseMessage({ type: 'hide-court', court: 'ALMB;' })).toBeNull();
    const arrive = { type: 'arrive', court: 'almb', arrival: { here: '0a1b2c3d', cameBy: null } };
    expect(parseMessage({ ...arrive, url: 'https://x' })).toEqual(arrive);
    expect(parseMessage({ ...arrive, arrival: { here: '0a1b2c3d', cameBy: 'deadbeef' } })).toEqual({ ...arrive, arrival: { here: '0a1b2c3d', cameBy: 'deadbeef' } });
    for (const arrival of [{ here: '/cgi-bin/LinkAcct.pl', cameBy: null }, { here: '0a1b2c3d', cameBy: 'https://x' }, { here: '0a1b2c3d' }, null]) {
      expect(parseMessage({ ...arrive, arrival }), 'an arrival holds path hashes only').toBeNull();
    }
    expect(parseMessage('get-state')).toBeNull();
    expect(parseMessage({ type: 'set-settings', settings: { guideHidden: 'yes', hiddenCourts: ['almb'] } })).toEqual({ type: 'set-settings', settings: { hiddenCourts: ['almb'] } });
  });

  it('returns a fresh object of the known fields only, whatever else a page report carries', () => {
    const event = { page: 'court-home', filer: null, reason: null, training: false, courtConfirmed: true, at: Date.now(), pageText: 'Johnathan Litigant' };
    const guide = { courtType: 'bankruptcy', candidates: 0, skipOffered: null, accounts: true, reloaded: false, cameFrom: null, asked: false, names: 'Johnathan' };
    const raw = { type: 'page', court: 'almb', next: 'entry', display: { reducedMotion: false, forcedColors: true, url: 'Johnathan' }, path: '/Johnathan', event, guide, styled: true, seen: false, typed: 'secret', __proto__: { polluted: true } };
    const parsed = parseMessage(raw)!;
    expect(parsed).not.toBe(raw);
    expect(JSON.stringify(parsed)).not.toMatch(/Johnathan|secret|polluted/);
    expect(Object.keys(parsed).sort()).toEqual(['court', 'display', 'event', 'guide', 'linking', 'next', 'points', 'seen', 'styled', 'type', 'unsure']);
    expect(Object.keys((parsed as { event: object }).event).sort()).toEqual(['at', 'courtConfirmed', 'filer', 'page', 'reason', 'training']);
  });

  it('refuses absurd times and court ids that are not ids', () => {
    const page = (at: unknown, court: unknown = 'almb') => ({ type: 'page', court, next: null, display: { reducedMotion: false, forcedColors: false }, event: { page: 'court-home', filer: null, reason: null, training: false, courtConfirmed: true, at }, guide: { courtType: 'bankruptcy', candidates: 0, skipOffered: null, accounts: false, reloaded: false, cameFrom: null, asked: false }, styled: false, seen: false });
    for (const at of [1, -5, Number.NaN, Infinity, 1e20, Date.now() + 7 * 86_400_000, '1700000000000']) expect(parseMessage(page(at)), String(at)).toBeNull();
    for (const court of ['', 'ALMB; drop', 'a'.repeat(40), 42]) expect(parseMessage(page(Date.now(), court)), String(court)).toBeNull();
    expect(parseMessage({ type: 'reset-court', court: { toString: null } })).toBeNull();
    expect(parseMessage([{ type: 'get-state' }])).toBeNull();
  });
});

describe('stored state never throws', () => {
  it('on a value whose conversion to text throws', () => {
    const hostile = { version: { toString: null }, courts: { almb: { status: { toString: null } } }, settings: { toString: null }, repairNotice: { valueOf: null } };
    const { state, repaired } = readStoredState(hostile);
    expect(repaired).toBe(true);
    expect(state.version).toBe(STORAGE_VERSION);
    // What was repaired reads back cleanly: the next load, update and reset work.
    expect(readStoredState(JSON.parse(JSON.stringify(state))).repaired).toBe(false);
  });

  it('on 5,000 seeded random JSON values', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys = ['version', 'courts', 'settings', 'events', 'repairNotice', 'almb', 'status', 'done', 'current', 'hiddenCourts', 'helpDesk', 'locked', 'at', 'court', 'page', 'log-in', '__proto__', 'constructor', 'toString'];
    const value = (depth: number): unknown => {
      const pick = Math.floor(random() * 9);
      if (depth > 3 || pick < 3) return [null, true, 0, -1, 1e300, 'verified', 'almb', '', 'x'.repeat(50)][Math.floor(random() * 9)];
      if (pick < 5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [keys[Math.floor(random() * keys.length)]!, value(depth + 1)]));
    };
    for (let i = 0; i < 5_000; i += 1) {
      const raw = JSON.parse(JSON.stringify({ version: STORAGE_VERSION, ...(value(0) as object) }));
      const { state } = readStoredState(raw);
      expect(readStoredState(JSON.parse(JSON.stringify(state))).repaired).toBe(false);
    }
  });
});

describe('text templates', () => {
  const templates = { step_of: 'Step $1 of $2', close: 'Close' };

  it('fill their slots as i18n would, in every language', () => {
    expect(templateTranslator(templates)('step_of', ['3', '6'])).toBe('Step 3 of 6');
    expect(templateTranslator(templates)('step_of', [])).toBe('Step  of ');
    for (const [lang, catalog] of Object.entries(CATALOGS)) {
      // What the background builds from i18n: each message with $1…$9 kept in place of its substitutions.
      const stored = Object.fromEntries(Object.entries(catalog).map(([id, entry]) => [id, formatMessage(entry, SLOTS)]));
      const translate = templateTranslator(stored);
      for (const [id, entry] of Object.entries(catalog)) {
        expect(translate(id as never, ['A', 'B', 'C']), `${lang}:${id}`).toBe(formatMessage(entry, ['A', 'B', 'C']));
      }
    }
  });
});

describe('stored flow trail', () => {
  it('keeps each court\'s pointer only when whole, and never throws', () => {
    const good = { control: 'link-item', from: '0a1b2c3d', to: ['deadbeef'], at: 1 };
    expect(readStoredTrail({ almb: good, almd: { ...good, control: 'entry' }, nosuch: good, cacb: { ...good, to: ['/cgi-bin/LinkAcct.pl'] } })).toEqual({ almb: good });
    for (const garbage of [undefined, null, 'x', 42, [], { almb: null }, { almb: { toString: null } }, { almb: { ...good, at: -1 } }]) expect(readStoredTrail(garbage)).toEqual({});
  });
});
