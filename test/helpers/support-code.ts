// The support code as the guide shows it (on an error callout, or after its "Help-desk code" button),
// decoded: what the content script knew when it drew the callout, stored progress included.
import { decodeSupportCode, type SupportState } from '../../src/core/support/code';
import type { CoachMarkState } from '../../tools/practice-court/coach-mark';

/** Groups of three, the last one shorter or not, whatever the code's format and length. */
const CODE = /[0-9A-Z]{3}(?:-[0-9A-Z*~$=]{1,3})+/g;

/** The code in the guide's support line, or null when it shows none. */
export function supportCodeIn(guide: CoachMarkState): string | null {
  // The longest such run: a help-desk phone number in the same line (010-0199) is shorter.
  const found = guide.warnings.flatMap((line) => [...line.matchAll(CODE)].map((m) => m[0]));
  return found.sort((a, b) => b.length - a.length)[0] ?? null;
}

export function decodedSupportCode(guide: CoachMarkState): SupportState | null {
  const code = supportCodeIn(guide);
  return code ? decodeSupportCode(code) : null;
}
