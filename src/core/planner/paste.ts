// Reads a pasted list of courts (a firm's admission list, a spreadsheet column, an e-mail):
// court ids (almb), PACER ids (ALMBK), court addresses (ecf.almb.uscourts.gov), PACER's names
// ("Alabama Middle Bankruptcy Court"), the way lawyers write them ("Bankruptcy Court for the
// Middle District of Alabama") and citation forms ("Bankr. M.D. Ala.", "S.D.N.Y.").
// Nothing is guessed: an entry that could be two courts is reported with both, one that is no
// court is reported as it was written, and neither is dropped. Pure: no browser API.
import { allCourts, courtById, courtByPacerId, usesLinkingFlow, type Court } from '../courts/courts';
import { courtName } from '../courts/names';

/** How much of a paste is read (a few hundred courts fit many times over). */
export const MAX_PASTE_CHARS = 50_000;
/** How many entries are read. */
export const MAX_ENTRIES = 1_000;
/** An entry is shown back at most this long. */
const SHOWN_CHARS = 80;

export interface Ambiguous {
  /** The entry as the user wrote it (shortened for display). */
  readonly entry: string;
  readonly candidates: readonly Court[];
}

export interface PasteResult {
  /** Courts recognised and not yet in the user's list, each once, in the order pasted. */
  readonly added: readonly Court[];
  /** Courts recognised that the list already holds. */
  readonly already: readonly Court[];
  /** Entries naming a court of appeals, which links accounts its own way. */
  readonly appellate: readonly string[];
  /** Entries that could be more than one court. */
  readonly ambiguous: readonly Ambiguous[];
  /** Entries that name no court. */
  readonly unknown: readonly string[];
  /** The entries not resolved (ambiguous and unknown) and anything not read, one a line, for the user to correct. */
  readonly leftover: string;
  /** The paste was longer than MAX_PASTE_CHARS or held more than MAX_ENTRIES entries: the rest was not read. */
  readonly truncated: boolean;
}

type Resolution = { readonly kind: 'court'; readonly court: Court } | { readonly kind: 'ambiguous'; readonly candidates: readonly Court[] } | { readonly kind: 'none' };

const NONE: Resolution = { kind: 'none' };
const one = (court: Court): Resolution => ({ kind: 'court', court });

// --- The court table read as state, district and type -------------------------------------

interface CourtPlace {
  readonly court: Court;
  /** "alabama", "district of columbia", "northern mariana islands". */
  readonly state: string;
  /** n, s, e, w, m, c; '' for a state's only district. */
  readonly district: string;
  readonly type: 'b' | 'd';
}

const DISTRICT_WORDS: Readonly<Record<string, string>> = { northern: 'n', southern: 's', eastern: 'e', western: 'w', middle: 'm', central: 'c' };

/**
 * Citation abbreviations of the states and territories (The Bluebook, table T10), with their
 * dots and spaces taken out: "N. Mar. I." → nmari, "W. Va." → wva.
 */
const STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: 'alabama', alaska: 'alaska', ariz: 'arizona', ark: 'arkansas', cal: 'california', calif: 'california', colo: 'colorado',
  conn: 'connecticut', del: 'delaware', dc: 'district of columbia', fla: 'florida', ga: 'georgia', guam: 'guam', haw: 'hawaii',
  idaho: 'idaho', ill: 'illinois', ind: 'indiana', iowa: 'iowa', kan: 'kansas', ky: 'kentucky', la: 'louisiana', me: 'maine',
  md: 'maryland', mass: 'massachusetts', mich: 'michigan', minn: 'minnesota', miss: 'mississippi', mo: 'missouri', mont: 'montana',
  neb: 'nebraska', nev: 'nevada', nh: 'new hampshire', nj: 'new jersey', nm: 'new mexico', ny: 'new york', nc: 'north carolina',
  nd: 'north dakota', nmari: 'northern mariana islands', ohio: 'ohio', okla: 'oklahoma', or: 'oregon', pa: 'pennsylvania',
  pr: 'puerto rico', ri: 'rhode island', sc: 'south carolina', sd: 'south dakota', tenn: 'tennessee', tex: 'texas', utah: 'utah',
  vt: 'vermont', vi: 'virgin islands', va: 'virginia', wash: 'washington', wva: 'west virginia', wis: 'wisconsin', wyo: 'wyoming',
};

let places: readonly CourtPlace[] | null = null;
/** State names, longest first, so "west virginia" is found before "virginia". */
let stateNames: readonly string[] | null = null;

