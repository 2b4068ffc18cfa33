// The support code as the guide shows it (an error callout, or after "Show a support code"),
// decoded: what the content script knew when it drew the callout, stored progress included.
import { decodeSupportCode, type SupportState } from '../../src/core/support/code';
import type { CoachMarkState } from '../../tools/practice-court/coach-mark';

const CODE = /[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z][0-9A-Z*~$=]/;

/** The code in the guide's support line, or null when it shows none. */
export function supportCodeIn(guide: CoachMarkState): string | null {
  for (const line of guide.warnings) {
    const found = CODE.exec(line);
    if (found) return found[0];
  }
  return null;
}

export function decodedSupportCode(guide: CoachMarkState): SupportState | null {
  const code = supportCodeIn(guide);
  return code ? decodeSupportCode(code) : null;
}
