// CSV as spreadsheets read it (RFC 4180): fields quoted when they hold a comma, a quote or a
// line break, lines ended by CRLF, and a byte-order mark so Excel reads the accents of the
// Spanish texts. A field that a spreadsheet would take for a formula (=, +, -, @) is prefixed
// with an apostrophe: these fields come from the court table and the catalogue, never from
// what anyone typed, but an export must never run as a formula.
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: string): string {
  const safe = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], body: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...body].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The file's name: the day it was made, in the user's own time zone (YYYY-MM-DD). */
export function csvFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `cmecf-linking-courts-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.csv`;
}

/** A date for a spreadsheet: YYYY-MM-DD in the user's own time zone. */
export function isoDate(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