/** Every bankruptcy and district court by state, district and type, read from PACER's names ("Alabama Middle Bankruptcy Court"). */
function courtPlaces(): readonly CourtPlace[] {
  if (places) return places;
  const found: CourtPlace[] = [];
  for (const court of allCourts()) {
    if (court.type !== 'bankruptcy' && court.type !== 'district') continue;
    const match = /^(.+?)(?: (northern|southern|eastern|western|middle|central))? (bankruptcy|district)(?: court)?$/.exec(courtName(court).toLowerCase());
    if (!match) continue;
    found.push({ court, state: match[1]!, district: match[2] ? DISTRICT_WORDS[match[2]]! : '', type: match[3] === 'bankruptcy' ? 'b' : 'd' });
  }
  places = found;
  stateNames = [...new Set(found.map((p) => p.state))].sort((a, b) => b.length - a.length);
  return places;
}

function placeMatches(state: string, district: string | null, type: 'b' | 'd' | null): Resolution {
  const inState = courtPlaces().filter((p) => p.state === state);
  // No district named: the state's only district, if it has one.
  const inDistrict = district === null ? inState.filter((p) => p.district === '' || !inState.some((q) => q.district === '')) : inState.filter((p) => p.district === district);
  const candidates = inDistrict.filter((p) => type === null || p.type === type).map((p) => p.court);
  if (candidates.length === 1) return one(candidates[0]!);
  return candidates.length > 1 ? { kind: 'ambiguous', candidates } : NONE;
}

// --- One entry ----------------------------------------------------------------------------

/** "Bankr. M.D. Ala.", "S.D.N.Y.", "D. Del.", "N.D. Cal. Bankr.", "USDC N.D. Ill.": dots and spaces taken out first. */
function byCitation(entry: string): Resolution {
  const compact = entry.toLowerCase().replace(/[.\s]/g, '');
  const match = /^(bankr|bk|usbc|usdc)?([nsewmc])?d([a-z]{2,6})(bankr|bk)?$/.exec(compact);
  if (!match) return NONE;
  const state = STATE_ABBREVIATIONS[match[3]!];
  if (!state) return NONE;
  const bankruptcy = (match[1] !== undefined && match[1] !== 'usdc') || match[4] !== undefined;
  return placeMatches(state, match[2] ?? null, bankruptcy ? 'b' : 'd');
}

/** "Bankruptcy Court for the Middle District of Alabama", "U.S. District Court, District of Delaware", "Alabama Middle Bankruptcy Court". */
function byName(entry: string): Resolution {
  courtPlaces();
  let words = ` ${entry.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()} `;
  const states = stateNames!.filter((state) => {
    if (!words.includes(` ${state} `)) return false;
    words = words.replace(` ${state} `, ' ');
    return true;
  });
  if (states.length !== 1) return NONE;
  const bankruptcy = /\s(bankruptcy|bankr|bk|usbc)\s/.test(words);
  const district = /\sdistrict court\s|\susdc\s/.test(words);
  const type = bankruptcy === district ? null : bankruptcy ? 'b' : 'd';
  const districts = new Set<string>();
  for (const [word, letter] of Object.entries(DISTRICT_WORDS)) if (words.includes(` ${word} `)) districts.add(letter);
  // "N.D. Alabama": a district letter before a lone d.
  for (const match of words.matchAll(/ ([nsewmc]) d(?= )/g)) districts.add(match[1]!);
  if (districts.size > 1) return NONE;
  return placeMatches(states[0]!, districts.size ? [...districts][0]! : null, type);
}

/** What the popup's search matches words against (searchCourts), built once for a whole paste. */
let haystacks: ReadonlyArray<readonly [Court, string]> | null = null;

/** Every word found in one court's name or id (as the popup's search finds courts), when that points at few courts. */
function bySearch(entry: string): Resolution {
  if (!/[a-z]{3,}/i.test(entry)) return NONE;
  haystacks ??= allCourts().map((court) => [court, `${court.id} ${courtName(court)} ${court.type}`.toLowerCase()] as const);
  const words = entry.toLowerCase().split(/\s+/).filter(Boolean);
  const found = haystacks.filter(([, haystack]) => words.every((word) => haystack.includes(word))).map(([court]) => court);
  // The courts the guide covers first: "ninth circuit" is two courts of appeals, and no other.
  const trial = found.filter(usesLinkingFlow);
  const candidates = trial.length > 0 ? trial : found;
  if (candidates.length === 1) return one(candidates[0]!);
  return candidates.length > 1 && candidates.length <= 4 ? { kind: 'ambiguous', candidates } : NONE;
}

const idCourt = (id: string | undefined) => (id ? courtById(id) : null);

