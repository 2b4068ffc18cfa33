// PACER's court list as the extension knows it: each court's id, type and hosts, looked up by
// id or by host. The rows are generated from ../shared/courts.tsv (table.generated.ts).
import { COURT_ROWS } from './table.generated';

export type CourtType = 'bankruptcy' | 'district' | 'appellate' | 'national';

export interface Court {
  /** The id in the host name, `ecf.<id>.uscourts.gov`, e.g. `almb`. */
  readonly id: string;
  /** Position in the court table: stable for one table, used by compact codes. */
  readonly index: number;
  readonly type: CourtType;
  /** Ids the central PACER login uses in `pscCourtId` (ALMBK; appellate courts also have a BAP id). */
  readonly pacerIds: readonly string[];
  /** NextGen release such as `1.6.4`, or `''` when the list does not show the court on NextGen. */
  readonly release: string;
}

/** What a court page's guide knows of its court: its id and kind (see naming.ts). */
export type CourtRef = Pick<Court, 'id' | 'type'>;

const TYPE_BY_LETTER: Record<string, CourtType> = { b: 'bankruptcy', d: 'district', a: 'appellate', n: 'national' };
/** The table leaves out the usual PACER id: the court id in capitals plus K or C. */
const USUAL_PACER_SUFFIX: Record<string, string> = { b: 'K', d: 'C' };

function parseRow(row: string, index: number): Court {
  const [id = '', pacer = '', type = '', release = ''] = row.split('|');
  const pacerIds = pacer ? pacer.split(',') : [`${id.toUpperCase()}${USUAL_PACER_SUFFIX[type] ?? ''}`];
  return { id, index, type: TYPE_BY_LETTER[type] ?? 'district', pacerIds, release };
}

// Built on first use: a court page needs its own court's row, not all of them.
let table: readonly Court[] | null = null;
let byPacerId: ReadonlyMap<string, Court> | null = null;
const byId = new Map<string, Court>();

/** Every court, in table order. */
export function allCourts(): readonly Court[] {
  // Courts already looked up keep their objects: one object per court.
  table ??= COURT_ROWS.split('\n').map((row, index) => byId.get(row.slice(0, row.indexOf('|'))) ?? parseRow(row, index));
  return table;
}

export function courtById(id: string): Court | null {
  const key = id.trim().toLowerCase();
  const known = byId.get(key);
  if (known !== undefined) return known;
  let court: Court | null = null;
  if (table) court = table.find((c) => c.id === key) ?? null;
  else if (/^[a-z0-9]+$/.test(key)) {
    // Find the one row without splitting the table: its index is the rows before it.
    const rows = `\n${COURT_ROWS}`;
    const at = rows.indexOf(`\n${key}|`);
    if (at >= 0) {
      const index = rows.slice(1, at + 1).split('\n').length - 1;
      const end = rows.indexOf('\n', at + 1);
      court = parseRow(rows.slice(at + 1, end === -1 ? undefined : end), index);
    }
  }
  if (court) byId.set(key, court);
  return court;
}

/** `ALMBK` → almb. Case-insensitive, since the id arrives in a query string. */
export function courtByPacerId(pacerId: string): Court | null {
  byPacerId ??= new Map(allCourts().flatMap((court) => court.pacerIds.map((id) => [id, court] as const)));
  return byPacerId.get(pacerId.trim().toUpperCase()) ?? null;
}

/**
 * Whether the linking guide applies: bankruptcy, district and national trial courts use
 * the flow; the courts of appeals have their own (and two moved to ACMS).
 */
export function usesLinkingFlow(court: CourtRef): boolean {
  return court.type !== 'appellate';
}

/** The court table as a directory for reading sites (sites.ts). */
export const TABLE_COURTS = { byId: courtById, byPacerId: courtByPacerId } as const;
