// Finds a Chromium to drive: CHROME_PATH, Debian's chromium, or Chrome's usual places. On
// Debian as root, with none found, installs Debian's `chromium` (and says so); elsewhere,
// says exactly what to install. Playwright's own browser download is never used.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // Debian's binary itself: starts faster than the wrapper script
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

const executable = (path: string): boolean => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

export function findChromium(): string | null {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which is not an executable file`);
    return fromEnv;
  }
  return CANDIDATES.find(executable) ?? null;
}

/** Installs a Debian package where that is possible (Debian, as root); says whether it tried. */
export function installDebianPackage(name: string, log: (line: string) => void): boolean {
  const debian = existsSync('/etc/debian_version');
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (process.platform !== 'linux' || !debian || !root) return false;
  log(`Installing Debian's "${name}" package (a minute or two)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', name], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return true;
}

/** A Chromium path, installing Debian's package first where that is possible and needed. */
export function ensureChromium(log: (line: string) => void = (line) => console.error(line)): string {
  const found = findChromium();
  if (found) return found;
  const debian = existsSync('/etc/debian_version');
  if (installDebianPackage('chromium', log)) {
    const installed = findChromium();
    if (installed) {
      log(`Installed Chromium at ${installed}.`);
      return installed;
    }
  }
  const how =
    process.platform === 'darwin'
      ? 'Install Google Chrome from https://www.google.com/chrome/ (or `brew install --cask chromium`)'
      : process.platform === 'win32'
        ? 'Install Google Chrome from https://www.google.com/chrome/'
        : debian
          ? 'Run as root: apt-get update && apt-get install -y chromium'
          : 'Install Chromium or Google Chrome with your package manager';
  throw new Error(`No Chromium or Chrome found. ${how}, or set CHROME_PATH to its executable.`);
}

/** Firefox ESR for the smoke test: /usr/bin/firefox-esr or FIREFOX_PATH, installed from Debian where possible. */
export function ensureFirefox(log: (line: string) => void = (line) => console.error(line)): string | null {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].filter((p): p is string => Boolean(p));
  const found = candidates.find(executable);
  if (found) return found;
  if (installDebianPackage('firefox-esr', log)) return candidates.find(executable) ?? null;
  return null;
}
