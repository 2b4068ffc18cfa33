// What the popup, the printable page and the CSV say about each of the user's courts, in the
// user's language: one source, so the exports hold exactly what the popup shows.
import type { Court } from '../courts/courts';
import { courtName } from '../courts/names';
import { STEP_COUNT, stepById } from '../flow/steps';
import { text, type TextId } from '../flow/texts';
import { PREP_ITEMS, type PlanCounts, type PlanRow } from './plan';
import { courtWebsite } from './websites';

const TYPE_TEXT: Readonly<Record<Court['type'], TextId>> = {
  bankruptcy: 'court_type_bankruptcy',
  district: 'court_type_district',
  national: 'court_type_national',
  // Never planned (the guide does not cover them); named like the national courts if ever shown.
  appellate: 'court_type_national',
};

export const typeText = (court: Court) => text(TYPE_TEXT[court.type]);

/** "NextGen 1.6.4 in PACER's court list (January 2023)". */
export function nextGenText(court: Court, listMonth: string): string {
  return court.release ? text('nextgen_in_list', court.release, listMonth) : text('nextgen_not_in_list', listMonth);
}

export function statusText(row: PlanRow): string {
  switch (row.progress.status) {
    case 'in-progress':
      return row.step ? text('status_at_step', row.step, STEP_COUNT) : text('status_in_progress');
    case 'linked':
      return text('status_linked');
    case 'verified':
      return text('status_verified');
    case 'not-nextgen':
      return text('status_not_nextgen');
    default:
      return text('status_not_started');
  }
}

/** What is left to do in the court, in a few words. */
export function nextText(row: PlanRow): string {
  switch (row.progress.status) {
    case 'in-progress':
      return row.progress.current ? text(stepById(row.progress.current).label) : text('next_all_steps');
    case 'linked':
      return text(stepById('refresh').label);
    case 'verified':
      return text('next_nothing');
    case 'not-nextgen':
      return text('next_wait');
    default:
      return text('next_all_steps');
  }
}

export const prepText = (row: PlanRow) => text('prep_count', row.prepDone, PREP_ITEMS.length);

export function summaryText(counts: PlanCounts): string {
  return counts.total === 1 ? text('plan_summary_one', counts.linked) : text('plan_summary', counts.linked, counts.total);
}

export interface TableOptions {
  /** A date as the user reads it ("Dec 1, 2026"); the CSV passes an ISO date instead. */
  readonly formatDate: (at: number) => string;
  /** "January 2023", the month of PACER's court list. */
  readonly listMonth: string;
}

/** The courts as a table: what the popup shows of each, no account names, no logins. */
export function planTable(rows: readonly PlanRow[], options: TableOptions): { header: string[]; body: string[][] } {
  const header = ['col_court', 'col_id', 'col_type', 'col_nextgen', 'col_status', 'col_last_step', 'col_next', 'col_prep', 'col_website'].map((id) => text(id as TextId));
  const body = rows.map((row) => [
    courtName(row.court),
    row.court.id,
    typeText(row.court),
    nextGenText(row.court, options.listMonth),
    statusText(row),
    row.lastStepAt ? options.formatDate(row.lastStepAt) : text('no_step_yet'),
    nextText(row),
    prepText(row),
    courtWebsite(row.court) ?? text('no_website'),
  ]);
  return { header, body };
}
