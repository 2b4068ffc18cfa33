// The yardstick for recognition that generalises: every replica page, every real page of the
// linking flow, the MFA seed pages and the "other words" pages, rewritten thousands of ways a
// real court could write them (test/helpers/variants.ts), each of which must keep its label.
// A failing axis lists EVERY mismatch (file, transforms, expected, got); the totals are printed
// at the end and written to test-results/variants/mismatches.txt.
//
// VARIANTS_SEED=n picks other random combinations; VARIANTS_DUMP=folder writes the HTML of every
// mismatching variant there, to open or to run through `npm run -s classify`;
// VARIANTS_EXTRA=pools.json adds a held-out word list (see `Pools` in the helper), best kept
// outside the repository so that nobody tunes the engine to it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { parseHtml } from '../../tools/lib/page-file';
import { allTransforms, AXES, changedBaseDocuments, describeExpected, FLOW_KINDS, generateVariants, prosePages, runVariant, sourcePages, variantHtml, variantMode, variantName, type Axis, type ExtraPools, type Outcome } from '../helpers/variants';

const SEED = Number(process.env.VARIANTS_SEED ?? 20260311);
const DUMP = process.env.VARIANTS_DUMP;
const REPORT = join(process.cwd(), 'test-results', 'variants', 'mismatches.txt');
const EXTRA = process.env.VARIANTS_EXTRA ? (JSON.parse(readFileSync(process.env.VARIANTS_EXTRA, 'utf8')) as ExtraPools) : undefined;

const sources = sourcePages();
const variants = generateVariants(SEED, sources, allTransforms(EXTRA));
const axes = AXES.filter((axis) => variants.some((v) => v.axis === axis));

interface AxisResult {
  tried: number;
  skipped: number;
  mismatches: Outcome[];
}
const results = new Map<Axis, AxisResult>();
const cpuAtStart = process.cpuUsage();

function describeOutcome(o: Outcome): string {
  const v = o.variant;
  const got = o.got ? `page=${o.got.page} next=${o.got.next} reason=${o.got.reason}` : '(nothing)';
  return `  ${v.source.file} | ${variantName(v)} | expected ${describeExpected(v.expected)} | got ${got} | ${o.problems.join('; ')}`;
}

function axisReport(axis: Axis, result: AxisResult): string {
  // Grouped within the axis by what went wrong, so one cause reads as one block.
  const byProblem = new Map<string, Outcome[]>();
  for (const o of result.mismatches) {
    const key = `${describeExpected(o.variant.expected)} -> ${o.problems.map((p) => p.replace(/"[^"]*"/g, '"…"')).join('; ')}`;
    byProblem.set(key, [...(byProblem.get(key) ?? []), o]);
  }
  const blocks = [...byProblem.entries()].sort((a, b) => b[1].length - a[1].length).map(([key, list]) => ` ${list.length} × ${key}\n${list.map(describeOutcome).join('\n')}`);
  return `${axis}: ${result.mismatches.length} of ${result.tried} variants mismatch${result.skipped ? ` (${result.skipped} not made: the page lacked what the transform changes)` : ''}\n${blocks.join('\n')}`;
}

function totals(): string {
  const rows = [...results.entries()].map(([axis, r]) => `  ${axis.padEnd(32)} ${String(r.tried).padStart(6)} tried ${String(r.mismatches.length).padStart(6)} mismatches${r.skipped ? ` ${String(r.skipped).padStart(4)} not made` : ''}`);
  const tried = [...results.values()].reduce((n, r) => n + r.tried, 0);
  const wrong = [...results.values()].reduce((n, r) => n + r.mismatches.length, 0);
  const cpu = process.cpuUsage(cpuAtStart);
  return `Variants (seed ${SEED}) of ${sources.length} pages: ${tried} tried, ${wrong} mismatches (${((cpu.user + cpu.system) / 1e6).toFixed(1)} s of CPU, documents changed ${variantMode()})\n${rows.join('\n')}`;
}

describe(`${variants.length} variants of ${sources.length} pages keep their labels (seed ${SEED})`, () => {
  afterAll(() => {
    if (!results.size) return;
    const summary = totals();
    console.log(summary);
    mkdirSync(join(REPORT, '..'), { recursive: true });
    writeFileSync(REPORT, `${summary}\n\n${[...results.entries()].filter(([, r]) => r.mismatches.length).map(([axis, r]) => axisReport(axis, r)).join('\n\n')}\n`);
  });

  it.each(axes)('%s', (axis) => {
    const result: AxisResult = { tried: 0, skipped: 0, mismatches: [] };
    results.set(axis, result);
    for (const variant of variants.filter((v) => v.axis === axis)) {
      const outcome = runVariant(variant);
      if (outcome.skipped) {
        result.skipped++;
        continue;
      }
      result.tried++;
      if (outcome.problems.length) {
        result.mismatches.push(outcome);
        if (DUMP) {
          mkdirSync(DUMP, { recursive: true });
          const name = `${variant.source.file.replace(/\.html$/, '')}--${variantName(variant).replace(/[^A-Za-z0-9]+/g, '-').slice(0, 120)}.html`;
          writeFileSync(join(DUMP, name), `<!-- saved from url=(0000)${variant.url} -->\n${variantHtml(variant)}`);
        }
      }
    }
    if (result.mismatches.length) expect.fail(axisReport(axis, result));
  }, 120_000);

  it('puts every page back as parsed after its variants (the undo is exact)', () => {
    expect(changedBaseDocuments()).toEqual([]);
  });
});

describe('prose that describes the steps never reads as a linking page', () => {
  const pages = prosePages(EXTRA);

  it(`${pages.length} news pages, FAQs and docket entries quoting the success and error messages`, () => {
    const problems: string[] = [];
    for (const page of pages) {
      const got = classify(parseHtml(page.html, page.url), { url: page.url });
      if (FLOW_KINDS.has(String(got.page))) problems.push(`${page.name} (${page.url}): read as ${got.page}, next ${got.next?.control ?? 'none'}`);
      else if (got.reason) problems.push(`${page.name} (${page.url}): a ${got.page} page with error reason ${got.reason}`);
    }
    if (problems.length) expect.fail(`${problems.length} of ${pages.length} prose pages read as the flow:\n${problems.join('\n')}`);
  }, 60_000);

  it('includes the kinds of prose the brief asks for', () => {
    for (const kind of ['news page', 'FAQ', 'docket entry', 'public www page', 'other-words news page']) expect(pages.some((p) => p.name.includes(kind)), kind).toBe(true);
  });
});
