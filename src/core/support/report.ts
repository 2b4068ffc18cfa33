// The plain-text report a user previews and copies for their help desk. It holds enumerated
// facts, times and error codes only: never page text, anything typed, names or account
// names, cookies, query strings, case numbers, client codes or logins.
import { courtById } from '../courts/courts';
import { courtName } from '../courts/names';
import { STEP_COUNT, stepById, STEPS } from '../flow/steps';
import { text } from '../flow/texts';
import { courtsByLatestUpdate, type StoredState } from '../state/state';
import { contactLine, type HelpDeskContact } from './contact';

export interface ReportInput {
  readonly now: Date;
  readonly extensionVersion: string;
  readonly browser: string;
  readonly code: string;
  readonly tab: { readonly court: string | null; readonly page: string; readonly path: string; readonly training: boolean; readonly unsure?: string | null } | null;
  readonly state: StoredState;
  readonly reducedMotion: boolean;
  readonly forcedColors: boolean;
  readonly helpDesk: HelpDeskContact | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const utc = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
const local = (d: Date) => d.toLocaleString('en-US', { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' });

function ago(now: Date, at: number): string {
  const minutes = Math.max(0, Math.round((now.getTime() - at) / 60_000));
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

export function buildReport(input: ReportInput): string {
  const { now, state } = input;
  const lines = [
    'CM/ECF Account Linking Guide: report for the help desk',
    `Made: ${utc(now)} (${local(now)} local)`,
    `Extension: ${input.extensionVersion}; browser: ${input.browser}`,
    `Support code: ${input.code}`,
  ];
  if (input.tab) {
    const court = input.tab.court ? courtById(input.tab.court) : null;
    lines.push(`This tab: ${court ? `${court.id} (${courtName(court)}, ${court.type})` : 'no court'}${input.tab.training ? ', TRAINING site' : ''}; page ${input.tab.page}${input.tab.unsure ? ` (the guide was not sure what it is: ${input.tab.unsure})` : ''}; path ${input.tab.path || '/'}`);
  } else {
    lines.push('This tab: not a court page');
  }
  const hidden = state.settings.hiddenCourts.length ? state.settings.hiddenCourts.join(', ') : 'none';
  lines.push(`Settings: guide ${state.settings.guideHidden ? 'HIDDEN everywhere' : 'shown'}; hidden on: ${hidden}; reduced motion: ${input.reducedMotion ? 'yes' : 'no'}; high contrast: ${input.forcedColors ? 'yes' : 'no'}`);
  if (input.helpDesk) lines.push(`Help desk: ${contactLine(input.helpDesk)}`);
  lines.push('', 'Courts:');
  const courts = courtsByLatestUpdate(state);
  if (courts.length === 0) lines.push('  none started');
  for (const [id, progress] of courts) {
    const court = courtById(id);
    lines.push(`  ${id} (${court?.type ?? 'unknown'}): ${progress.status}${progress.current ? `, on step ${stepById(progress.current).number} of ${STEP_COUNT}` : ''}${progress.lastPage ? `, last page ${progress.lastPage}` : ''}`);
    for (const step of STEPS) {
      const at = progress.done[step.id];
      lines.push(`    ${at ? '[x]' : '[ ]'} ${step.number}. ${text(step.label)}${at ? ` - ${utc(new Date(at))}` : ''}`);
    }
    if (progress.lastError) lines.push(`    last error: ${progress.lastError}${progress.lastErrorAt ? ` (${ago(now, progress.lastErrorAt)})` : ''}`);
    if (progress.reloadedAt) lines.push(`    reloaded after linking: ${ago(now, progress.reloadedAt)}`);
  }
  lines.push('', `Recent guidance (last ${state.events.length}, newest first):`);
  if (state.events.length === 0) lines.push('  none');
  for (const event of [...state.events].reverse()) {
    lines.push(`  ${ago(now, event.at).padEnd(12)} ${event.court.padEnd(6)} ${event.page}${event.reason ? ` (error: ${event.reason})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
