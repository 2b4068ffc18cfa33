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

const TYPE_BY_LETTER: Record<string, CourtType> = { b: 'bankruptcy', d: 'district', a: 'appellate', n: 'national' };
/** The table leaves out the usual PACER id: the court id in capitals plus K or C. */
const USUAL_PACER_SUFFIX: Record<string, string> = { b: 'K', d: 'C' };

export const COURTS: readonly Court[] = COURT_ROWS.split('\n').map((row, index) => {
  const [id = '', pacer = '', type = '', release = ''] = row.split('|');
  const pacerIds = pacer ? pacer.split(',') : [`${id.toUpperCase()}${USUAL_PACER_SUFFIX[type] ?? ''}`];
  return { id, index, type: TYPE_BY_LETTER[type] ?? 'district', pacerIds, release };
});

const byId = new Map(COURTS.map((court) => [court.id, court]));
const byPacerId = new Map(COURTS.flatMap((court) => court.pacerIds.map((pacerId) => [pacerId, court] as const)));

export function courtById(id: string): Court | null {
  return byId.get(id.trim().toLowerCase()) ?? null;
}

/** `ALMBK` → almb. Case-insensitive, since the id arrives in a query string. */
export function courtByPacerId(pacerId: string): Court | null {
  return byPacerId.get(pacerId.trim().toUpperCase()) ?? null;
}

/**
 * Whether the linking guide applies: bankruptcy, district and national trial courts use
 * the flow; the courts of appeals have their own (and two moved to ACMS).
 */
export function usesLinkingFlow(court: Court): boolean {
  return court.type !== 'appellate';
}
