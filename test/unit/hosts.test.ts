import { describe, expect, it } from 'vitest';
import { allCourts, courtById, courtByPacerId } from '../../src/core/courts/courts';
import { courtName, searchCourts } from '../../src/core/courts/names';
import { loginCourt, parseSite } from '../../src/core/courts/hosts';
import { LOGIN_COURT_EXAMPLES, SITE_EXAMPLES } from '../../src/core/courts/hosts.examples';
import { courtsModuleFromTsv } from '../../tools/courts-table.mjs';
import { existsSync, readFileSync } from 'node:fs';

const COURTS = allCourts();

describe('the court table', () => {
  it('holds every CM/ECF site of PACER\'s court list', () => {
    // 204 sites, and the three bankruptcy appellate panels the list names (bap1, bap9, bap10) as courts of their own.
    expect(COURTS.length).toBe(207);
    const counts = Object.fromEntries(['bankruptcy', 'district', 'appellate', 'national'].map((t) => [t, COURTS.filter((c) => c.type === t).length]));
    expect(counts).toEqual({ bankruptcy: 94, district: 94, appellate: 16, national: 3 });
    expect(courtById('ALMB')).toMatchObject({ id: 'almb', type: 'bankruptcy', pacerIds: ['ALMBK'], release: '1.6.4' });
    expect(courtById('ca1')?.pacerIds).toEqual(['01CA']);
    expect(courtById('bap9')).toMatchObject({ type: 'appellate', pacerIds: ['09BAP'] });
    // The panels come last: every other court keeps its position, which support codes carry.
    expect(COURTS.slice(-3).map((c) => c.id)).toEqual(['bap1', 'bap10', 'bap9']);
    expect(courtByPacerId('almdc')?.id).toBe('almd');
    expect(courtById('nope')).toBeNull();
  });

  it('is the module generated from shared/courts.tsv', () => {
    const shared = new URL('../../../shared/courts.tsv', import.meta.url);
    if (!existsSync(shared)) return; // a checkout without shared/ keeps the committed module
    const generated = readFileSync(new URL('../../src/core/courts/table.generated.ts', import.meta.url), 'utf8');
    expect(generated).toBe(courtsModuleFromTsv(readFileSync(shared, 'utf8')));
  });

  it('derives the usual PACER ids the table leaves out, and keeps the unusual ones', () => {
    expect(courtById('almb')?.pacerIds).toEqual(['ALMBK']);
    expect(courtById('almd')?.pacerIds).toEqual(['ALMDC']);
    expect(courtById('ca1')?.pacerIds).toEqual(['01CA']);
    expect(courtById('bap1')?.pacerIds).toEqual(['01BAP']);
    expect(courtById('cofc')?.pacerIds).toEqual(['USFCC']);
    const all = COURTS.flatMap((court) => court.pacerIds);
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((id) => /^[0-9A-Z]{4,6}$/.test(id))).toBe(true);
  });

  it('names every court', () => {
    expect(courtName(courtById('almb')!)).toBe('Alabama Middle Bankruptcy Court');
    expect(COURTS.every((court) => courtName(court).length > 5)).toBe(true);
  });

  it('finds courts by name or id', () => {
    expect(searchCourts('alabama middle').map((c) => c.id)).toEqual(['almb', 'almd']);
    expect(searchCourts('NYSB').map((c) => c.id)).toEqual(['nysb']);
    expect(searchCourts('zzz')).toEqual([]);
  });
});

describe('parseSite', () => {
  it.each(SITE_EXAMPLES.map((e) => [e.url, e] as const))('%s', (url, example) => {
    const site = parseSite(url);
    expect(site?.kind ?? null).toBe(example.kind);
    if (site) {
      expect(site.court?.id ?? null).toBe(example.court ?? null);
      expect(site.training).toBe(example.training ?? false);
    }
  });
});

describe('loginCourt', () => {
  it.each(LOGIN_COURT_EXAMPLES.map((e) => [e.url, e] as const))('%s', (url, example) => {
    const found = loginCourt(url);
    expect(found.court?.id ?? null).toBe(example.court);
    expect(found.confirmed).toBe(example.confirmed ?? false);
    expect(found.trainingReturn).toBe(example.trainingReturn ?? false);
  });
});
