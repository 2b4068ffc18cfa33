// Firefox smoke test: Firefox ESR (Debian's package) loads the Firefox build through
// `web-ext run` (the way the README tells developers to run it), headless, and nothing of ours
// logs an error (Firefox's own log shows the background script's errors; the BiDi tests do not
// read it). The guide on court pages, the popup, the settings and the
// help-desk page in Firefox are tested in firefox-walks.test.ts and firefox-pages.test.ts.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ensureFirefox } from '../../tools/lib/chromium';
import { PROJECT_ROOT } from '../../tools/lib/root';

const firefox = ensureFirefox();
if (!firefox) console.warn('Firefox smoke test skipped: no Firefox found (install firefox-esr, or set FIREFOX_PATH)');

describe.skipIf(!firefox)('Firefox', () => {
  it('loads the add-on with web-ext run, headless, with no error from its files', async () => {
    const log = await new Promise<string>((resolve, reject) => {
      const child = spawn('npx', ['web-ext', 'run', '--source-dir', 'dist/firefox', '--firefox', firefox!, '--no-input', '--no-reload', '--args=-headless', '--verbose'], { cwd: PROJECT_ROOT, detached: true });
      let output = '';
      let stopping: NodeJS.Timeout | null = null;
      const stop = () => {
        try {
          process.kill(-child.pid!, 'SIGTERM');
        } catch {
          // already gone
        }
      };
      const onData = (chunk: Buffer) => {
        output += chunk;
        // Once installed, give the background script a few seconds to start and report errors.
        if (!stopping && /Installed .* as a temporary add-on/.test(output)) stopping = setTimeout(stop, 5_000);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', reject);
      const deadline = setTimeout(stop, 150_000);
      child.on('exit', () => {
        clearTimeout(deadline);
        if (stopping) clearTimeout(stopping);
        resolve(output);
      });
    });
    expect(log).toMatch(/Installed .*dist\/firefox as a temporary add-on/);
    expect(log).toContain('"id":"cmecf-link-guide@extension"');
    const ours = log.split('\n').filter((line) => /moz-extension:\/\//.test(line) && /error|warning/i.test(line));
    expect(ours).toEqual([]);
  }, 180_000);
});