export function resolveEntry(raw: string): Resolution {
  const entry = raw.trim();
  if (entry === '' || entry.length > 300) return NONE;
  const bare = /^[A-Za-z0-9]{2,8}$/.test(entry) ? (idCourt(entry) ?? courtByPacerId(entry)) : null;
  if (bare) return one(bare);
  // An address: ecf.almb.uscourts.gov, https://www.almb.uscourts.gov/…
  const host = /(?:^|[\s/@.])(?:(?:ecf|ecf-train|ecf-test|www)\.)?([a-z0-9]{2,8})\.uscourts\.gov\b/i.exec(entry);
  const byHost = idCourt(host?.[1]);
  if (byHost) return one(byHost);
  // "Alabama Middle Bankruptcy Court (almb)", as the popup and its exports write courts; "almb – Alabama…".
  const tagged = idCourt(/\(\s*([A-Za-z0-9]{2,8})\s*\)\s*$/.exec(entry)?.[1]) ?? idCourt(/^([A-Za-z0-9]{2,8})\s*[-–—:]\s+\S/.exec(entry)?.[1]);
  if (tagged) return one(tagged);
  for (const way of [byCitation, byName, bySearch]) {
    const found = way(entry);
    if (found.kind !== 'none') return found;
  }
  return NONE;
}

// --- A whole paste ------------------------------------------------------------------------

/** A list's decoration: bullets, numbers, quotes. */
function clean(piece: string): string {
  return piece
    .trim()
    .replace(/^(?:[-*•·▪‣◦>]+|\(?\d{1,3}[.)])\s+/, '')
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
}

const shown = (entry: string) => (entry.length > SHOWN_CHARS ? `${entry.slice(0, SHOWN_CHARS - 1)}…` : entry);

/**
 * Splits a paste into entries: lines, and within a line commas, semicolons, tabs or bars when
 * each part is a court by itself ("almb, almd, cacb"). A line whose parts are not courts on
 * their own is read whole ("U.S. Bankruptcy Court, Middle District of Alabama").
 */
function entriesOf(text: string): Array<{ entry: string; found: Resolution }> {
  const out: Array<{ entry: string; found: Resolution }> = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    const whole = clean(line);
    if (whole === '') continue;
    const pieces = line.split(/[,;\t|]+/).map(clean).filter(Boolean);
    if (pieces.length <= 1) {
      out.push({ entry: whole, found: resolveEntry(whole) });
      continue;
    }
    const each = pieces.map((entry) => ({ entry, found: resolveEntry(entry) }));
    if (each.every((e) => e.found.kind === 'court')) {
      out.push(...each);
      continue;
    }
    const asOne = resolveEntry(whole);
    out.push(...(asOne.kind === 'court' ? [{ entry: whole, found: asOne }] : each));
  }
  return out;
}

/** Reads a paste against the courts already in the user's list. Never throws. */
export function parseCourtList(text: string, inList: ReadonlySet<string>): PasteResult {
  // What is not read stays in the box, whole lines: a long paste loses nothing either.
  let cut = text.length;
  if (text.length > MAX_PASTE_CHARS) {
    const lineEnd = text.lastIndexOf('\n', MAX_PASTE_CHARS);
    cut = lineEnd > 0 ? lineEnd : MAX_PASTE_CHARS;
  }
  const all = entriesOf(text.slice(0, cut));
  const entries = all.slice(0, MAX_ENTRIES);
  const unread = [...all.slice(MAX_ENTRIES).map((e) => e.entry), text.slice(cut).trim()].filter(Boolean);
  const added: Court[] = [];
  const already: Court[] = [];
  const appellate: string[] = [];
  const ambiguous: Ambiguous[] = [];
  const unknown: string[] = [];
  const leftover: string[] = [];
  const seen = new Set<string>();
  const seenEntries = new Set<string>();
  for (const { entry, found } of entries) {
    if (found.kind === 'court' || (found.kind === 'ambiguous' && found.candidates.every((c) => !usesLinkingFlow(c)))) {
      const court = found.kind === 'court' ? found.court : found.candidates[0]!;
      if (!usesLinkingFlow(court)) {
        if (!seenEntries.has(entry)) appellate.push(shown(entry));
      } else if (!seen.has(court.id)) {
        (inList.has(court.id) ? already : added).push(court);
      }
      seen.add(court.id);
      seenEntries.add(entry);
      continue;
    }
    if (seenEntries.has(entry)) continue;
    seenEntries.add(entry);
    leftover.push(entry);
    if (found.kind === 'ambiguous') ambiguous.push({ entry: shown(entry), candidates: found.candidates.filter(usesLinkingFlow) });
    else unknown.push(shown(entry));
  }
  return { added, already, appellate, ambiguous, unknown, leftover: [...leftover, ...unread].join('\n'), truncated: unread.length > 0 };
}
