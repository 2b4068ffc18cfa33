// Chromium loads dist/chrome with no load error or warning, read from its own log
// (--enable-logging=stderr). A deliberately broken copy proves the check can fail.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureChromium } from '../../tools/lib/chromium';
import { QUIET_FLAGS } from '../../tools/practice-court/browser';
import { projectPath } from '../../tools/lib/root';

/** Starts Chromium with the extension for a few seconds and returns the log lines about extensions. */
function extensionLog(extensionDir: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), 'load-check-'));
  return new Promise((resolve, reject) => {
    // Its own process group, so the zygote and renderers go too when it is stopped.
    const child = spawn(ensureChromium(), ['--headless', ...QUIET_FLAGS, `--user-data-dir=${profile}`, '--enable-logging=stderr', '--v=0', `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let log = '';
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, name);
      } catch {
        // already gone
      }
    };
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    const stop = setTimeout(() => signal('SIGTERM'), 4_000);
    const kill = setTimeout(() => signal('SIGKILL'), 7_000);
    child.on('exit', () => {
      clearTimeout(stop);
      clearTimeout(kill);
      signal('SIGKILL'); // any helper process still holding the profile
      try {
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
      } catch {
        // a temp folder left behind is harmless
      }
      resolve(log.split('\n').filter((line) => /extension|manifest/i.test(line) && /ERROR|WARNING/.test(line)));
    });
  });
}

describe('Chromium loads the extension cleanly', () => {
  it('logs no extension error or warning for dist/chrome', async () => {
    expect(await extensionLog(projectPath('dist/chrome'))).toEqual([]);
  });

  it('would log one for a broken manifest (the check can fail)', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'broken-ext-'));
    cpSync(projectPath('dist/chrome'), broken, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8'));
    manifest.content_security_policy.extension_pages = "script-src 'self' https://cdn.example; object-src 'self'"; // remote code: refused
    writeFileSync(join(broken, 'manifest.json'), JSON.stringify(manifest));
    const log = await extensionLog(broken);
    rmSync(broken, { recursive: true, force: true });
    expect(log.join('\n')).toMatch(/Failed to load extension.*content_security_policy/);
  });
});
