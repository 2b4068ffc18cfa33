// Reads PACER's official court list (shared/courts.tsv, beside the checkout) for the scripts
// that turn it into modules the extension bundles: the court table (courts-table.mjs) and the
// courts' websites (court-websites.mjs). One reading of its header and rows, so both find
// columns, and tell which rows are CM/ECF sites, the same way.

export const SHARED_TSV = new URL('../../../shared/courts.tsv', import.meta.url);

/**
 * The rows of the list that name a CM/ECF site: each row's CM/ECF id (lower case) and its
 * cells in the columns asked for, in that order (undefined where a row is short). Rows
 * without a CM/ECF id (the Supreme Court, the Case Locator) have no ecf. host: left out.
 * @param {string} tsv
 * @param {string[]} names the columns wanted, by their header
 * @returns {Array<{ id: string, cells: Array<string | undefined> }>}
 */
export function cmecfRows(tsv, names) {
  const [header, ...lines] = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const col = (name) => {
    const index = columns.indexOf(name);
    if (index < 0) throw new Error(`courts.tsv has no column "${name}"`);
    return index;
  };
  const [cId, ...wanted] = ['cmecf_id', ...names].map(col);
  const rows = [];
  for (const line of lines) {
    const cells = line.split('\t');
    const id = (cells[cId] ?? '').trim().toLowerCase();
    if (/^[a-z0-9]{2,8}$/.test(id)) rows.push({ id, cells: wanted.map((index) => cells[index]) });
  }
  return rows;
}
