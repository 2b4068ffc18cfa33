// The shape of the source tree: the pure core imports nothing outside itself (no browser API,
// no package, no glue), files stay small, and the README's map of src/ names the folders
// that exist, each where it is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const SRC = join(ROOT, 'src');
/** Above this, a file holds more than one concept: split it. */
const MAX_LINES = 300;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.(?:ts|tsx|mjs)$/.test(name) ? [path] : [];
  });
}

function foldersUnder(dir: string, depth: number): string[] {
  if (depth === 0) return [];
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .flatMap((name) => [join(dir, name), ...foldersUnder(join(dir, name), depth - 1)]);
}

/** Every module a file names: static imports and re-exports, `import type`, and dynamic imports. */
function importsOf(source: string): string[] {
  const found = [...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm), ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm), ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return found.map((match) => match[1]!);
}

const CORE = join(SRC, 'core');

/** Whether a module a core file names lies outside the core: a package, or a path out of src/core/. */
function leavesCore(file: string, specifier: string): boolean {
  if (!specifier.startsWith('.')) return true;
  const target = resolve(dirname(file), specifier);
  // The texts' catalogue is data, the same file the browser's i18n reads: not code outside the core.
  if (/^_locales\/[a-z_]+\/messages\.json$/i.test(relative(ROOT, target))) return false;
  return relative(CORE, target).startsWith('..');
}

describe('the pure core', () => {
  it('imports nothing outside src/core: no browser API, no package, no glue', () => {
    const outside = filesUnder(CORE).flatMap((file) =>
      importsOf(readFileSync(file, 'utf8'))
        .filter((specifier) => leavesCore(file, specifier))
        .map((specifier) => `${relative(ROOT, file)} imports ${specifier}`),
    );
    expect(outside, outside.join('\n')).toEqual([]);
  });

  it('sees its import rule break: a relative import out of the core, a package, a dynamic import', () => {
    const file = join(CORE, 'support/report.ts');
    const escapes = (source: string) => importsOf(source).filter((specifier) => leavesCore(file, specifier));
    expect(escapes("import type { StoredState } from '../../shared/storage-schema';")).toEqual(['../../shared/storage-schema']);
    expect(escapes("import browser from 'webextension-polyfill';")).toEqual(['webextension-polyfill']);
    expect(escapes("const m = await import('../../background/store');")).toEqual(['../../background/store']);
    expect(escapes("import { STEPS } from '../flow/steps';\nexport { x } from './contact';\nimport en from '../../../_locales/en/messages.json';")).toEqual([]);
  });
});

describe('source files', () => {
  it(`are at most ${MAX_LINES} lines each, in the extension and in its tools`, () => {
    const long = [...filesUnder(SRC), ...filesUnder(join(ROOT, 'tools'))]
      .map((file) => ({ file: relative(ROOT, file), lines: readFileSync(file, 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > MAX_LINES);
    expect(long, long.map(({ file, lines }) => `${file}: ${lines} lines`).join('\n')).toEqual([]);
  });

  it('open with their header comment, above any import', () => {
    const late = [...filesUnder(SRC), ...filesUnder(join(ROOT, 'tools'))].filter((file) => !/^(?:#![^\n]*\n)?\s*(?:\/\/|\/\*)/.test(readFileSync(file, 'utf8')));
    expect(late.map((file) => relative(ROOT, file))).toEqual([]);
  });
});

describe("the README's map of src/", () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const block = /```\nsrc\/\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';

  /** The folders the map names under src/, each as a path from src/, read from the indentation. */
  function mappedFolders(): string[] {
    const folders: string[] = [];
    const parents: Array<{ indent: number; path: string }> = [];
    for (const line of block.split('\n')) {
      const match = /^( +)([a-z][\w-]*)\/(?:\s|$)/.exec(line);
      if (!match) {
        // A top-level entry beside src/ (_locales/, tools/, test/) ends the map of src/.
        if (/^[_a-z][\w-]*\//.test(line)) break;
        continue;
      }
      const indent = match[1]!.length;
      while (parents.length && parents[parents.length - 1]!.indent >= indent) parents.pop();
      const path = [...parents.map((p) => p.path), match[2]!].join('/');
      folders.push(path);
      parents.push({ indent, path: match[2]! });
    }
    return folders;
  }

  it('is there to read', () => {
    expect(mappedFolders().length).toBeGreaterThan(8);
  });

  it('names every folder of src/ and of src/core/, each under its real parent, and no folder that is not there', () => {
    const real = [...foldersUnder(SRC, 1), ...foldersUnder(join(SRC, 'core'), 1)].map((dir) => relative(SRC, dir)).sort();
    expect(mappedFolders().sort()).toEqual(real);
  });
});
