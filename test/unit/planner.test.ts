// The planner's pure logic: reading a pasted list of courts, the order the courts need the
// user in, the counts and the badge, the CSV format, and the courts' websites from PACER's list.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allCourts, courtById, usesLinkingFlow } from '../../src/core/courts/courts';
import { csvField, csvFileName, toCsv } from '../../src/core/planner/csv';
import { MAX_ENTRIES, MAX_PASTE_CHARS, parseCourtList, resolveEntry } from '../../src/core/planner/paste';
import { countBadge, planCounts, planRows, storedCounts, type PlannedCourt } from '../../src/core/planner/plan';
import { courtWebsite } from '../../src/core/planner/websites';
import { EMPTY_PROGRESS, type CourtProgress } from '../../src/core/progress/progress';
import { websitesModuleFromTsv } from '../../tools/court-websites.mjs';

const idOf = (raw: string) => {
  const found = resolveEntry(raw);
  return found.kind === 'court' ? found.court.id : found.kind === 'ambiguous' ? found.candidates.map((c) => c.id) : null;
};

describe('a pasted list of courts', () => {
  it.each([
    ['almb', 'almb'],
    ['ALMD', 'almd'],
    ['ALMBK', 'almb'],
    ['nysdc', 'nysd'],
    ['ecf.cacb.uscourts.gov', 'cacb'],
    ['https://ecf.almb.uscourts.gov/cgi-bin/login.pl', 'almb'],
    ['https://www.nysd.uscourts.gov/electronic-case-filing', 'nysd'],
    ['Alabama Middle Bankruptcy Court', 'almb'],
    ['Alabama Middle Bankruptcy Court (almb)', 'almb'],
    ['almd – Alabama Middle District Court', 'almd'],
    ['Bankruptcy Court for the Middle District of Alabama', 'almb'],
    ['United States District Court for the Southern District of New York', 'nysd'],
    ['U.S. District Court, District of Delaware', 'ded'],
    ['District of Columbia Bankruptcy Court', 'dcb'],
    ['U.S. District Court for the District of Columbia', 'dcd'],
    ['West Virginia Northern District Court', 'wvnd'],
    ['Eastern District of Virginia District Court', 'vaed'],
    ['Northern Mariana Islands Bankruptcy', 'nmib'],
    ['Bankruptcy Court, N.D. Alabama', 'alnb'],
    ['Bankr. M.D. Ala.', 'almb'],
    ['S.D.N.Y.', 'nysd'],
    ['SDNY', 'nysd'],
    ['D. Del.', 'ded'],
    ['Bankr. D. Del.', 'deb'],
    ['N.D. Cal. Bankr.', 'canb'],
    ['D.N.J.', 'njd'],
    ['D. Alaska', 'akd'],
    ['D.D.C.', 'dcd'],
    ['N.D. W. Va.', 'wvnd'],
    ['W.D. Va.', 'vawd'],
    ['D.N.D.', 'ndd'],
    ['D.S.D.', 'sdd'],
    ['D. N. Mar. I.', 'nmid'],
    ['USDC N.D. Ill.', 'ilnd'],
    ['Court of Federal Claims', 'cofc'],
  ])('reads %s as %s', (raw, id) => {
    expect(idOf(raw)).toBe(id);
  });

  it('never guesses: an entry that could be two courts names both, one that is no court names none', () => {
    expect(idOf('Middle District of Alabama')).toEqual(['almb', 'almd']);
    expect(idOf('new york southern')).toEqual(['nysb', 'nysd']);
    expect(idOf('Alabama Bankruptcy Court')).toEqual(['almb', 'alnb', 'alsb']);
    for (const junk of ['Narnia District Court', 'court', 'xyz', '', '   ', '12345', 'N.D.', 'D. Narnia', 'Northern District of Delaware', 'Alabama or Georgia Bankruptcy Court', 'x'.repeat(400)]) {
      expect(idOf(junk), junk).toBeNull();
    }
  });

  it('adds the courts it knows, reports every other entry, and leaves those in the box', () => {
    const pasted = [
      'almb, almd, cacb',
      'nysb; Narnia Bankruptcy Court',
      '- Narnia District Court',
      '2. S.D.N.Y.',
      'U.S. Bankruptcy Court, Middle District of Alabama',
      '"ca9"',
      'Middle District of Georgia',
      'ALMB',
      '',
      '• Bankruptcy Court for the District of Delaware\t2015-03-01',
    ].join('\r\n');
    const result = parseCourtList(pasted, new Set(['cacb']));
    expect(result.added.map((c) => c.id)).toEqual(['almb', 'almd', 'nysb', 'nysd', 'deb']);
    expect(result.already.map((c) => c.id)).toEqual(['cacb']);
    expect(result.appellate).toEqual(['ca9']);
    expect(result.ambiguous).toEqual([{ entry: 'Middle District of Georgia', candidates: [courtById('gamb'), courtById('gamd')] }]);
    // A spreadsheet row read whole is one entry: its court, with the date beside it.
    expect(result.unknown).toEqual(['Narnia Bankruptcy Court', 'Narnia District Court']);
    expect(result.leftover).toBe('Narnia Bankruptcy Court\nNarnia District Court\nMiddle District of Georgia');
    expect(result.truncated).toBe(false);
  });

  it('adds nothing twice and keeps the order pasted', () => {
    const result = parseCourtList('nysd\nalmb\nNYSD\nS.D.N.Y.\nalmb', new Set());
    expect(result.added.map((c) => c.id)).toEqual(['nysd', 'almb']);
    expect(result.leftover).toBe('');
  });

  it('reads a very long paste in part and leaves the rest in the box, whole lines', () => {
    const lines = Array.from({ length: MAX_ENTRIES + 50 }, (_, i) => (i % 2 ? 'almb' : `unknown court ${i}`));
    const result = parseCourtList(lines.join('\n'), new Set());
    expect(result.truncated).toBe(true);
    expect(result.added.map((c) => c.id)).toEqual(['almb']);
    const left = result.leftover.split('\n');
    expect(left).toContain('unknown court 0');
    expect(left.at(-1)).toBe(lines.at(-1));
    const long = parseCourtList(`${'Narnia\n'.repeat(MAX_PASTE_CHARS / 7)}almb\nalmd`, new Set());
    expect(long.truncated).toBe(true);
    expect(long.leftover.endsWith('almb\nalmd')).toBe(true);
  });

  it('never throws, and every entry is accounted for, on 2,000 seeded random pastes', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const pieces = ['almb', 'S.D.N.Y.', 'Bankr.', 'District', 'of', 'Alabama', ',', ';', '\t', '\n', '\r\n', '(', ')', '–', '"', 'ca9', 'ecf.', '.uscourts.gov', '🙂', '\u0000', ' ', 'Middle', 'court', 'D.', 'x'.repeat(90)];
    for (let i = 0; i < 2_000; i += 1) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      const result = parseCourtList(text, new Set(['almb']));
      for (const court of [...result.added, ...result.already]) expect(usesLinkingFlow(court)).toBe(true);
      const leftover = result.leftover === '' ? 0 : result.leftover.split('\n').length;
      expect(leftover).toBe(result.unknown.length + result.ambiguous.length);
    }
  });
});

