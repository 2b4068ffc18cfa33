// The pages measured, by scenario:
// - flow: the practice court's pages along the linking path (a court being linked, logged in
//   once, as a user would), and the largest real landing page, of a court not started: the gate
//   lets it through and the guide joins it;
// - linked: the pages of a court already linked and verified (its landing page, its menu page
//   after login, a large docket): no script of ours at all;
// - idle: the largest real docket and report pages of courts the user is not linking: the gate alone;
// - stress: a page of thousands of forms and links under the court being linked, which also
//   guards recognition's linear time.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../lib/root';

export type Scenario = 'flow' | 'linked' | 'idle' | 'stress';

export interface BenchPage {
  name: string;
  kind: 'practice' | 'real';
  scenario: Scenario;
  url: string;
  /** `host + path` the practice court serves `html` at (saved and made-up pages only). */
  key: string;
  html: string | null;
  bytes: number;
}

/** The court the bench links and verifies first (a practice court of its own). */
export const LINKED_COURT = 'alsb';

const PRACTICE: Array<[string, Scenario, string]> = [
  ['practice: almb court home', 'flow', 'https://ecf.almb.uscourts.gov/'],
  ['practice: PACER login', 'flow', 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=https%3A%2F%2Fecf.almb.uscourts.gov%2Fcgi-bin%2Flogin.pl'],
  ['practice: almb CM/ECF menu', 'flow', 'https://ecf.almb.uscourts.gov/cgi-bin/login.pl'],
  ['practice: almb Utilities', 'flow', 'https://ecf.almb.uscourts.gov/cgi-bin/DisplayMenu.pl?Utilities'],
  ['practice: almd NextGen menu', 'flow', 'https://ecf.almd.uscourts.gov/cgi-bin/DisplayMenu.pl?NextGenRelease11'],
  ['practice: almb link form', 'flow', 'https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl'],
  [`practice: ${LINKED_COURT} court home (linked and verified)`, 'linked', `https://ecf.${LINKED_COURT}.uscourts.gov/`],
  [`practice: ${LINKED_COURT} CM/ECF menu after login (linked and verified)`, 'linked', `https://ecf.${LINKED_COURT}.uscourts.gov/cgi-bin/login.pl`],
];

/** The saved real pages: shared/real-pages beside the checkout, or the copy in test/fixtures. */
export function realPagesFolder(): string {
  const shared = projectPath('../shared/real-pages');
  return existsSync(join(shared, 'labels.tsv')) ? shared : projectPath('test/fixtures/real');
}

interface RealPage {
  file: string;
  bytes: number;
  url: string;
  page: string;
}

function realPages(): RealPage[] {
  const folder = realPagesFolder();
  const [header, ...rows] = readFileSync(join(folder, 'labels.tsv'), 'utf8').split('\n').filter((line) => line.trim());
  const columns = header!.split('\t');
  const labels = new Map(rows.map((row) => {
    const cells = row.split('\t');
    return [cells[columns.indexOf('file')]!, { url: cells[columns.indexOf('url')]!, page: cells[columns.indexOf('page')]! }] as const;
  }));
  return readdirSync(folder)
    .filter((file) => file.endsWith('.html') && labels.has(file))
    .map((file) => ({ file, bytes: statSync(join(folder, file)).size, ...labels.get(file)! }))
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
}

function served(page: RealPage, scenario: Scenario, url = page.url): BenchPage {
  // Served over HTTPS under the page's own host (the practice court speaks HTTPS only).
  const at = new URL(url.replace(/^http:/, 'https:'));
  return { name: `real: ${page.file.replace(/\.html$/, '')}${scenario === 'linked' ? ' (linked court)' : ''}`, kind: 'real', scenario, url: at.href, key: `${at.host}${at.pathname}`, html: readFileSync(join(realPagesFolder(), page.file), 'utf8'), bytes: page.bytes };
}

/** A court's pages, as labels.tsv names them: landing pages, and what a logged-in user reads (dockets, reports). */
const isLanding = (page: RealPage) => page.page.split('|').includes('court-home');
const isCourtOfTrial = (page: RealPage) => !/\/\/ecf\.(?:ca\d+|cadc|cafc)\./.test(page.url) && !/\/\/www\./.test(page.url);

/** Thousands of forms, fields and links under the court being linked: the guide reads it all. */
function manyFormsPage(): BenchPage {
  const rows = Array.from({ length: 2_000 }, (_, i) => `<form action="/cgi-bin/Qry${i}.pl"><label for="f${i}">Case ${i}</label><input id="f${i}" name="f${i}"><input type="submit" value="Go"></form><a href="/cgi-bin/DktRpt.pl?${i}">Docket ${i}</a>`);
  const html = `<html><head><title>CM/ECF - almb</title></head><body><div id="topmenu" class="yuimenubar"><div class="bd"><ul class="first-of-type"><li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/DisplayMenu.pl?Utilities"><u>U</u>tilities</a></li><li class="yuimenubaritem"><a class="yuimenubaritemlabel" href="/cgi-bin/login.pl?logout">Logout</a></li></ul></div></div><div id="cmecfMainContent">${rows.join('\n')}</div></body></html>`;
  return { name: 'made up: 2,000 forms and links (court being linked)', kind: 'practice', scenario: 'stress', url: 'https://ecf.almb.uscourts.gov/cgi-bin/ManyForms.pl', key: 'ecf.almb.uscourts.gov/cgi-bin/ManyForms.pl', html, bytes: html.length };
}

export function benchPages(): BenchPage[] {
  const real = realPages().filter(isCourtOfTrial);
  const landing = real.find(isLanding)!;
  const reading = real.filter((page) => !isLanding(page) && page.page !== 'unrelated').slice(0, 4);
  return [
    ...PRACTICE.map(([name, scenario, url]): BenchPage => ({ name, kind: 'practice', scenario, url, key: '', html: null, bytes: 0 })),
    served(landing, 'flow'),
    ...reading.map((page) => served(page, 'idle')),
    // The largest docket, served as a page of the court already linked and verified.
    served(reading[0]!, 'linked', `https://ecf.${LINKED_COURT}.uscourts.gov/cgi-bin/DktRpt.pl`),
    manyFormsPage(),
  ];
}
