import { LINKING_PAGE_KINDS, type PageKind, type Recognition } from '../../src/core/recognition/types';
import type { LabelledPage } from './fixtures';

function accepts(expected: string, actual: string): boolean {
  if (expected === '*') return true;
  if (expected === '!linking') return !LINKING_PAGE_KINDS.has(actual as PageKind);
  return expected.split('|').includes(actual);
}

/** The columns of a labels.tsv row that a recognition gets wrong, as readable lines. */
export function mismatches(label: LabelledPage, got: Recognition): string[] {
  const actual: Record<string, string> = {
    court: got.court?.id ?? '',
    courtType: got.courtType ?? '',
    page: got.page,
    filer: got.filer === null ? '' : String(got.filer),
    next: got.next?.control ?? 'none',
  };
  const problems: string[] = [];
  for (const column of ['court', 'courtType', 'page', 'filer', 'next'] as const) {
    if (!accepts(label[column], actual[column]!)) {
      problems.push(`${label.file}: ${column} expected ${label[column]}, got ${actual[column] || '(none)'}`);
    }
  }
  return problems;
}
