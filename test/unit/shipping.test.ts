// Shipping: Firefox's linter on the Firefox build, reproducible store packages, and policy
// files that name the right extension and only keys the managed schema knows.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../../tools/lib/zip';
import { extensionId } from '../../tools/lib/extension-id';

const ROOT = new URL('../../', import.meta.url).pathname;
const read = (path: string) => readFileSync(`${ROOT}${path}`);

/** Reads back a zip: name → content, checking each entry's CRC through zlib. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const start = at + 30 + nameLength + zip.readUInt16LE(at + 28);
    files.set(name, inflateRawSync(zip.subarray(start, start + size)));
    at = start + size;
  }
  return files;
}

describe('shipping', () => {
  it('web-ext lint finds no error, no warning and no notice in the Firefox build', () => {
    const result = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--self-hosted=false'], { cwd: ROOT, encoding: 'utf8' });
    const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
    const messages = ['errors', 'warnings', 'notices'].flatMap((k) => report[k].map((m: { code: string; message: string; file: string }) => `${k}: ${m.code} ${m.message} in ${m.file}`));
    expect(messages).toEqual([]);
    // The page capture is injected by the popup, not imported by the content script.
    for (const file of ['content.js', 'capture.js', 'popup.js']) expect(read(`dist/firefox/${file}`).toString(), file).not.toMatch(/\bimport\(/);
  });

  it('builds one source manifest into Chrome and Firefox manifests', () => {
    const chrome = JSON.parse(read('dist/chrome/manifest.json').toString());
    const firefox = JSON.parse(read('dist/firefox/manifest.json').toString());
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(firefox.background).toEqual({ scripts: ['background.js'] });
    expect(firefox.browser_specific_settings.gecko).toMatchObject({ id: 'cmecf-link-guide@extension', data_collection_permissions: { required: ['none'] } });
    // Firefox ESR 140 (Debian's firefox-esr in December 2026) installs it; Android reads the key from 142.
    expect(firefox.browser_specific_settings.gecko.strict_min_version).toBe('140.0');
    expect(firefox.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    expect(firefox.key).toBeUndefined();
    expect(chrome.permissions).toEqual(['storage', 'scripting']);
    expect(firefox.permissions).toEqual(['storage', 'scripting']);
    expect(chrome.host_permissions).toEqual(['https://*.uscourts.gov/*']);
    expect(firefox.host_permissions).toEqual(['https://*.uscourts.gov/*']);
    expect(chrome.content_scripts).toBeUndefined();
  });

  it('asks V8 to compile the guide bundles whole, and only those, in both builds', () => {
    for (const target of ['chrome', 'firefox']) {
      for (const bundle of ['content', 'login']) {
        const code = read(`dist/${target}/${bundle}.js`).toString();
        // The hint is the file's first line, and the strict-mode directive still opens the code after it.
        expect(code.startsWith('//# allFunctionsCalledOnLoad\n"use strict";'), `${target}/${bundle}.js`).toBe(true);
      }
      for (const bundle of ['gate', 'background', 'popup', 'capture']) expect(read(`dist/${target}/${bundle}.js`).toString(), `${target}/${bundle}.js`).not.toContain('allFunctionsCalledOnLoad');
    }
  });

  it('zips byte-identically, with every file intact', () => {
    const files = new Map(['manifest.json', 'content.js', 'popup.html', 'icons/icon-16.png'].map((f) => [f, read(`dist/chrome/${f}`)]));
    const one = makeZip(files);
    const two = makeZip(new Map([...files].reverse()));
    expect(one.equals(two)).toBe(true);
    const back = unzip(one);
    expect([...back.keys()]).toEqual(['content.js', 'icons/icon-16.png', 'manifest.json', 'popup.html']);
    for (const [name, data] of files) expect(back.get(name)?.equals(data), name).toBe(true);
  });

  it('ships policy files that name this extension and only keys the managed schema knows', () => {
    const schemaKeys = Object.keys(JSON.parse(read('managed-schema.json').toString()).properties).sort();
    const chrome = JSON.parse(read('assets/policies/chrome-edge-policy.json').toString());
    const firefox = JSON.parse(read('assets/policies/firefox-policies.json').toString());
    expect(Object.keys(chrome.ExtensionSettings)).toEqual([extensionId()]);
    expect(Object.keys(chrome['3rdparty'].extensions[extensionId()]).sort()).toEqual(schemaKeys);
    expect(Object.keys(firefox.policies['3rdparty'].Extensions['cmecf-link-guide@extension']).sort()).toEqual(schemaKeys);
  });
});

describe('icons', () => {
  it('are drawn from the SVG sources, with distinct in-progress and linked variants', async () => {
    const { renderIcons, parseIconSvg } = await import('../../tools/icons.mjs');
    const icons = renderIcons() as Record<string, Buffer>;
    expect(Object.keys(icons).sort()).toEqual(['icon-128.png', 'icon-16.png', 'icon-32.png', 'icon-48.png', 'icon-linked-16.png', 'icon-linked-32.png', 'icon-linked-48.png', 'icon-progress-16.png', 'icon-progress-32.png', 'icon-progress-48.png']);
    expect(icons['icon-32.png']!.equals(icons['icon-progress-32.png']!)).toBe(false);
    expect(icons['icon-progress-32.png']!.equals(icons['icon-linked-32.png']!)).toBe(false);
    for (const [name, png] of Object.entries(icons)) expect(png.subarray(1, 4).toString(), name).toBe('PNG');
    expect(() => parseIconSvg('<svg><path d="M0 0"/></svg>')).toThrow(/<path> is not drawn/);
    const manifest = JSON.parse(read('dist/chrome/manifest.json').toString());
    for (const path of Object.values(manifest.icons) as string[]) expect(read(`dist/chrome/${path}`).length).toBeGreaterThan(100);
  });
});
