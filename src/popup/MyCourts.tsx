// The planner: the courts the user files in, what is left ("3 of 7 courts linked"), the
// courts that need something next first, adding by pasting a list, removing, and exporting
// as a printable page or a CSV file.
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { courtById } from '../core/courts/courts';
import { courtName } from '../core/courts/names';
import { text } from '../core/flow/texts';
import { csvFileName, isoDate, toCsv } from '../core/planner/csv';
import { planTable, summaryText } from '../core/planner/describe';
import type { PlanCounts, PlanRow, PrepItem } from '../core/planner/plan';
import type { StoredPlanner } from '../core/state/state';
import { openExtensionPage, saveFile, type AddCourts, type RemoveCourt } from './actions';
import { listMonth } from './format';
import { PasteList } from './PasteList';
import { PlanCourt } from './PlanCourt';

/** The CSV of the user's courts, as the popup shows them, saved to the downloads; returns its name. */
export function saveCsv(rows: readonly PlanRow[]): string {
  const { header, body } = planTable(rows, { formatDate: isoDate, listMonth: listMonth() });
  const name = csvFileName(new Date());
  saveFile(name, toCsv(header, body), 'text/csv;charset=utf-8');
  return name;
}

/**
 * Rows drawn with the popup's first frame: more than the popup shows (600 px), few enough to
 * fit in the frame. The rest follow, ROWS_PER_FRAME a frame, so a list of hundreds of courts
 * never holds the first frame back (see tools/bench/popup.ts).
 */
export const FIRST_ROWS = 5;
export const ROWS_PER_FRAME = 24;

export interface MyCourtsProps {
  readonly rows: readonly PlanRow[];
  readonly counts: PlanCounts;
  readonly planner: StoredPlanner;
  readonly planned: ReadonlySet<string>;
  readonly onOpen: (url: string) => void;
  readonly onAdd: AddCourts;
  readonly onTick: (court: string, item: PrepItem, done: boolean) => void;
  readonly onRemove: RemoveCourt;
}

export function MyCourts(props: MyCourtsProps) {
  const { rows, counts } = props;
  const [status, setStatus] = useState<{ words: string; undo: string | null } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const month = listMonth();
  const [drawn, setDrawn] = useState(FIRST_ROWS);
  useLayoutEffect(() => {
    if (drawn >= rows.length) return undefined;
    // A hidden page has no frames to keep free: everything at once.
    if (document.visibilityState === 'hidden') {
      setDrawn(rows.length);
      return undefined;
    }
    // The first frame is painted with the first rows alone (an animation frame's callbacks run
    // before its paint, so the next rows wait for the frame after it); then a batch a frame.
    const more = () => setDrawn((n) => n + ROWS_PER_FRAME);
    let frame = requestAnimationFrame(drawn === FIRST_ROWS ? () => (frame = requestAnimationFrame(more)) : more);
    return () => cancelAnimationFrame(frame);
  }, [drawn, rows.length]);
  // Stable for every render, so the rows (which ignore their callbacks when deciding to
  // re-render) always call the current ones.
  const latest = useRef(props);
  latest.current = props;
  const handlers = useRef({
    open: (url: string) => latest.current.onOpen(url),
    tick: (court: string, item: PrepItem, done: boolean) => latest.current.onTick(court, item, done),
    remove: async (court: string, reset: boolean) => {
      if (!(await latest.current.onRemove(court, reset))) return;
      const name = courtName(courtById(court)!);
      setStatus({ words: text(reset ? 'removed_reset_status' : 'removed_status', name), undo: court });
      // The row is gone: focus goes to the list's heading, not to the top of the popup.
      heading.current?.focus();
    },
  }).current;
  const addBack = async (court: string) => {
    if (await props.onAdd([court])) setStatus({ words: text('added_one', courtName(courtById(court)!)), undo: null });
  };
  const exportCsv = () => setStatus({ words: text('csv_saved', saveCsv(rows)), undo: null });
  return (
    <section class="planner" aria-labelledby="planner-title">
      <h2 id="planner-title" ref={heading} tabIndex={-1}>
        {text('your_courts')}
      </h2>
      {counts.total > 0 ? (
        <div class="plan-summary">
          <p id="plan-summary" class="summary">
            {summaryText(counts)}
          </p>
          <progress max={counts.total} value={counts.linked} aria-labelledby="plan-summary" />
        </div>
      ) : (
        <p class="intro">{text('plan_empty')}</p>
      )}
      <div class="plan-tools" key="tools">
        <PasteList planned={props.planned} onAdd={props.onAdd} />
        {rows.length > 0 && (
          <div class="buttons">
            <button type="button" onClick={() => void openExtensionPage('planner.html')}>
              {text('export_print')}
            </button>
            <button type="button" onClick={exportCsv}>
              {text('export_csv')}
            </button>
          </div>
        )}
      </div>
      <div role="status" class="status-line plan-status-line" key="status">
        {status && (
          <>
            {status.words}
            {status.undo && (
              <button type="button" onClick={() => void addBack(status.undo!)}>
                {text('add_back')}
              </button>
            )}
          </>
        )}
      </div>
      {rows.length > 0 && (
        <ul class="plan-list" key="list">
          {(drawn >= rows.length ? rows : rows.slice(0, drawn)).map((row) => (
            <PlanCourt key={row.court.id} row={row} ticked={(props.planner.prep[row.court.id] ?? []).join(',')} listMonth={month} onOpen={handlers.open} onTick={handlers.tick} onRemove={handlers.remove} />
          ))}
        </ul>
      )}
    </section>
  );
}
