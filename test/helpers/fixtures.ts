import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHtml, readPageFile } from '../../tools/lib/page-file';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export interface LabelledPage {
  file: string;
  path: string;
  url: string;
  court: string;
  courtType: string;
  page: string;
  filer: string;
  next: string;
}

/** Reads a labels.tsv (the format of shared/real-pages/labels.tsv). */
export function readLabels(folder: 'real' | 'replicas' | 'handwritten'): LabelledPage[] {
  const text = readFileSync(`${FIXTURES}${folder}/labels.tsv`, 'utf8');
  const [header, ...rows] = text.split('\n').filter((line) => line.trim() !== '');
  const columns = header!.split('\t');
  return rows.map((row) => {
    const cells = row.split('\t');
    const record = Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? ''])) as unknown as LabelledPage;
    return { ...record, path: `${FIXTURES}${folder}/${record.file}` };
  });
}

export function loadPage(page: { path: string; url: string }): { html: string; doc: Document } {
  const html = readPageFile(page.path);
  return { html, doc: parseHtml(html, page.url) };
}
