// The support code a user reads aloud to a help desk: enumerated facts only, packed into 55
// bits, written as 11 Crockford base32 characters plus Crockford's mod-37 check symbol,
// grouped for reading: "K7Q-4MX-2PD-R9*". A single wrong character and a swap of two
// characters are always caught (37 is prime and larger than any digit difference). Codes of
// format 1 (50 bits, 10 characters and the check: "K7Q-4MX-2PD-R*"), made by versions before
// the MFA login's page kinds, still decode.
import { allCourts } from '../courts/courts';
import { STEP_IDS, type StepId } from '../flow/steps';
import { text, type TextId } from '../flow/texts';
import { COURT_STATUSES, type CourtStatus } from '../progress/progress';
import { ERROR_REASONS, PAGE_KINDS, type ErrorReason, type PageKind } from '../recognition/types';

export const CODE_FORMAT = 2;

export const BROWSER_FAMILIES = ['other', 'chrome', 'edge', 'firefox'] as const;
export type BrowserFamily = (typeof BROWSER_FAMILIES)[number];

export const FLAG_NAMES = ['training', 'filingMenusSeen', 'f5Done', 'guideHidden', 'reducedMotion', 'forcedColors', 'guideUnsure'] as const;
export type FlagName = (typeof FLAG_NAMES)[number];

export interface SupportState {
  readonly format: number;
  /** Extension version, major.minor. */
  readonly version: { readonly major: number; readonly minor: number };
  readonly court: string | null;
  readonly page: PageKind | null;
  readonly step: StepId | null;
  readonly status: CourtStatus;
  readonly reason: ErrorReason | null;
  readonly browser: { readonly family: BrowserFamily; readonly major: number };
  readonly flags: Readonly<Record<FlagName, boolean>>;
}

type Field = 'format' | 'major' | 'minor' | 'court' | 'page' | 'step' | 'status' | 'reason' | 'family' | 'browserMajor' | 'flags';

/** Each format's layout, [field, bits] most significant first, and its number of data characters. */
const LAYOUTS: Readonly<Record<number, { readonly fields: ReadonlyArray<readonly [Field, number]>; readonly chars: number }>> = {
  // 50 bits: 12 page kinds, 4 reasons, 6 flags.
  1: { fields: [['format', 3], ['major', 4], ['minor', 6], ['court', 8], ['page', 4], ['step', 3], ['status', 3], ['reason', 3], ['family', 2], ['browserMajor', 8], ['flags', 6]], chars: 10 },
  // 54 of 55 bits: room for the MFA login's page kinds (31), its reasons (15) and 8 flags.
  2: { fields: [['format', 3], ['major', 4], ['minor', 6], ['court', 8], ['page', 5], ['step', 3], ['status', 3], ['reason', 4], ['family', 2], ['browserMajor', 8], ['flags', 8]], chars: 11 },
};
const CURRENT = LAYOUTS[CODE_FORMAT]!;

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const CHECK_SYMBOLS = `${ALPHABET}*~$=U`;

/** A code that cannot be read, with what the help desk should do, in the help desk's language. */
export class SupportCodeError extends Error {}

const clamp = (value: number, bits: number) => Math.max(0, Math.min(Math.trunc(value), 2 ** bits - 1));

function numbers(state: SupportState): Record<Field, number> {
  const courtIndex = state.court === null ? 0 : allCourts().findIndex((c) => c.id === state.court) + 1;
  const indexOr0 = <T>(list: readonly T[], value: T | null) => (value === null ? 0 : list.indexOf(value) + 1);
  return {
    format: state.format,
    major: state.version.major,
    minor: state.version.minor,
    court: courtIndex,
    page: indexOr0(PAGE_KINDS, state.page),
    step: indexOr0(STEP_IDS, state.step),
    status: COURT_STATUSES.indexOf(state.status),
    reason: indexOr0(ERROR_REASONS, state.reason),
    family: BROWSER_FAMILIES.indexOf(state.browser.family),
    browserMajor: state.browser.major,
    flags: FLAG_NAMES.reduce((bits, name, i) => bits | (state.flags[name] ? 1 << i : 0), 0),
  };
}

function checkSymbol(value: bigint): string {
  return CHECK_SYMBOLS[Number(value % 37n)]!;
}

/** The code for a state, grouped for reading aloud. */
export function encodeSupportCode(state: SupportState): string {
  const fields = { ...numbers(state), format: CODE_FORMAT };
  let value = 0n;
  for (const [name, bits] of CURRENT.fields) value = (value << BigInt(bits)) | BigInt(clamp(fields[name], bits));
  let chars = '';
  for (let i = 0; i < CURRENT.chars; i += 1) chars = ALPHABET[Number((value >> BigInt(5 * i)) & 31n)]! + chars;
  const code = chars + checkSymbol(value);
  return code.match(/.{1,3}/g)!.join('-');
}

/** Read-aloud mistakes a typist makes: O for 0, I and L for 1; case, spaces and dashes do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s\-_.]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export function decodeSupportCode(typed: string): SupportState {
  const code = normaliseCode(typed);
  if (code.length === 0) throw new SupportCodeError(text('code_empty'));
  // The length tells the format: 12 characters now, 11 from versions before format 2.
  const layout = Object.values(LAYOUTS).find((l) => l.chars + 1 === code.length);
  if (!layout) {
    throw new SupportCodeError(text('code_length', CURRENT.chars + 1, code.length));
  }
  const DATA_CHARS = layout.chars;
  let value = 0n;
  for (const [i, char] of [...code.slice(0, DATA_CHARS)].entries()) {
    const digit = ALPHABET.indexOf(char);
    if (digit < 0) throw new SupportCodeError(text('code_bad_character', char, i + 1));
    value = (value << 5n) | BigInt(digit);
  }
  const check = code[DATA_CHARS]!;
  if (!CHECK_SYMBOLS.includes(check)) throw new SupportCodeError(text('code_bad_last', check));
  if (checkSymbol(value) !== check) throw new SupportCodeError(text('code_check_failed'));
  const fields: Record<string, number> = {};
  for (const [name, bits] of [...layout.fields].reverse()) {
    fields[name] = Number(value & BigInt(2 ** bits - 1));
    value >>= BigInt(bits);
  }
  if (LAYOUTS[fields.format!] !== layout) throw new SupportCodeError(text('code_newer_format', fields.format!));
  /** The list's item the field numbers from 1 (0: none); a number past its end is an error named `unknown`. */
  const pick = <T>(list: readonly T[], n: number, unknown: TextId): T | null => {
    if (n === 0) return null;
    const item = list[n - 1];
    if (item === undefined) throw new SupportCodeError(text(unknown));
    return item;
  };
  const court = pick(allCourts(), fields.court!, 'code_unknown_court');
  const status = COURT_STATUSES[fields.status!];
  if (!status) throw new SupportCodeError(text('code_unknown_status'));
  return {
    format: fields.format!,
    version: { major: fields.major!, minor: fields.minor! },
    court: court?.id ?? null,
    page: pick(PAGE_KINDS, fields.page!, 'code_unknown_page'),
    step: pick(STEP_IDS, fields.step!, 'code_unknown_step'),
    status,
    reason: pick(ERROR_REASONS, fields.reason!, 'code_unknown_reason'),
    browser: { family: BROWSER_FAMILIES[fields.family!]!, major: fields.browserMajor! },
    flags: Object.fromEntries(FLAG_NAMES.map((name, i) => [name, (fields.flags! & (1 << i)) !== 0])) as Record<FlagName, boolean>,
  };
}
