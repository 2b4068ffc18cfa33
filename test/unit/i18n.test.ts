// Every text a user sees is in _locales, in English and Spanish: no key missing in a locale,
// no key unused, no placeholder lost in translation, no English hard-coded in components.
import { build } from 'esbuild';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ENTRIES, INJECTED_SCRIPTS } from '../../build.mjs';
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

  it('has no user-facing English hard-coded in any string the extension ships', async () => {
    const found: string[] = [];
    for (const file of await shippedSources()) {
      if (ENGLISH_BY_DESIGN[file]) continue;
      for (const { line, words } of proseIn(file)) found.push(`${file}:${line}: "${words.slice(0, 80)}"`);
    }
    expect(found, found.join('\n')).toEqual([]);
  });

  it('finds English prose where it hides: a template, a JSX text, an error message, a property', () => {
    const sample = [
      "const a = 'Ask the caller to read it again.';",
      'const b = `This code has ${n} characters`;',
      'const c = <p>Nothing to do here</p>;',
      "throw new Error('The tab could not be reached');",
      "const d = { title: 'Link your accounts now' };",
      // Not prose: a selector, a word list, CSS, a regular expression's source, an id.
      "document.querySelector('p, div, td, li'); const e = 'on off shipping billing home work';",
      "const f = ':host { all: initial; } .x { margin: 0 auto; }'; new RegExp('\\\\bwas not able to\\\\b'); const g = 'link-fields';",
    ].join('\n');
    expect(proseIn('sample.tsx', sample).map((p) => p.line)).toEqual([1, 2, 3, 4, 5]);
  });
});

/**
 * Files whose English is deliberate, with the reason. Anything else the extension ships that
 * reads as English prose must come from _locales.
 */
const ENGLISH_BY_DESIGN: Record<string, string> = {
  'src/core/support/report.ts': 'the report is written for the help desk, in one fixed English form that help desks read and search, whatever the language of the user who copies it',
  'src/core/support/capture.ts': "the saved page's own first lines (where it was saved from, what was kept), read by the help desk and by classify like a browser's saved page",
  'src/core/flow/texts.ts': 'its one English sentence is the error a programming mistake throws (a text asked for before any language is chosen), never shown to a user',
};

/** The source files bundled into the extension (its pages, scripts and injected scripts), from esbuild's own graph. */
async function shippedSources(): Promise<string[]> {
  const entryPoints = Object.values({ ...ENTRIES, ...INJECTED_SCRIPTS }).map((source) => join(ROOT, source));
  const result = await build({ entryPoints, bundle: true, write: false, metafile: true, outdir: '/tmp/shipped', format: 'iife', jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'silent', loader: { '.css': 'empty' }, external: ['packaged:*'] });
  return Object.keys(result.metafile.inputs)
    .map((input) => relative(ROOT, join(ROOT, input)))
    .filter((file) => file.startsWith('src/') && /\.tsx?$/.test(file) && !file.endsWith('.generated.ts'))
    .sort();
}

/** Little words of English sentences: a string with one of them and two more words reads as prose. */
const FUNCTION_WORDS = /\b(?:the|an?|to|of|is|are|was|were|has|have|your|this|that|not|and|or|for|with|from|by|in|on|it|you|be|can|no|here|now)\b/i;
const PROSE = /[A-Za-z]{2,}(?:[,.'’:;!?)]*\s+[(]?[A-Za-z'’]{2,}){2,}/;

function readsAsProse(words: string): boolean {
  if (!PROSE.test(words) || !FUNCTION_WORDS.test(words)) return false;
  // Stylesheets, and selector or word lists: all lower case, no sentence.
  if (/[{}]|!important/.test(words)) return false;
  return /[A-Z]/.test(words) || /[.!?:]/.test(words);
}

/** The strings, templates and JSX texts of a source file that read as English prose, with their lines. */
function proseIn(file: string, source = readFileSync(join(ROOT, file), 'utf8')): Array<{ line: number; words: string }> {
  const tree = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ line: number; words: string }> = [];
  const visit = (node: ts.Node): void => {
    // A regular expression's source, and what selects elements, are not words anyone reads.
    if (ts.isNewExpression(node) && node.expression.getText(tree) === 'RegExp') return;
    if (ts.isCallExpression(node) && /(?:querySelector(?:All)?|closest|matches|matchMedia)$/.test(node.expression.getText(tree))) return;
    let words: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) words = node.text;
    else if (ts.isTemplateExpression(node)) words = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' … ');
    else if (ts.isJsxText(node)) words = node.text.trim();
    if (words !== null && readsAsProse(words)) found.push({ line: tree.getLineAndCharacterOfPosition(node.getStart(tree)).line + 1, words: words.replace(/\s+/g, ' ') });
    ts.forEachChild(node, visit);
  };
  visit(tree);
  return found;
}
