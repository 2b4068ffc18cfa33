// A court page looks up its one court without building the whole table; the answer must be
// the table's own row, index included, and the same object once the table is built.
import { describe, expect, it } from 'vitest';
import { allCourts, courtById, courtByPacerId } from '../../src/core/courts/courts';
import { COURT_ROWS } from '../../src/core/courts/table.generated';

describe('court lookup before the table is built', () => {
  it('finds every court by id with its index, and the table then holds the same objects', () => {
    const ids = COURT_ROWS.split('\n').map((row) => row.split('|')[0]!);
    const found = ids.map((id) => courtById(id.toUpperCase()));
    expect(found.map((court) => court?.index)).toEqual(ids.map((_id, index) => index));
    const table = allCourts();
    expect(found.every((court, index) => court === table[index])).toBe(true);
    expect(courtByPacerId('almbk')).toBe(courtById('almb'));
  });

  it('finds nothing for ids that are not whole rows', () => {
    for (const id of ['', 'alm', 'almbx', 'almb|', '|b|', 'b', 'al mb', '1.6.4', 'ALMBK']) expect(courtById(id)).toBeNull();
  });
});
