import { describe, expect, it } from 'vitest';
import { allCourts } from '../../src/core/courts/courts';
import { STEP_IDS } from '../../src/core/flow/steps';
import { BROWSER_FAMILIES, CODE_FORMAT, decodeSupportCode, encodeSupportCode, FLAG_NAMES, normaliseCode, SupportCodeError, type SupportState } from '../../src/core/support/code';
import { COURT_STATUSES as STATUSES } from '../../src/core/progress/progress';
import { summarise } from '../../src/core/support/summary';
import { ERROR_REASONS, PAGE_KINDS } from '../../src/core/recognition/types';

/** A small seeded generator (mulberry32): the same random states on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomState(next: () => number): SupportState {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const maybe = <T>(list: readonly T[]) => (next() < 0.2 ? null : pick(list));
  return {
    format: CODE_FORMAT,
    version: { major: Math.floor(next() * 16), minor: Math.floor(next() * 64) },
    court: maybe(allCourts())?.id ?? null,
    page: maybe(PAGE_KINDS),
    step: maybe(STEP_IDS),
    status: pick(STATUSES),
    reason: maybe(ERROR_REASONS),
    browser: { family: pick(BROWSER_FAMILIES), major: Math.floor(next() * 256) },
    flags: Object.fromEntries(FLAG_NAMES.map((f) => [f, next() < 0.5])) as SupportState['flags'],
  };
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('support code', () => {
  it('round-trips 5,000 random states', () => {
    const next = random(20261125);
    for (let i = 0; i < 5000; i += 1) {
      const state = randomState(next);
      const code = encodeSupportCode(state);
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{2}[0-9A-HJKMNP-TV-Z*~$=U]$/);
      expect(decodeSupportCode(code)).toEqual(state);
    }
  });

  it('is 11 characters plus the check character, read in four groups of three', () => {
    expect(normaliseCode(encodeSupportCode(randomState(random(1)))).length).toBe(12);
  });

  it('still decodes codes of format 1, made before the MFA login\'s page kinds', () => {
    // 0.1, almb, link-error, step 4, in progress, already-linked, Chrome 156, no flags: as format 1 wrote it.
    const state = decodeSupportCode(formatOneCode({ major: 0, minor: 1, court: 'almb', page: 'link-error', step: 4, status: 1, reason: 2, family: 1, browserMajor: 156, flags: 0b100 }));
    expect(state).toMatchObject({ format: 1, court: 'almb', page: 'link-error', step: 'enter-credentials', status: 'in-progress', reason: 'already-linked', browser: { family: 'chrome', major: 156 } });
    expect(state.flags).toMatchObject({ f5Done: true, guideUnsure: false });
  });

  it('forgives case, spaces, dashes, O for 0 and I or L for 1', () => {
    const next = random(7);
    for (let i = 0; i < 200; i += 1) {
      const state = randomState(next);
      const code = encodeSupportCode(state);
      const spoken = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, i % 2 ? 'l' : 'I');
      expect(decodeSupportCode(`  ${spoken} `)).toEqual(state);
    }
  });

  it('catches every single wrong character and every swap, with a clear message, never a wrong summary', () => {
    const next = random(99);
    let tried = 0;
    for (let i = 0; i < 60; i += 1) {
      const code = normaliseCode(encodeSupportCode(randomState(next)));
      for (let pos = 0; pos < code.length; pos += 1) {
        for (const other of pos < 11 ? ALPHABET : `${ALPHABET}*~$=U`) {
          if (other === code[pos]) continue;
          const wrong = code.slice(0, pos) + other + code.slice(pos + 1);
          tried += 1;
          expect(() => decodeSupportCode(wrong), wrong).toThrow(SupportCodeError);
        }
        for (let other = pos + 1; other < 11; other += 1) {
          if (code[pos] === code[other] || pos >= 11) continue;
          const chars = [...code];
          [chars[pos], chars[other]] = [chars[other]!, chars[pos]!];
          tried += 1;
          expect(() => decodeSupportCode(chars.join('')), chars.join('')).toThrow(/does not check out/);
        }
      }
    }
    expect(tried).toBeGreaterThan(20_000);
  });

  it('explains codes of the wrong length or with foreign characters', () => {
    expect(() => decodeSupportCode('')).toThrow(/Type the code/);
    expect(() => decodeSupportCode('K7Q-4MX')).toThrow(/has 12 characters; this has 6/);
    expect(() => decodeSupportCode('K7Q-4MX-2P!-R*')).toThrow(/"!" \(character 9\)/);
    expect(() => decodeSupportCode('U7Q-4MX-2PD-R*')).toThrow(/"U" \(character 1\)/);
  });

  it('summarises in plain words and says what to tell the caller', () => {
    const state: SupportState = {
      format: CODE_FORMAT, version: { major: 0, minor: 1 }, court: 'almb', page: 'link-error', step: 'enter-credentials', status: 'in-progress', reason: 'already-linked',
      browser: { family: 'chrome', major: 156 }, flags: { training: false, filingMenusSeen: false, f5Done: false, guideHidden: false, reducedMotion: false, forcedColors: false, guideUnsure: false },
    };
    const summary = summarise(decodeSupportCode(encodeSupportCode(state)));
    expect(summary.lines[0]).toBe('Court: Alabama Middle Bankruptcy Court (almb, bankruptcy)');
    expect(summary.lines.join('\n')).toContain('step 4 of 6');
    expect(summary.advice).toContain('already linked to another PACER account');
  });

  it('advises on the page the caller is on, the MFA steps and an unsure guide included', () => {
    const base = decodeSupportCode(encodeSupportCode({ ...randomState(random(3)), court: 'almb', status: 'in-progress', reason: null, step: 'open-utilities', flags: Object.fromEntries(FLAG_NAMES.map((f) => [f, false])) as SupportState['flags'] }));
    const on = (page: SupportState['page'], extra: Partial<SupportState> = {}) => summarise(decodeSupportCode(encodeSupportCode({ ...base, page, ...extra })));
    // On Utilities, a caller is told about the item on it, not to click Utilities again.
    expect(on('utilities').advice).toContain('Link a CM/ECF account to my PACER account');
    expect(on('utilities').advice).not.toContain('Click Utilities');
    expect(on('pacer-mfa').lines.join('\n')).toContain('one-time passcode page');
    expect(on('pacer-mfa', { reason: 'bad-passcode' }).advice).toContain('30 seconds');
    expect(on('pacer-mfa-enroll').advice).toContain('MFA');
    expect(on('court-page', { flags: { ...base.flags, guideUnsure: true } }).advice).toContain('Save this page for support');
    expect(on('court-page', { flags: { ...base.flags, guideUnsure: true } }).lines.join('\n')).toContain('NOT SURE');
  });
});

/** A code as format 1 wrote it (50 bits, 10 characters and the check), for the compatibility test. */
function formatOneCode(f: { major: number; minor: number; court: string; page: string; step: number; status: number; reason: number; family: number; browserMajor: number; flags: number }): string {
  const court = allCourts().findIndex((c) => c.id === f.court) + 1;
  const page = PAGE_KINDS.indexOf(f.page as never) + 1;
  const fields: Array<[number, number]> = [[1, 3], [f.major, 4], [f.minor, 6], [court, 8], [page, 4], [f.step, 3], [f.status, 3], [f.reason, 3], [f.family, 2], [f.browserMajor, 8], [f.flags, 6]];
  let value = 0n;
  for (const [n, bits] of fields) value = (value << BigInt(bits)) | BigInt(n);
  let chars = '';
  for (let i = 0; i < 10; i += 1) chars = ALPHABET[Number((value >> BigInt(5 * i)) & 31n)]! + chars;
  return chars + `${ALPHABET}*~$=U`[Number(value % 37n)]!;
}
