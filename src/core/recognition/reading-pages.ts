// The pages a filer reads for years and never links from: dockets, histories, queries,
// reports, claims registers and documents. No step of the linking path is one of them, so
// the gate stops them by address and the gate's registration leaves them out altogether.
// Examples that must and must not match: reading-pages.examples.ts.

/** CM/ECF's reading scripts, as the courts spell them (registration patterns match case-sensitively). */
export const READING_SCRIPTS = [
  'DktRpt.pl',
  'HistDocQry.pl',
  'iquery.pl',
  'mobile_query.pl',
  'show_doc.pl',
  'qryParties.pl',
  'qryAttorneys.pl',
  'qryAlias.pl',
  'qrySummary.pl',
  'qryDocument.pl',
  'SearchClaims.pl',
  'ClaimHistory.pl',
  'ClaimsActRpt.pl',
  'CredMatrixCase.pl',
  'WrtOpRpt.pl',
  'CaseFiled-Rpt.pl',
  'rss_outlet.pl',
] as const;

/** Documents are served under `/doc1/` (and `/doc2/`…), whatever the script. */
export const DOCUMENT_FOLDER = /^\/doc\d+\//;

const READING = new RegExp(`^/cgi-bin/(?:${READING_SCRIPTS.map((s) => s.replace(/[.-]/g, '\\$&')).join('|')})$`, 'i');

/** Whether a court page's path is one of the reading pages, in any capitalisation. */
export function isReadingPage(pathname: string): boolean {
  return READING.test(pathname) || DOCUMENT_FOLDER.test(pathname);
}

/** The registration's exclusions for those pages, on every court host (`*` covers `ecf.`, `ecf-train.`…). */
export function readingPagePatterns(): string[] {
  return [...READING_SCRIPTS.map((script) => `https://*.uscourts.gov/cgi-bin/${script}*`), 'https://*.uscourts.gov/doc1/*'];
}
