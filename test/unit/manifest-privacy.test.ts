// The built manifests ask for the least: `storage`; the court hosts, where the background
// registers the guide and the gate per court (`scripting`, the same sites a manifest content
// script would name, so no other permission prompt), which also lets the popup inject the
// page capture the user asks for; no file web pages can reach, no remote code, and a strict
// CSP for the extension's pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const COURT_PATTERN = 'https://*.uscourts.gov/*';

const manifests = ['chrome', 'firefox'].map((target) => [target, JSON.parse(readFileSync(new URL(`../../dist/${target}/manifest.json`, import.meta.url), 'utf8'))] as const);

describe.each(manifests)('the %s manifest', (target, manifest) => {
  it('asks for storage, the court hosts and scripting, nothing more (no activeTab: the court hosts cover the capture)', () => {
    expect(manifest.permissions).toEqual(['storage', 'scripting']);
    expect(manifest.host_permissions).toEqual([COURT_PATTERN]);
    for (const key of ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'content_scripts_world', 'sandbox', 'oauth2', 'declarative_net_request']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('declares no content script: the background registers them per court (the court hosts only, top frame only)', () => {
    expect(manifest.content_scripts).toBeUndefined();
    const background = readFileSync(new URL(`../../dist/${target}/background.js`, import.meta.url), 'utf8');
    expect(background).toContain('registerContentScripts');
    expect(background).not.toMatch(/allFrames:\s*!0|allFrames:true|world:/);
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
    for (const file of ['content.js', 'login.js', 'gate.js', 'capture.js', 'background.js', 'popup.js', 'options.js', 'helpdesk.js']) {
      const code = readFileSync(new URL(`../../dist/${target}/${file}`, import.meta.url), 'utf8');
      expect(code, file).not.toMatch(/\beval\(|new Function\(|\bFunction\(["'`]|setTimeout\(["'`]|importScripts\(/);
      // Addresses: the court hosts, XML namespaces (Preact) and the reserved `.invalid` only.
      expect(code, file).not.toMatch(/https?:\/\/(?!(?:[\w-]+\.)*uscourts\.gov\b|www\.w3\.org\/|[\w.-]+\.invalid\b)[\w.-]+\.[a-z]{2,}/);
    }
  });

  it(`ships no code that makes a request, even for the package's own files (${target})`, () => {
    for (const file of ['content.js', 'login.js', 'gate.js', 'capture.js', 'background.js', 'popup.js', 'options.js', 'helpdesk.js', 'planner.js']) {
      const code = readFileSync(new URL(`../../dist/${target}/${file}`, import.meta.url), 'utf8');
      expect(code, file).not.toMatch(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/);
    }
  });
});
