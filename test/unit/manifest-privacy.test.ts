// The built manifests ask for the least: `storage`, the court hosts for the content script,
// `activeTab` and `scripting` for the page capture the user asks for (neither shows a
// permission prompt), no file web pages can reach, no remote code, and a strict CSP for the
// extension's pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COURT_PATTERN = 'https://*.uscourts.gov/*';
/** The court hosts the content script may run on (see README, Permissions). */
const COURT_GLOB = /^https:\/\/(ecf|ecf-train|ecf-test)\.\*\.uscourts\.gov\/\*$|^https:\/\/(pacer\.login|train-login|pacer\.psc|train-pacer)\.uscourts\.gov\/\*$/;

const manifests = ['chrome', 'firefox'].map((target) => [target, JSON.parse(readFileSync(new URL(`../../dist/${target}/manifest.json`, import.meta.url), 'utf8'))] as const);

describe.each(manifests)('the %s manifest', (target, manifest) => {
  it('asks for storage, and for the tab the user is on only when they click (activeTab, scripting)', () => {
    expect(manifest.permissions).toEqual(['storage', 'activeTab', 'scripting']);
    for (const key of ['optional_permissions', 'host_permissions', 'optional_host_permissions', 'externally_connectable', 'content_scripts_world', 'sandbox', 'oauth2', 'declarative_net_request']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('runs its content script on the court hosts only, in its own world, top frame only', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script.matches).toEqual([COURT_PATTERN]);
    expect(script.include_globs.length).toBeGreaterThan(0);
    for (const glob of script.include_globs) expect(glob).toMatch(COURT_GLOB);
    expect(script.js).toEqual(['content.js']);
    expect(script.world).toBeUndefined();
    expect(script.all_frames).toBe(false);
  });

  it('exposes no file to web pages: the page capture is injected on the user\'s click, not fetched by the page', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('capture.js');
  });

  it('has a strict CSP: scripts from the package only, no eval, no plugins, no remote anything', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe|https?:|\*|data:|blob:/);
    expect(manifest.content_security_policy.sandbox).toBeUndefined();
  });

  it(`ships no code that evaluates strings or loads code from elsewhere (${target})`, () => {
    for (const file of ['content.js', 'capture.js', 'background.js', 'popup.js', 'options.js', 'helpdesk.js']) {
      const code = readFileSync(new URL(`../../dist/${target}/${file}`, import.meta.url), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|\bFunction\(["'`]|setTimeout\(["'`]|importScripts\(/);
      // Addresses: the court hosts, XML namespaces (Preact) and the reserved `.invalid` only.
      expect(code, file).not.toMatch(/https?:\/\/(?!(?:[\w-]+\.)*uscourts\.gov\b|www\.w3\.org\/|[\w.-]+\.invalid\b)[\w.-]+\.[a-z]{2,}/);
    }
  });
});
