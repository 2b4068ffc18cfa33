// Every real court page in shared/real-pages (copied to test/fixtures/real), checked as labelled.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { loadPage, readLabels } from '../helpers/fixtures';
import { mismatches } from '../helpers/labels';

describe('real court pages', () => {
  const labels = readLabels('real');

  it('has the whole labelled set', () => {
    expect(labels.length).toBeGreaterThanOrEqual(97);
  });

  it('classifies every page as labelled', () => {
    const problems = labels.flatMap((label) => {
      const { doc } = loadPage(label);
      return mismatches(label, classify(doc, { url: label.url }));
    });
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('finds the entry by where it goes on every bankruptcy landing page', () => {
    for (const label of labels.filter((row) => row.next === 'entry')) {
      const { doc } = loadPage(label);
      const next = classify(doc, { url: label.url }).next;
      expect(next?.href, label.file).toBe(`https://ecf.${label.court}.uscourts.gov/cgi-bin/login.pl`);
      expect(next?.text, label.file).not.toBe('');
    }
  });
});
