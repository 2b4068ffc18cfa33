// The courts as their names are formed, without the court table: what the guide's bundles use
// on court pages. They run only on the hosts the background registered them for (or injected
// them into) from the table, and the background checks every court id it is told against the
// table again; so reading the id from a host name here costs no trust, and keeps 1 KB of
// table out of every page's script. A test holds the rule to the table, court by court.
// Examples: naming.examples.ts.
import type { CourtDirectory } from './sites';
import type { CourtRef, CourtType } from './courts';

/** Courts of appeals and bankruptcy appellate panels: ca1–ca11, cadc, cafc, bap1, bap9, bap10. */
const APPELLATE = /^(?:ca(?:\d{1,2}|dc|fc)|bap\d{1,2})$/;
const NATIONAL = new Set(['cit', 'cofc', 'jpml']);

/** The central login's ids that are not the court id in capitals plus K (bankruptcy) or C (district). */
const UNUSUAL_PACER_IDS: Record<string, string> = { '1DCCA': 'cadc', CAFC: 'cafc', CITDC: 'cit', USFCC: 'cofc', JPMLDC: 'jpml' };

function typeOf(id: string): CourtType | null {
  if (APPELLATE.test(id)) return 'appellate';
  if (NATIONAL.has(id)) return 'national';
  if (id.length < 3) return null;
  return id.endsWith('b') ? 'bankruptcy' : id.endsWith('d') ? 'district' : null;
}

function byId(input: string): CourtRef | null {
  const id = input.trim().toLowerCase();
  if (!/^[a-z0-9]{2,8}$/.test(id)) return null;
  const type = typeOf(id);
  return type ? { id, type } : null;
}

function byPacerId(input: string): CourtRef | null {
  const pacerId = input.trim().toUpperCase();
  const unusual = UNUSUAL_PACER_IDS[pacerId];
  if (unusual) return byId(unusual);
  const numbered = /^(\d{2})(CA|BAP)$/.exec(pacerId);
  if (numbered) return byId(`${numbered[2] === 'CA' ? 'ca' : 'bap'}${Number(numbered[1])}`);
  // ALMBK: a bankruptcy court's id and K; ALMDC: a district court's id and C.
  const usual = /^([A-Z]{2,7})([KC])$/.exec(pacerId);
  if (!usual) return null;
  const court = byId(usual[1]!);
  return court && court.type === (usual[2] === 'K' ? 'bankruptcy' : 'district') ? court : null;
}

export const NAMED_COURTS: CourtDirectory = { byId, byPacerId };

/**
 * The courts by their host names alone, for the guide on a court's own pages: such a page names
 * its court by its host, never by the central login's ids, so that bundle carries none of them.
 */
export const HOST_COURTS: CourtDirectory = { byId, byPacerId: () => null };
