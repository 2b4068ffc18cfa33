// The naming rule the guide's bundles read courts by, held to the court table court by court,
// and the sites it reads held to the table's reading of every example address.
import { describe, expect, it } from 'vitest';
import { allCourts, TABLE_COURTS } from '../../src/core/courts/courts';
import { SITE_EXAMPLES, LOGIN_COURT_EXAMPLES } from '../../src/core/courts/hosts.examples';
import { NAMED_COURTS } from '../../src/core/courts/naming';
import { NAMING_EXAMPLES } from '../../src/core/courts/naming.examples';
import { courtHostPatterns } from '../../src/core/progress/scripts';
import { readLoginCourt, readSite } from '../../src/core/courts/sites';

describe('the courts\' naming rule', () => {
  it('reads every court of the table as the table does: its id, its kind, each of its PACER ids', () => {
    const differences: string[] = [];
    for (const court of allCourts()) {
      const named = NAMED_COURTS.byId(court.id);
      if (named?.id !== court.id || named.type !== court.type) differences.push(`${court.id}: ${JSON.stringify(named)}`);
      for (const pacerId of court.pacerIds) if (NAMED_COURTS.byPacerId(pacerId)?.id !== court.id) differences.push(`${pacerId}: ${JSON.stringify(NAMED_COURTS.byPacerId(pacerId))}`);
    }
    expect(differences).toEqual([]);
    expect(allCourts().length).toBeGreaterThan(200);
  });

  it.each(NAMING_EXAMPLES.ids)('reads %s as a %s court', (id, type) => expect(NAMED_COURTS.byId(id)).toEqual({ id: id.toLowerCase(), type }));
  it.each(NAMING_EXAMPLES.pacerIds)('reads the login id %s as %s', (pacerId, id) => expect(NAMED_COURTS.byPacerId(pacerId)?.id).toBe(id));
  it.each(NAMING_EXAMPLES.refused)('refuses %j as a court id', (id) => expect(NAMED_COURTS.byId(id)).toBeNull());
  it.each(NAMING_EXAMPLES.refusedPacerIds)('refuses %j as a login id', (id) => expect(NAMED_COURTS.byPacerId(id)).toBeNull());

  it('reads every example address as the table does, except a court that does not exist, which only the table knows', () => {
    for (const example of SITE_EXAMPLES) {
      const named = readSite(example.url, NAMED_COURTS);
      const table = readSite(example.url, TABLE_COURTS);
      if (example.url.includes('nosuchcourt')) continue; // not court-shaped either: see below
      expect({ kind: named?.kind ?? null, court: named?.court?.id ?? null }, example.url).toEqual({ kind: table?.kind ?? null, court: table?.court?.id ?? null });
    }
    for (const example of LOGIN_COURT_EXAMPLES) {
      const named = readLoginCourt(example.url, NAMED_COURTS);
      const table = readLoginCourt(example.url, TABLE_COURTS);
      expect({ court: named.court?.id ?? null, confirmed: named.confirmed }, example.url).toEqual({ court: table.court?.id ?? null, confirmed: table.confirmed });
    }
  });

  it('takes a court-shaped id the table lacks: only a host the background registered, from the table, ever runs the guide', () => {
    expect(NAMED_COURTS.byId('zzb')).toEqual({ id: 'zzb', type: 'bankruptcy' });
    expect(TABLE_COURTS.byId('zzb')).toBeNull();
    const registered = allCourts().flatMap((court) => courtHostPatterns(court.id));
    expect(registered).not.toContain('https://ecf.zzb.uscourts.gov/*');
  });
});
