// Every text a user sees is in _locales, in English and Spanish: no key missing in a locale,
// no key unused, no placeholder lost in translation, no English hard-coded in components.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogTranslator, formatMessage } from '../../src/core/flow/catalog';

const ROOT = new URL('../../', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(join(ROOT, 'src')).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

describe('messages', () => {
  const english = CATALOGS.en;
  const spanish = CATALOGS.es;

  it('has the same keys and placeholders in English and Spanish', () => {
    expect(Object.keys(spanish).sort()).toEqual(Object.keys(english).sort());
    for (const [id, entry] of Object.entries(english)) {
      const placeholders = (e: typeof entry) => [...e.message.matchAll(/\$ARG\d\$/g)].map((m) => m[0]).sort();
      expect(placeholders(spanish[id]!), id).toEqual(placeholders(entry));
      expect(spanish[id]!.message, id).not.toBe('');
    }
  });

  it('uses every key, and only keys that exist', () => {
    const all = sources.map((s) => s.text).join('\n') + manifest;
    const unused = Object.keys(english).filter((id) => {
      if (all.includes(`'${id}'`) || all.includes(`"${id}"`) || all.includes(`__MSG_${id}__`)) return false;
      // Keys built from a prefix and a number, e.g. `step_label_${step.number}`.
      const prefix = /^(.*_)\d+$/.exec(id)?.[1];
      return !(prefix && all.includes(`${prefix}\${`));
    });
    expect(unused).toEqual([]);
    const fromManifest = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(fromManifest.filter((id) => !(id in english))).toEqual([]);
  });

  it('formats placeholders and dollar signs as the browser does', () => {
    const en = catalogTranslator('en');
    expect(en('step_of', ['3', '6'])).toBe('Step 3 of 6');
    expect(en('warn_bad_characters', [])).toContain('&, @, $ or *');
    expect(catalogTranslator('es')('step_of', ['3', '6'])).toBe('Paso 3 de 6');
    expect(formatMessage({ message: 'a $X$ b $$', placeholders: { x: { content: '$1' } } }, ['1'])).toBe('a 1 b $');
  });

  it('has no user-facing English hard-coded in components', () => {
    const found: string[] = [];
    for (const { path, text } of sources.filter((s) => s.path.endsWith('.tsx'))) {
      // Text between JSX tags that is not an expression, and string props people read.
      for (const match of text.matchAll(/>\s*([^<>{};=[\]?]*[A-Za-z]{3,}[^<>{};=[\]?]*?)\s*</g)) {
        if (!/^[\s(),.:;|-]*$/.test(match[1]!) && !/=>|&&|\|\|/.test(match[1]!)) found.push(`${path.replace(ROOT, '')}: "${match[1]!.trim()}"`);
      }
      for (const match of text.matchAll(/\b(?:aria-label|title|placeholder|alt)="([^"]*[a-z]{3,}[^"]*)"/g)) found.push(`${path.replace(ROOT, '')}: ${match[0]}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('has no user-facing English hard-coded in the coach mark (plain DOM)', () => {
    const found: string[] = [];
    for (const { path, text } of sources.filter((s) => /[\\/]src[\\/](overlay|content)[\\/].*\.ts$/.test(s.path))) {
      // Words given to the element builder or a button as a child, or as a label people read.
      for (const match of text.matchAll(/(?:\bh\('\w+',\s*\{[^}]*\},\s*|\bbutton\(\s*)'([^']*[A-Za-z]{3,}[^']*)'/g)) found.push(`${path.replace(ROOT, '')}: "${match[1]}"`);
      for (const match of text.matchAll(/'(?:aria-label|title|placeholder|alt)':\s*'([^']*[a-z]{3,}[^']*)'/g)) found.push(`${path.replace(ROOT, '')}: ${match[0]}`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });
});
