// The extensions the bench measures ours against, each with a content script on every court page:
// - the baseline, whose content script does nothing: what any extension costs a page;
// - the calibration, whose content script burns a known number of milliseconds where the
//   extension's own work happens (its script, a promise continuation after a storage read, an
//   animation frame), against a twin that burns nothing: a run proves the measurement sees all three.
import { mkdirSync, writeFileSync } from 'node:fs';
import { projectPath } from '../lib/root';

/** ms the calibration script burns on each load, in three places (see calibrationScript). */
export const CALIBRATION_MS = 6;

/**
 * Burns `ms` / 3 in its own script, as much after a storage read (a promise continuation) and
 * as much in an animation frame. With `ms` 0 it is the control: the same API calls, no burning,
 * so the difference between the two is what the measurement must find.
 */
function calibrationScript(ms: number): string {
  return `const burn = (ms) => { const end = performance.now() + ms; while (performance.now() < end); };
burn(${ms / 3});
chrome.storage.local.get('nothing').then(() => burn(${ms / 3}));
requestAnimationFrame(() => burn(${ms / 3}));
`;
}

/**
 * Every court page and the central login: where a content script declared in the manifest runs
 * (as this extension's did before it registered its scripts per court). Ours runs on fewer.
 */
const COURT_PAGES = {
  matches: ['https://*.uscourts.gov/*'],
  include_globs: ['https://ecf.*.uscourts.gov/*', 'https://ecf-train.*.uscourts.gov/*', 'https://ecf-test.*.uscourts.gov/*', 'https://pacer.login.uscourts.gov/*', 'https://train-login.uscourts.gov/*'],
  run_at: 'document_start',
  all_frames: false,
};

function writeExtension(folder: string, name: string, contentScript: string, permissions: string[]): string {
  const dir = projectPath(`.cache/${folder}`);
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0.0',
    permissions,
    background: { service_worker: 'background.js' },
    content_scripts: [{ ...COURT_PAGES, js: ['content.js'] }],
  };
  writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(`${dir}/content.js`, contentScript);
  writeFileSync(`${dir}/background.js`, 'void 0;\n');
  return dir;
}

export function writeBaselineExtension(): string {
  return writeExtension('bench-baseline', 'Baseline: a content script that does nothing', 'void 0;\n', []);
}

/** The calibration extension, or with `control` its twin that makes the same calls and burns nothing. */
export function writeCalibrationExtension(control = false): string {
  const ms = control ? 0 : CALIBRATION_MS;
  return writeExtension(`bench-calibration-${ms}`, `Calibration: a content script that burns ${ms} ms`, calibrationScript(ms), ['storage']);
}
