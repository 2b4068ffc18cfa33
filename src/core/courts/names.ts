// Court names, for the extension's own pages (popup, help desk, report). Apart from
// courts.ts so that the content script, which shows no name, does not carry them.
import { allCourts, courtById, type Court } from './courts';
import { COURT_NAMES } from './table.generated';

let names: readonly string[] | null = null;

/** `almb` → "Alabama Middle Bankruptcy Court". */
export function courtName(court: Court): string {
  names ??= COURT_NAMES.split('\n');
  return names[court.index] ?? court.id;
}

/** Courts whose name or id contains every word of the query (for the popup's search). */
export function searchCourts(query: string): Court[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...allCourts()];
  return allCourts().filter((court) => {
    const haystack = `${court.id} ${courtName(court)} ${court.type}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The name for a court id, or the id itself when the table does not know it. */
export function courtNameById(id: string): string {
  const court = courtById(id);
  return court ? courtName(court) : id;
}
