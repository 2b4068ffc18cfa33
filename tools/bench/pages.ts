// The pages measured: the practice court's pages along the linking path, and the five largest
// saved real court pages, served under their own court hosts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../lib/root';

export interface BenchPage {
  name: string;
  kind: 'practice' | 'real';
  url: string;
  /** `host + path` the practice court serves `html` at (real pages only). */
  key: string;
  html: string | null;
  bytes: number;
}

const PRACTICE: Array<[string, string]> = [
  ['practice: almb court home', 'https://ecf.almb.uscourts.gov/'],
  ['practice: PACER login', 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=https%3A%2F%2Fecf.almb.uscourts.gov%2Fcgi-bin%2Flogin.pl'],
  ['practice: almb CM/ECF menu', 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl'],
  ['practice: almb Utilities', 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities'],
  ['practice: almd NextGen menu', 'https://ecf.almd.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenRelease11'],
  ['practice: almb link form', 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl'],
];

/** The saved real pages: shared/real-pages beside the checkout, or the copy in test/fixtures. */
export function realPagesFolder(): string {
  const shared = projectPath('../shared/real-pages');
  return existsSync(join(shared, 'labels.tsv')) ? shared : projectPath('test/fixtures/real');
}

export function largestRealPages(count: number): BenchPage[] {
  const folder = realPagesFolder();
  const [header, ...rows] = readFileSync(join(folder, 'labels.tsv'), 'utf8').split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  const urlByFile = new Map(rows.map((row) => {
    const cells = row.split('\t');
    return [cells[columns.indexOf('file')]!, cells[columns.indexOf('url')]!] as const;
  }));
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html') && urlByFile.has(file))
    .map((file) => ({ file, bytes: statSync(join(folder, file)).size }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file))
    .slice(0, count)
    .map(({ file, bytes }) => {
      // Served over HTTPS under the page's own host (the practice court speaks HTTPS only).
      const url = new URL(urlByFile.get(file)!.replace(/^http:/, 'https:'));
      return { name: `real: ${file.replace(/\.html$/, '')}`, kind: 'real' as const, url: url.href, key: `${url.host}${url.pathname}`, html: readFileSync(join(folder, file), 'utf8'), bytes };
    });
}

export function benchPages(): BenchPage[] {
  return [...PRACTICE.map(([name, url]): BenchPage => ({ name, kind: 'practice', url, key: '', html: null, bytes: 0 })), ...largestRealPages(5)];
}
