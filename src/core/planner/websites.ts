// Where a court's own instructions live, and how old PACER's list is that says so.
import type { Court } from '../courts/courts';
import { COURT_WEBSITES } from './websites.generated';

/**
 * The month of PACER's court list the court table and the websites come from (the Court
 * CM/ECF Lookup data, as mirrored in January 2023: see test/fixtures/real/README.md). The
 * planner shows it beside each court's NextGen release, since a court's release and address
 * may have changed since.
 */
export const COURT_LIST_MONTH = { year: 2023, month: 1 } as const;

/** The court's website as PACER's list gives it, or null when the list gives none. */
export function courtWebsite(court: Court): string | null {
  return COURT_WEBSITES[court.id]?.replace('//~', `//www.${court.id}.uscourts.gov`) ?? null;
}
