// The planner's stored data (storage key "planner") and its messages: validated on read, piece
// by piece, never throwing; the messages carry court ids and ticks only.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/shared/messages';
import { readStoredPlanner } from '../../src/shared/storage-schema';
import { EMPTY_PLANNER, PLANNED_MAX, PLANNER_VERSION } from '../../src/core/state/state';

const planned = (id: string, addedAt = 1_700_000_000_000) => ({ id, addedAt });

describe('the stored planner', () => {
  it('reads nothing as the empty list, silently', () => {
    expect(readStoredPlanner(undefined)).toEqual({ planner: EMPTY_PLANNER, repaired: false });
    expect(readStoredPlanner(null)).toEqual({ planner: EMPTY_PLANNER, repaired: false });
  });

  it('reads what it wrote, unchanged and without a notice', () => {
    const planner = { version: PLANNER_VERSION, courts: [planned('almb'), planned('nysd', 5)], prep: { almb: ['upgraded', 'mfa'], cacb: ['help-desk'] }, repairNotice: null };
    expect(readStoredPlanner(JSON.parse(JSON.stringify(planner)))).toEqual({ planner, repaired: false });
  });

  it('keeps the valid courts and ticks and drops only the corrupt ones, with a notice', () => {
    const { planner, repaired } = readStoredPlanner({
      version: PLANNER_VERSION,
      courts: [planned('almb'), planned('nosuch'), planned('ca9'), { id: 'almd', addedAt: 'yesterday' }, 'cacb', planned('almb'), planned('nysd')],
      prep: { almb: ['upgraded', 'teleport'], almd: 'yes', nosuch: ['mfa'], nysd: ['mfa', 'mfa'] },
    });
    expect(repaired).toBe(true);
    expect(planner.courts.map((c) => c.id)).toEqual(['almb', 'nysd']);
    expect(planner.prep).toEqual({ almb: ['upgraded'], nysd: ['mfa'] });
    expect(planner.repairNotice).toContain('your courts');
    expect(planner.repairNotice).toContain('checklist almb');
    // The repaired data reads back cleanly: the notice is shown once, then cleared.
    expect(readStoredPlanner(JSON.parse(JSON.stringify({ ...planner, repairNotice: null }))).repaired).toBe(false);
  });

  it('recovers from garbage and from other versions, and holds at most PLANNED_MAX courts', () => {
    for (const garbage of ['x', 42, [1, 2], true]) expect(readStoredPlanner(garbage).planner.courts).toEqual([]);
    const future = readStoredPlanner({ version: 99, courts: [planned('almb')] });
    expect(future.repaired).toBe(true);
    expect(future.planner.courts.map((c) => c.id)).toEqual(['almb']);
    const hostile = readStoredPlanner({ version: { toString: null }, courts: [{ id: { toString: null }, addedAt: 1 }], prep: { almb: { length: 1e9 } } });
    expect(hostile.repaired).toBe(true);
    expect(hostile.planner.version).toBe(PLANNER_VERSION);
    const many = readStoredPlanner({ version: PLANNER_VERSION, courts: Array.from({ length: PLANNED_MAX + 50 }, () => planned('almb')) });
    expect(many.planner.courts.length).toBeLessThanOrEqual(PLANNED_MAX);
  });

  it('never throws on 5,000 seeded random JSON values, and what it repairs reads back cleanly', () => {
    let seed = 5;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const keys = ['version', 'courts', 'prep', 'repairNotice', 'id', 'addedAt', 'almb', 'nysd', 'ca9', 'upgraded', 'mfa', '__proto__', 'constructor', 'toString'];
    const value = (depth: number): unknown => {
      const pick = Math.floor(random() * 9);
      if (depth > 3 || pick < 3) return [null, true, 0, -1, 1e300, 'almb', 'mfa', 'help-desk', '', 'x'.repeat(50), 1_700_000_000_000][Math.floor(random() * 11)];
      if (pick < 5) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
      return Object.fromEntries(Array.from({ length: Math.floor(random() * 5) }, () => [keys[Math.floor(random() * keys.length)]!, value(depth + 1)]));
    };
    for (let i = 0; i < 5_000; i += 1) {
      const raw = JSON.parse(JSON.stringify({ version: PLANNER_VERSION, ...(value(0) as object) }));
      const { planner } = readStoredPlanner(raw);
      expect(readStoredPlanner(JSON.parse(JSON.stringify(planner))).repaired).toBe(false);
    }
  });
});

describe('the planner\'s messages', () => {
  it('carry court ids and ticks, and nothing else', () => {
    expect(parseMessage({ type: 'add-courts', courts: ['almb', 'nysd'], pasted: 'secret text' })).toEqual({ type: 'add-courts', courts: ['almb', 'nysd'] });
    expect(parseMessage({ type: 'remove-court', court: 'almb', reset: true })).toEqual({ type: 'remove-court', court: 'almb', reset: true });
    expect(parseMessage({ type: 'set-prep', court: 'almb', item: 'mfa', done: false })).toEqual({ type: 'set-prep', court: 'almb', item: 'mfa', done: false });
  });

  it('refuse anything malformed', () => {
    for (const bad of [
      { type: 'add-courts', courts: [] },
      { type: 'add-courts', courts: 'almb' },
      { type: 'add-courts', courts: ['Alabama Middle Bankruptcy Court'] },
      { type: 'add-courts', courts: Array.from({ length: PLANNED_MAX + 1 }, () => 'almb') },
      { type: 'remove-court', court: 'almb' },
      { type: 'remove-court', court: 'ALMB; drop', reset: false },
      { type: 'set-prep', court: 'almb', item: 'password', done: true },
      { type: 'set-prep', court: 'almb', item: 'mfa', done: 'yes' },
    ]) {
      expect(parseMessage(bad), JSON.stringify(bad).slice(0, 80)).toBeNull();
    }
  });
});