const progress = (status: CourtProgress['status'], updatedAt: number, current: CourtProgress['current'] = null): CourtProgress => ({ ...EMPTY_PROGRESS, status, updatedAt, current });

describe('the plan', () => {
  const planned: PlannedCourt[] = ['almb', 'almd', 'cacb', 'nysb', 'nysd', 'deb', 'azb', 'ca9', 'nosuch'].map((id, i) => ({ id, addedAt: i }));
  const courts = {
    almb: progress('verified', 50),
    almd: progress('in-progress', 10, 'log-in'),
    cacb: progress('in-progress', 30, 'verify'),
    nysb: progress('linked', 20, 'refresh'),
    deb: progress('not-nextgen', 5),
    ca9: progress('in-progress', 99, 'log-in'),
  };

  it('puts what needs something next first: under way (latest first), one F5 away, untouched, waiting, done', () => {
    const rows = planRows(planned, courts, { azb: ['mfa', 'upgraded'] });
    expect(rows.map((r) => r.court.id)).toEqual(['cacb', 'almd', 'nysb', 'azb', 'nysd', 'deb', 'almb']);
    expect(rows.map((r) => r.step)).toEqual([5, 2, null, null, null, null, null]);
    expect(rows.find((r) => r.court.id === 'azb')!.prepDone).toBe(2);
    expect(rows.find((r) => r.court.id === 'nysd')!.lastStepAt).toBeNull();
  });

  it('counts the courts linked and left, and shows them on the badge', () => {
    const counts = planCounts(planRows(planned, courts, {}));
    expect(counts).toEqual({ total: 7, linked: 2, verified: 1, inProgress: 2, notStarted: 2, notNextGen: 1, left: 5 });
    expect(storedCounts(planned, courts)).toEqual(counts);
    expect(countBadge(counts)).toBe('5');
    expect(countBadge(planCounts([]))).toBe('');
    const done = planCounts(planRows([{ id: 'almb', addedAt: 0 }], courts, {}));
    expect(countBadge(done)).toBe('✓');
  });

  it('stays quick to build for every trial court (hundreds of rows)', () => {
    const every = allCourts().filter(usesLinkingFlow).map((c, i) => ({ id: c.id, addedAt: i }));
    const rows = planRows(every, {}, {});
    expect(rows.length).toBe(every.length);
    expect(rows.length).toBeGreaterThan(180);
  });
});

