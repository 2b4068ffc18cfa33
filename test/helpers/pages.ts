// Made-up court pages that several browser tests serve.

/**
 * A docket as a PACER-only user sees one: a short page under the menu bar with no filing
 * menus. The guide, were it loaded, would point at Utilities on it; as a docket it must get
 * no script at all.
 */
export const PACER_ONLY_DOCKET =
  '<html><head><title>Docket Report</title></head><body><div id="topmenu" class="yuimenubar"><a href="/cgi-bin/iquery.pl">Query</a> <a href="/cgi-bin/DisplayMenu.pl?Reports">Reports</a> <a href="/cgi-bin/DisplayMenu.pl?Utilities"><u>U</u>tilities</a> <a href="/cgi-bin/login.pl?logout">Logout</a></div><div id="cmecfMainContent"><h3>Docket Report</h3><p>Selection criteria</p></div></body></html>';
