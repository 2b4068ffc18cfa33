// 10,000 randomly mutated real and replica pages through the recognition engine (seeded,
// reproducible): no exception, and no linking-page kind for a page that is not one.
// FUZZ_SEED=n picks another sequence.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { LINKING_PAGE_KINDS, PAGE_KINDS } from '../../src/core/recognition/types';
import { loadPage, readLabels } from '../helpers/fixtures';
import { mutate, seededRandom } from '../helpers/mutate';

const SEED = Number(process.env.FUZZ_SEED ?? 20261125);
const VARIANTS = 10_000;
const CHUNKS = 10;

const pages = [...readLabels('real'), ...readLabels('replicas')].map((label) => ({ label, ...loadPage(label) }));
const summary = (doc: Document, url: string) => JSON.stringify(classify(doc, { url }), (key, value) => (key === 'element' || key === 'menuLinkItem' ? undefined : value));

describe(`the engine over ${VARIANTS} mutated pages (seed ${SEED})`, () => {
  it.each(Array.from({ length: CHUNKS }, (_, chunk) => chunk))('chunk %i', (chunk) => {
    const random = seededRandom(SEED + chunk);
    const problems: string[] = [];
    const per = VARIANTS / CHUNKS;
    for (let i = 0; i < per; i++) {
      const page = pages[(chunk * per + i) % pages.length]!;
      let applied: { names: string[]; undo: () => void } = { names: [], undo: () => undefined };
      const where = () => `${page.label.file} after ${applied.names.join(', ') || 'nothing'} (seed ${SEED + chunk}, variant ${i})`;
      try {
        applied = mutate(page.doc, random);
        const got = classify(page.doc, { url: page.label.url });
        if (!PAGE_KINDS.includes(got.page)) problems.push(`${where()}: unknown kind ${got.page}`);
        // A label may allow several kinds (court-page|ecf-menu).
        const isLinking = page.label.page.split('|').some((kind) => LINKING_PAGE_KINDS.has(kind as never));
        if (!isLinking && LINKING_PAGE_KINDS.has(got.page)) problems.push(`${where()}: a ${page.label.page} page called ${got.page}`);
      } catch (error) {
        problems.push(`${where()}: threw ${String(error)}`);
      } finally {
        applied.undo();
      }
    }
    expect(problems, problems.slice(0, 20).join('\n')).toEqual([]);
  }, 120_000);

  it('puts every page back as it was (the undo is exact)', () => {
    const fresh = [...readLabels('real'), ...readLabels('replicas')].map((label) => ({ label, ...loadPage(label) }));
    for (const [index, page] of pages.entries()) {
      expect(page.doc.documentElement.outerHTML, page.label.file).toBe(fresh[index]!.doc.documentElement.outerHTML);
      expect(summary(page.doc, page.label.url)).toBe(summary(fresh[index]!.doc, page.label.url));
    }
  });
});
