// The extension's id, fixed by the manifest's public `key`, as Chromium derives it: the first
// 32 hex digits of the key's SHA-256, written with the letters a-p. Policies name it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { projectPath } from './root';

export function extensionId(): string {
  const manifest = JSON.parse(readFileSync(projectPath('manifest.json'), 'utf8')) as { key: string };
  const hex = createHash('sha256').update(Buffer.from(manifest.key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
