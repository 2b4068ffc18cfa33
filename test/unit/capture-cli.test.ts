// The help desks' `support capture` command, run as they run it: the safe copy of a saved page
// on standard output, made by the same code as the browser's capture; bad input explained.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { capturePage } from '../../src/core/support/capture';
import { inferPageUrl, parseHtml } from '../../tools/lib/page-file';
import { FIXTURES } from '../helpers/fixtures';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (args: string[]) => spawnSync('node', ['tools/run.mjs', 'support', 'capture', ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const hash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const VERIFY = `${FIXTURES}replicas/almb-link-verify.html`;
const VERIFY_URL = 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl';

describe('npm run -s support -- capture', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'capture-'));
    const verify = readFileSync(VERIFY, 'utf8');
    // Saved with the browser's own "Save as", which writes where it came from.
    writeFileSync(join(dir, 'saved.html'), `<!-- saved from url=(0049)${VERIFY_URL}?case=1:24-bk-01234 -->\n${verify.replace('</form>', '<p>Case 1:24-bk-01234 Johnathan Litigant, jl@example.com</p></form>')}`);
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]));
    writeFileSync(join(dir, 'huge.html'), Buffer.alloc(20 * 1024 * 1024, 0x61));
    mkdirSync(join(dir, 'page_files'));
  });

  it('prints the same copy the browser makes, which classifies like the original', () => {
    const result = run(['--url', VERIFY_URL, VERIFY]);
    expect([result.status, result.stderr]).toEqual([0, '']);
    const original = readFileSync(VERIFY, 'utf8');
    expect(result.stdout).toBe(capturePage(parseHtml(original, VERIFY_URL), VERIFY_URL).html);
    expect(classify(parseHtml(result.stdout, VERIFY_URL), { url: VERIFY_URL }).page).toBe('link-verify');
    for (const secret of ['pat.filer', 'pfiler2024', 'Pat Filer']) expect(result.stdout).not.toContain(secret);
  }, 60_000);

  it('takes the address from the page itself without --url, and drops what it carries', () => {
    const file = join(dir, 'saved.html');
    const before = hash(file);
    const result = run([file]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`saved from url=(0049)${VERIFY_URL} -->`);
    for (const secret of ['1:24-bk-01234', 'Johnathan', 'Litigant', 'jl@example.com', 'example', 'case=']) expect(result.stdout, secret).not.toContain(secret);
    const inferred = inferPageUrl(result.stdout, parseHtml(result.stdout, null))!;
    expect(classify(parseHtml(result.stdout, inferred.url), inferred)).toMatchObject({ page: 'link-verify', court: { id: 'almb' } });
    expect(hash(file), 'the saved page is only read').toBe(before);
  }, 60_000);

  it('explains a missing, empty, binary, huge file, a folder and a bad URL: exit 1, nothing printed', () => {
    const cases: Array<[string[], string]> = [
      [[join(dir, 'missing.html')], 'no such file'],
      [[join(dir, 'empty.html')], 'is empty'],
      [[join(dir, 'binary.html')], 'is a binary file, not a saved web page'],
      [[join(dir, 'huge.html')], 'is 20.0 MB, larger than any court page'],
      [[join(dir, 'page_files')], 'is a folder, not a saved page'],
      [['--url', 'not a url', VERIFY], '"not a url" is not a URL'],
    ];
    for (const [args, message] of cases) {
      const result = run(args);
      expect([result.status, result.stdout, result.stderr], args.join(' ')).toEqual([1, '', expect.stringContaining(message)]);
      expect(result.stderr.trim().split('\n'), 'one line').toHaveLength(1);
    }
  }, 120_000);

  it('explains bad usage with exit 2', () => {
    for (const args of [[], ['--url'], ['--frobnicate', VERIFY], [VERIFY, VERIFY]]) {
      const result = run(args);
      expect([result.status, result.stdout], args.join(' ')).toEqual([2, '']);
      expect(result.stderr).toContain('npm run -s support -- capture FILE [--url URL]');
    }
  }, 60_000);
});
