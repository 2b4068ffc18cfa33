// What the planner says of each court, in the popup, on the printable page and in the CSV: one
// source for all three, in English and Spanish.
import { describe, expect, it } from 'vitest';
import { catalogTranslator } from '../../src/core/flow/catalog';
import { useTranslator } from '../../src/core/flow/texts';
import { isoDate } from '../../src/core/planner/csv';
import { planTable, statusText, summaryText } from '../../src/core/planner/describe';
import { planCounts, planRows, type PlannedCourt } from '../../src/core/planner/plan';
import { EMPTY_PROGRESS, type CourtProgress } from '../../src/core/progress/progress';

const progress = (status: CourtProgress['status'], updatedAt: number, current: CourtProgress['current'] = null): CourtProgress => ({ ...EMPTY_PROGRESS, status, updatedAt, current });

describe('the planner\'s words', () => {
  it('say each court\'s status, and how many are linked', () => {
    const planned: PlannedCourt[] = ['almb', 'almd', 'cacb', 'nysb', 'nysd', 'deb', 'azb'].map((id, i) => ({ id, addedAt: i }));
    const rows = planRows(planned, { almb: progress('verified', 50), almd: progress('in-progress', 10, 'log-in'), cacb: progress('in-progress', 30, 'verify'), nysb: progress('linked', 20, 'refresh'), deb: progress('not-nextgen', 5) }, {});
    expect(rows.map(statusText)).toEqual(['In progress: step 5 of 6', 'In progress: step 2 of 6', "Linked: press F5 on the court's page", 'Not started', 'Not started', 'Court not on NextGen yet', 'Linked and verified']);
    expect(summaryText(planCounts(rows))).toBe('2 of 7 courts linked');
    expect(summaryText(planCounts(rows.slice(-1)))).toBe('1 of 1 court linked');
  });
});

describe('what the exports say', () => {
  const rows = planRows([{ id: 'almb', addedAt: 0 }, { id: 'nmid', addedAt: 1 }], { almb: { ...progress('in-progress', Date.UTC(2026, 10, 30, 12), 'open-utilities'), done: { 'open-filing': 1, 'log-in': 2 } } }, { almb: ['upgraded'] });

  it('holds what the popup shows of each court, in English and Spanish', () => {
    const table = planTable(rows, { formatDate: isoDate, listMonth: 'January 2023' });
    expect(table.header).toEqual(['Court', 'Id', 'Type', 'NextGen', 'Status', 'Last step', 'What is left', 'Before you start', 'Court website']);
    expect(table.body[0]).toEqual(['Alabama Middle Bankruptcy Court', 'almb', 'Bankruptcy court', "NextGen 1.6.4 in PACER's court list (January 2023)", 'In progress: step 3 of 6', '2026-11-30', 'Find "Link a CM/ECF account" under Utilities', '1 of 4 ready', 'http://www.almb.uscourts.gov/']);
    expect(table.body[1]!.slice(4)).toEqual(['Not started', 'No step yet', 'All six steps', '0 of 4 ready', "PACER's list gives no website"]);
    useTranslator(catalogTranslator('es'));
    try {
      const spanish = planTable(rows, { formatDate: isoDate, listMonth: 'enero de 2023' });
      expect(spanish.header[0]).toBe('Tribunal');
      expect(spanish.body[0]![4]).toBe('En curso: paso 3 de 6');
      expect(spanish.body[0]![2]).toBe('Tribunal de quiebras');
    } finally {
      useTranslator(catalogTranslator('en'));
    }
  });

});

