// What may leave a court page for a support report: a path with no query and no numbers.
// Queries carry case numbers (`DktRpt.pl?110375219183771-L_1_0-1`) and so can paths
// (`/doc1/035012345678`), so any part with a digit becomes "…".

/** `/cgi-bin/DktRpt.pl?123` → `/cgi-bin/DktRpt.pl`; `/doc1/0350123` → `/doc1/…`. */
export function reportablePath(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return '';
  }
  const parts = path.split('/').map((part, index) => (index > 0 && /\d/.test(part) && !/^[a-z]+\d$/i.test(part) ? '…' : part));
  return parts.join('/').slice(0, 120);
}
