// The report's contents and the `support` command.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS } from '../../src/core/progress/progress';
import { readContact } from '../../src/core/support/contact';
import { reportablePath } from '../../src/core/support/privacy';
import { buildReport } from '../../src/core/support/report';
import { EMPTY_STATE } from '../../src/core/state/state';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('the report', () => {
  const now = new Date('2026-11-25T15:04:30Z');
  const state = {
    ...EMPTY_STATE,
    courts: { almb: { ...EMPTY_PROGRESS, status: 'in-progress' as const, done: { 'open-filing': now.getTime() - 600_000 }, current: 'log-in' as const, lastError: 'bad-credentials' as const, lastErrorAt: now.getTime() - 120_000, lastPage: 'pacer-login' as const, updatedAt: now.getTime() } },
    events: [{ at: now.getTime() - 600_000, court: 'almb', page: 'court-home' as const, reason: null }, { at: now.getTime() - 120_000, court: 'almb', page: 'pacer-login' as const, reason: 'bad-credentials' as const }],
  };
  const report = buildReport({
    now, extensionVersion: '0.1.0', browser: 'chrome 156', code: 'ABC-DEF-GHJ-KM', tab: { court: 'almb', page: 'pacer-login', path: '/csologin/login.jsf', training: false },
    state, reducedMotion: true, forcedColors: false, helpDesk: readContact({ name: 'Acme IT', phone: '555-0100' }),
  });

  it('says when, where, which versions, the steps with times and the recent events', () => {
    expect(report).toContain('Made: 2026-11-25 15:04 UTC');
    expect(report).toContain('Extension: 0.1.0; browser: chrome 156');
    expect(report).toContain('This tab: almb (Alabama Middle Bankruptcy Court, bankruptcy); page pacer-login; path /csologin/login.jsf');
    expect(report).toContain('[x] 1. Open the court\'s filing system - 2026-11-25 14:54 UTC');
    expect(report).toContain('[ ] 2. Log in with your PACER account');
    expect(report).toContain('last error: bad-credentials (2 min ago)');
    expect(report).toMatch(/2 min ago\s+almb\s+pacer-login \(error: bad-credentials\)/);
    expect(report).toContain('reduced motion: yes');
    expect(report).toContain('Help desk: Acme IT, 555-0100');
    expect(report.split('\n').findIndex((l) => l.includes('pacer-login (error'))).toBeLessThan(report.split('\n').findIndex((l) => l.includes('court-home')));
  });

  it('reports paths without queries, digits or any part that is not a known CM/ECF one', () => {
    expect(reportablePath('https://ecf.almb.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1')).toBe('/cgi-bin/DktRpt.pl');
    // No digit at all: the background drops a page report whose path has one.
    expect(reportablePath('https://ecf.almb.uscourts.gov/doc1/035012345678#x')).toBe('/doc…/…');
    expect(reportablePath('https://ecf.almb.uscourts.gov/cgi-bin/Johnathan/iquery.pl?Johnathan')).toBe('/cgi-bin/…/iquery.pl');
    expect(reportablePath('https://ecf.almb.uscourts.gov/cgi-bin/%CE%BB/Litigant.pl')).toBe('/cgi-bin/…/…');
    expect(reportablePath('https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK')).toBe('/csologin/login.jsf');
    expect(reportablePath('not a url')).toBe('');
  });

  it('takes a help-desk contact only in a safe shape', () => {
    expect(readContact({ name: '<script>Acme</script>', web: 'javascript:alert(1)', email: 'nope', phone: 'call 555-0100!' })).toEqual({ name: 'scriptAcme/script', phone: '555-0100', email: '', web: '' });
    expect(readContact({})).toBeNull();
    expect(readContact('Acme')).toBeNull();
  });
});

describe('npm run -s support', () => {
  const run = (args: string[]) => spawnSync('node', ['tools/run.mjs', 'support', ...args], { cwd: ROOT, encoding: 'utf8' });
  const dir = mkdtempSync(join(tmpdir(), 'support-'));

  it('encodes what decode prints, and decodes it back', () => {
    const state = { version: { major: 0, minor: 1 }, court: 'nysb', page: 'link-error', step: 'enter-credentials', status: 'in-progress', reason: 'already-linked', browser: { family: 'edge', major: 140 }, flags: { guideHidden: true } };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(state));
    const encoded = run(['encode', join(dir, 'state.json')]);
    expect(encoded.status).toBe(0);
    const code = encoded.stdout.trim();
    const decoded = run(['decode', code]);
    expect(decoded.status).toBe(0);
    const printed = JSON.parse(decoded.stdout);
    expect(printed.state).toMatchObject({ court: 'nysb', reason: 'already-linked', browser: { family: 'edge', major: 140 } });
    expect(printed.summary[0]).toContain('(nysb, bankruptcy)');
    expect(printed.advice).toContain('already linked');
    writeFileSync(join(dir, 'decoded.json'), decoded.stdout);
    expect(run(['encode', join(dir, 'decoded.json')]).stdout.trim()).toBe(code);
  }, 60_000);

  it('explains a mistyped code, bad JSON, a wrong state, a binary file and bad usage', () => {
    expect(run(['decode', 'K7Q-4MX']).stderr).toContain('has 12 characters');
    writeFileSync(join(dir, 'bad.json'), '{nope');
    expect(run(['encode', join(dir, 'bad.json')]).stderr).toContain('is not valid JSON');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ court: 'atlantis' }));
    expect(run(['encode', join(dir, 'wrong.json')]).stderr).toContain('court: a court id');
    writeFileSync(join(dir, 'binary.json'), Buffer.from([1, 0, 2, 0]));
    const binary = run(['encode', join(dir, 'binary.json')]);
    expect([binary.status, binary.stderr]).toEqual([1, expect.stringContaining('binary')]);
    expect(run(['frobnicate']).status).toBe(2);
  }, 60_000);
});