describe('CSV', () => {
  it('writes CSV that spreadsheets read, and never a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    for (const formula of ['=HYPERLINK("x")', '+1', '-1', '@SUM(A1)']) expect(csvField(formula).replace(/^"/, '')).toMatch(/^'/);
    const csv = toCsv(['Court', 'Id'], [['Alabama Middle Bankruptcy Court', 'almb'], ['Tribunal de quiebras, Alabama', 'almb']]);
    expect(csv).toBe('\uFEFFCourt,Id\r\nAlabama Middle Bankruptcy Court,almb\r\n"Tribunal de quiebras, Alabama",almb\r\n');
    expect(csvFileName(new Date(2026, 0, 5, 23, 59))).toBe('cmecf-linking-courts-2026-01-05.csv');
  });
});

describe('court websites', () => {
  it('come from PACER\'s list as it gives them, on court hosts only', () => {
    expect(courtWebsite(courtById('almb')!)).toBe('http://www.almb.uscourts.gov/');
    expect(courtWebsite(courtById('akd')!)).toBe('https://www.akd.uscourts.gov/cmecf-info');
    expect(courtWebsite(courtById('areb')!)).toBe('https://www.arb.uscourts.gov/cmecf-registration');
    for (const none of ['nmib', 'vib', 'nmid', 'cofc', 'jpml']) expect(courtWebsite(courtById(none)!), none).toBeNull();
    for (const court of allCourts().filter(usesLinkingFlow)) {
      const web = courtWebsite(court);
      if (web) expect(new URL(web).hostname, court.id).toMatch(/(^|\.)uscourts\.gov$/);
    }
  });

  it('are the module generated from shared/courts.tsv', () => {
    const shared = new URL('../../../shared/courts.tsv', import.meta.url);
    if (!existsSync(shared)) return; // a checkout without shared/ keeps the committed module
    const generated = readFileSync(new URL('../../src/core/planner/websites.generated.ts', import.meta.url), 'utf8');
    expect(generated, 'run node tools/court-websites.mjs').toBe(websitesModuleFromTsv(readFileSync(shared, 'utf8')));
  });
});
