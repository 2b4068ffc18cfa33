// The baseline: an extension with the same content-script matches whose script does nothing,
// and an empty service worker. What it costs is what any extension costs a page.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { projectPath } from '../lib/root';

export function writeBaselineExtension(): string {
  const dir = projectPath('.cache/bench-baseline');
  mkdirSync(dir, { recursive: true });
  const ours = JSON.parse(readFileSync(projectPath('dist/chrome/manifest.json'), 'utf8')) as { content_scripts: Array<Record<string, unknown>> };
  const manifest = {
    manifest_version: 3,
    name: 'Baseline: a content script that does nothing',
    version: '1.0.0',
    background: { service_worker: 'background.js' },
    content_scripts: ours.content_scripts.map((script) => ({ ...script, js: ['content.js'] })),
  };
  writeFileSync(`${dir}/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(`${dir}/content.js`, 'void 0;\n');
  writeFileSync(`${dir}/background.js`, 'void 0;\n');
  return dir;
}
