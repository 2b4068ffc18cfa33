// The help desks' command, run as they run it.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/fixtures';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (args: string[]) => spawnSync('node', ['tools/run.mjs', 'classify', ...args], { cwd: ROOT, encoding: 'utf8' });
const lines = (stdout: string) => stdout.trim().split('\n').map((line) => JSON.parse(line));

describe('npm run -s classify', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'classify-'));
    const landing = execFileSync('cat', [`${FIXTURES}real/almb-ecf-landing.html`], { encoding: 'latin1' });
    writeFileSync(join(dir, 'saved-from.html'), `<!-- saved from url=(0031)https://ecf.nysb.uscourts.gov/ -->\n${landing}`);
    writeFileSync(join(dir, 'base.html'), landing.replace('<head>', '<head><base href="https://ecf.ganb.uscourts.gov/">'));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'huge.html'), Buffer.alloc(20 * 1024 * 1024, 0x61));
    writeFileSync(join(dir, 'list.tsv'), `https://ecf.almd.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities\t${FIXTURES}replicas/almd-utilities.html\nno tab here\n`);
  });

  it('prints exactly the agreed keys, one line per page', () => {
    const result = run(['--url', 'https://ecf.almb.uscourts.gov/', `${FIXTURES}real/almb-ecf-landing.html`]);
    expect(result.status).toBe(0);
    const [line] = lines(result.stdout);
    expect(Object.keys(line)).toEqual(['file', 'court', 'courtType', 'training', 'page', 'filer', 'next', 'reason']);
    expect(line).toMatchObject({ court: 'almb', courtType: 'bankruptcy', page: 'court-home', next: { control: 'entry', text: 'Login', href: 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl' } });
  });

  it('uses the page\'s own evidence without --url, or reports court null', () => {
    const result = run([join(dir, 'saved-from.html'), join(dir, 'base.html'), `${FIXTURES}real/flnb-ecf-landing.html`, `${FIXTURES}real/almb-ecf-landing.html`]);
    expect(result.status).toBe(0);
    expect(lines(result.stdout).map((l) => [l.court, l.page])).toEqual([
      ['nysb', 'court-home'],
      ['ganb', 'court-home'],
      ['flnb', 'court-home'], // absolute links
      [null, 'court-home'],
    ]);
  });

  it('explains bad input, classifies the rest, and fails at the end', () => {
    const names = ['missing.html', 'empty.html', 'binary.html', 'huge.html'].map((n) => join(dir, n));
    const result = run([...names, `${FIXTURES}replicas/almb-link-verify.html`, '--batch', join(dir, 'list.tsv')]);
    expect(result.status).toBe(1);
    const out = lines(result.stdout);
    expect(out).toHaveLength(7);
    expect(out.slice(0, 4).map((l) => l.error)).toEqual([
      expect.stringContaining('no such file'),
      expect.stringContaining('is empty'),
      expect.stringContaining('binary'),
      expect.stringContaining('20.0 MB'),
    ]);
    expect(out[4].page).toBe('link-verify');
    expect(out[5]).toMatchObject({ court: 'almd', page: 'utilities', next: { control: 'nextgen-menu' } });
    expect(out[6].error).toContain('not URL<TAB>PATH');
    expect(result.stderr).toContain('5 of 7 file(s) could not be classified');
  });

  it('rejects a URL that does not parse, for that file only', () => {
    const result = run(['--url', 'not a url', `${FIXTURES}real/almb-ecf-landing.html`]);
    expect(result.status).toBe(1);
    expect(lines(result.stdout)[0].error).toContain('is not a URL');
  });
});
