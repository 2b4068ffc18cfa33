// Paths that are reading pages, and paths of the linking path (or near it) that must never be.
export const READING_PAGE_EXAMPLES = {
  reading: [
    '/cgi-bin/DktRpt.pl',
    '/cgi-bin/dktrpt.pl',
    '/cgi-bin/HistDocQry.pl',
    '/cgi-bin/iquery.pl',
    '/cgi-bin/SearchClaims.pl',
    '/cgi-bin/WrtOpRpt.pl',
    '/cgi-bin/CredMatrixCase.pl',
    '/cgi-bin/ClaimsActRpt.pl',
    '/cgi-bin/mobile_query.pl',
    '/doc1/035012345678',
  ],
  notReading: [
    '/',
    '/cgi-bin/login.pl',
    '/cgi-bin/ShowIndex.pl',
    '/cgi-bin/DisplayMenu.pl',
    '/cgi-bin/LinkAcct.pl',
    '/cgi-bin/LegacyLogin.pl',
    '/cgi-bin/ShowNews.pl',
    '/cgi-bin/DktRpt.pl.bak/LinkAcct.pl',
    '/cgi-bin/iquery.plx',
    '/docs/filing.html',
  ],
} as const;
