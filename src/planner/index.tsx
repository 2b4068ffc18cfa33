// The printable list of the user's courts (planner.html): what the popup shows of each court,
// as a table a firm's IT or the user can print or save as PDF with the browser, or download
// as CSV. No account names, no logins: the stored state holds none.
import './planner.css';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { text, useTranslator } from '../core/flow/texts';
import { planTable, summaryText } from '../core/planner/describe';
import { planCounts, planRows, type PlanRow } from '../core/planner/plan';
import { askData } from '../shared/client';
import { cachedTranslator } from '../popup/i18n';
import { dateTime, listMonth, locale, shortDate } from '../popup/format';
import { saveCsv } from '../popup/MyCourts';

useTranslator(cachedTranslator());
document.documentElement.lang = locale();
document.title = text('planner_title');

/** The website column is a link on screen and its address on paper. */
function Cell(props: { value: string; column: number; row: PlanRow }) {
  if (props.column === 8 && /^https?:/.test(props.value)) {
    return (
      <td>
        <a href={props.value} target="_blank" rel="noopener noreferrer">
          {props.value.replace(/^https?:\/\//, '').replace(/\/$/, '')}
        </a>
      </td>
    );
  }
  return props.column === 0 ? <th scope="row">{props.value}</th> : <td>{props.value}</td>;
}

function PlannerPage() {
  const [rows, setRows] = useState<PlanRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');
  useEffect(() => {
    askData({ type: 'get-state' }).then((data) => setRows(planRows(data.planner.courts, data.state.courts, data.planner.prep)), () => setFailed(true));
  }, []);
  if (failed) return <p role="alert">{text('popup_no_answer')}</p>;
  if (!rows) return <p aria-busy="true">{text('loading')}</p>;
  const month = listMonth();
  const { header, body } = planTable(rows, { formatDate: shortDate, listMonth: month });
  const prepared = dateTime(Date.now());
  return (
    <>
      <header>
        <h1>{text('planner_title')}</h1>
        <p class="prepared">{text('planner_prepared', prepared)}</p>
        {rows.length > 0 && <p class="summary">{summaryText(planCounts(rows))}</p>}
        {rows.length > 0 && (
          <div class="buttons no-print">
            <button type="button" class="primary" onClick={() => window.print()}>
              {text('planner_print')}
            </button>
            <button type="button" onClick={() => setStatus(text('csv_saved', saveCsv(rows)))}>
              {text('export_csv')}
            </button>
          </div>
        )}
        <p role="status" class="no-print status-line">
          {status}
        </p>
      </header>
      {rows.length === 0 ? (
        <p class="empty">{text('planner_empty')}</p>
      ) : (
        <table>
          <caption class="sr-only">{text('planner_title')}</caption>
          <thead>
            <tr>
              {header.map((cell) => (
                <th key={cell} scope="col">
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {body.map((cells, r) => (
              <tr key={rows[r]!.court.id} data-court={rows[r]!.court.id} data-status={rows[r]!.progress.status}>
                {cells.map((value, c) => (
                  <Cell key={c} value={value} column={c} row={rows[r]!} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p class="privacy">{text('planner_privacy', month)}</p>
    </>
  );
}

render(<PlannerPage />, document.getElementById('app')!);
