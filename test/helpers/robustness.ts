import { expect } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { parseHtml } from '../../tools/lib/page-file';
import { loadPage, type LabelledPage } from './fixtures';
import { allAtOnce, PERTURBATIONS } from './perturb';

const summary = (doc: Document, url: string) => {
  const got = classify(doc, { url });
  return { page: got.page, next: got.next?.control ?? null, filer: got.filer, reason: got.reason, court: got.court?.id ?? null };
};

/** Checks every perturbation of every page keeps its classification; lists every change. */
export function checkPerturbations(pages: LabelledPage[]): number {
  const changes: string[] = [];
  let variants = 0;
  for (const label of pages) {
    const { html, doc } = loadPage(label);
    const expected = summary(doc, label.url);
    const origin = new URL(label.url).origin;
    const all: Array<[string, string]> = [...Object.entries(PERTURBATIONS).map(([name, fn]) => [name, fn(html, origin)] as [string, string]), ['all at once', allAtOnce(html, origin)]];
    for (const [name, variant] of all) {
      variants += 1;
      const got = summary(parseHtml(variant, label.url), label.url);
      if (JSON.stringify(got) !== JSON.stringify(expected)) changes.push(`${label.file} / ${name}: ${JSON.stringify(expected)} became ${JSON.stringify(got)}`);
    }
  }
  expect(changes, changes.join('\n')).toEqual([]);
  return variants;
}
