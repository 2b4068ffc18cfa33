// Checks a support state given as JSON (the `support encode` command), field by field.
import { courtById } from '../courts/courts';
import { STEP_IDS } from '../flow/steps';
import { COURT_STATUSES } from '../progress/progress';
import { ERROR_REASONS, PAGE_KINDS } from '../recognition/types';
import { isRecord } from '../state/guards';
import { BROWSER_FAMILIES, CODE_FORMAT, FLAG_NAMES, type SupportState } from './code';
const whole = (v: unknown, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= max;
const oneOf = (v: unknown, list: readonly unknown[]) => v === null || list.includes(v);

/** The state, or the list of what is wrong with it. Accepts what `support decode` prints. */
export function readSupportState(raw: unknown): SupportState | string[] {
  const value = isRecord(raw) && isRecord(raw.state) ? raw.state : raw;
  if (!isRecord(value)) return ['expected a JSON object (the "state" that `support decode` prints)'];
  const problems: string[] = [];
  const version = isRecord(value.version) ? value.version : {};
  const browser = isRecord(value.browser) ? value.browser : {};
  const flags = isRecord(value.flags) ? value.flags : {};
  if ((value.format ?? CODE_FORMAT) !== CODE_FORMAT) problems.push(`format: must be ${CODE_FORMAT}`);
  if (!whole(version.major, 15) || !whole(version.minor, 63)) problems.push('version: {"major": 0-15, "minor": 0-63}');
  if (!(value.court === null || (typeof value.court === 'string' && courtById(value.court)))) problems.push('court: a court id such as "almb", or null');
  if (!oneOf(value.page, PAGE_KINDS)) problems.push(`page: one of ${PAGE_KINDS.join(', ')}, or null`);
  if (!oneOf(value.step, STEP_IDS)) problems.push(`step: one of ${STEP_IDS.join(', ')}, or null`);
  if (!COURT_STATUSES.includes(value.status as never)) problems.push(`status: one of ${COURT_STATUSES.join(', ')}`);
  if (!oneOf(value.reason, ERROR_REASONS)) problems.push(`reason: one of ${ERROR_REASONS.join(', ')}, or null`);
  if (!BROWSER_FAMILIES.includes(browser.family as never) || !whole(browser.major, 255)) problems.push(`browser: {"family": ${BROWSER_FAMILIES.join('|')}, "major": 0-255}`);
  for (const name of FLAG_NAMES) if (typeof (flags[name] ?? false) !== 'boolean') problems.push(`flags.${name}: true or false`);
  if (problems.length) return problems;
  return {
    format: CODE_FORMAT,
    version: { major: version.major as number, minor: version.minor as number },
    court: value.court === null ? null : courtById(value.court as string)!.id,
    page: value.page as SupportState['page'],
    step: value.step as SupportState['step'],
    status: value.status as SupportState['status'],
    reason: value.reason as SupportState['reason'],
    browser: { family: browser.family as SupportState['browser']['family'], major: browser.major as number },
    flags: Object.fromEntries(FLAG_NAMES.map((n) => [n, flags[n] === true])) as SupportState['flags'],
  };
}
