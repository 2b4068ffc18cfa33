// npm run package: store-ready zips for the Chrome Web Store (also Edge Add-ons) and Firefox
// Add-ons, and the source archive Firefox's review asks of bundled code, into packages/.
// Byte-identical for the same commit: sorted entries, fixed times, no build timestamps.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { makeZip } from './lib/zip';
import { PROJECT_ROOT, projectPath } from './lib/root';

function filesUnder(dir: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path).split('\\').join('/'), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The store may not receive the development key (it assigns the id itself). */
function withoutKey(files: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const manifest = JSON.parse(Buffer.from(files.get('manifest.json')!).toString('utf8')) as Record<string, unknown>;
  delete manifest.key;
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  return files;
}

const BUILD_NOTES = `How to build this add-on from source

Requirements: Node.js 20.19 or later and npm (any OS). No network access is needed beyond
the npm registry for \`npm ci\`.

  npm ci
  npm run build

The add-on is then in dist/firefox/ (and the Chrome/Edge build in dist/chrome/). Every
bundled file is produced by esbuild from src/, as configured in build.mjs; nothing is
downloaded at build or run time. The court table (src/core/courts/table.generated.ts) is
generated from PACER's public court list by tools/courts-table.mjs.
`;

export async function main(): Promise<number> {
  const version = (JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version: string }).version;
  const out = projectPath('packages');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const outputs: Array<[string, Buffer]> = [
    [`cmecf-link-guide-${version}-chrome.zip`, makeZip(withoutKey(filesUnder(projectPath('dist/chrome'))))],
    [`cmecf-link-guide-${version}-firefox.zip`, makeZip(filesUnder(projectPath('dist/firefox')))],
  ];
  // The source archive: every file git tracks, plus the build notes reviewers ask for.
  const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  const source = new Map<string, Uint8Array>(tracked.filter((f) => !f.startsWith('assets/screenshots/') && !/^assets\/store\/.*\.png$/.test(f)).map((f) => [f, readFileSync(projectPath(f))]));
  source.set('BUILD.txt', Buffer.from(BUILD_NOTES));
  outputs.push([`cmecf-link-guide-${version}-source.zip`, makeZip(source)]);
  for (const [name, bytes] of outputs) {
    writeFileSync(join(out, name), bytes);
    console.log(`packages/${name}  ${(bytes.length / 1024).toFixed(1)} KB`);
  }
  return 0;
}
