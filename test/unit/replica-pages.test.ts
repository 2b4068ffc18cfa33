// The replica pages of the practice court, checked as labelled, and kept in sync with the
// renderer the practice court serves them from.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_REASONS, PAGE_KINDS } from '../../src/core/recognition/types';
import { classify } from '../../src/core/recognition/classify';
import { buildReplicas, labelsTsv, PRACTICE_ACCOUNTS } from '../../tools/practice-court/replicas';
import { FIXTURES, loadPage, readLabels } from '../helpers/fixtures';
import { mismatches } from '../helpers/labels';

describe('replica pages', () => {
  const replicas = buildReplicas();
  const labels = readLabels('replicas');

  it('are the pages the practice court renders (run `npm run replicas` after changing it)', () => {
    expect(readFileSync(`${FIXTURES}replicas/labels.tsv`, 'utf8')).toBe(labelsTsv(replicas));
    for (const replica of replicas) {
      expect(readFileSync(`${FIXTURES}replicas/${replica.file}`, 'utf8'), replica.file).toBe(replica.html);
    }
  });

  it('are clearly marked as replicas', () => {
    for (const replica of replicas.filter((r) => !r.html.startsWith('<html><meta'))) expect(replica.html).toContain('REPLICA');
  });

  it('cover every page kind of the flow and every error reason', () => {
    const kinds = new Set(labels.flatMap((l) => l.page.split('|')));
    for (const kind of PAGE_KINDS.filter((k) => k !== 'court-page')) expect(kinds, kind).toContain(kind);
    expect(new Set(replicas.map((r) => r.reason).filter(Boolean))).toEqual(new Set(ERROR_REASONS));
  });

  it('classifies every replica as labelled', () => {
    const problems = labels.flatMap((label) => mismatches(label, classify(loadPage(label).doc, { url: label.url })));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('reads the reason, the training flag and the two accounts', () => {
    for (const replica of replicas) {
      const { doc } = loadPage({ path: `${FIXTURES}replicas/${replica.file}`, url: replica.url });
      const got = classify(doc, { url: replica.url });
      expect(got.reason ?? undefined, replica.file).toBe(replica.reason);
      expect(got.training, replica.file).toBe(replica.training ?? false);
      if (replica.skipOffered !== undefined) expect(got.skipOffered, replica.file).toBe(replica.skipOffered);
      if (got.page === 'link-verify') {
        expect(got.accounts?.cmecf).toBe(PRACTICE_ACCOUNTS.cmecf);
        expect(got.accounts?.pacer).toContain(PRACTICE_ACCOUNTS.pacer);
      }
    }
  });
});
