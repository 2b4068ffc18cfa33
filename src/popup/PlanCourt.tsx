// One of the user's courts in the planner: name and type, NextGen in PACER's list, status,
// the date of its last step, open its filing site, its own website, and, on request, the
// "before you start" checklist, the six steps, and removal with confirmation.
import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { courtName } from '../core/courts/names';
import { courtSiteUrl } from '../core/courts/hosts';
import { stepById, stepInstruction } from '../core/flow/steps';
import { REASON_TEXT, text, type TextId } from '../core/flow/texts';
import { nextGenText, statusText, typeText } from '../core/planner/describe';
import { PREP_ITEMS, type PlanRow, type PrepItem } from '../core/planner/plan';
import { courtWebsite } from '../core/planner/websites';
import { shortDate } from './format';
import { StepChecklist } from './StepChecklist';

const PREP_TEXT: Readonly<Record<PrepItem, TextId>> = {
  upgraded: 'prep_upgraded',
  mfa: 'prep_mfa',
  'old-login': 'prep_old_login',
  'help-desk': 'prep_help_desk',
};

export interface PlanCourtProps {
  readonly row: PlanRow;
  /** The ticked items (compared by value: a row re-renders only when its own data changed). */
  readonly ticked: string;
  readonly listMonth: string;
  readonly onOpen: (url: string) => void;
  readonly onTick: (court: string, item: PrepItem, done: boolean) => void;
  readonly onRemove: (court: string, reset: boolean) => void;
}

function PlanCourtRow({ row, ticked, listMonth, onOpen, onTick, onRemove }: PlanCourtProps) {
  const { court, progress } = row;
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [alsoReset, setAlsoReset] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  // The question takes the focus once, when it opens (not at every render: ticking its box
  // must leave the focus on the box).
  useLayoutEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);
  const name = courtName(court);
  const headingId = `plan-${court.id}`;
  const detailsId = `plan-${court.id}-details`;
  const website = courtWebsite(court);
  const ticks = ticked ? ticked.split(',') : [];
  const cancel = () => {
    setConfirming(false);
    setAlsoReset(false);
    // Back to the button that opened the question.
    requestAnimationFrame(() => document.getElementById(`${headingId}-remove`)?.focus());
  };
  return (
    <li class={`plan-court ${progress.status}`} data-court={court.id} data-status={progress.status}>
      <h3 id={headingId}>
        {name} <span class="court-id">({court.id})</span>
      </h3>
      <p class="plan-meta">
        {typeText(court)} · {nextGenText(court, listMonth)}
      </p>
      <p class="plan-state">
        <span class="plan-status">{statusText(row)}</span>
        <span class="when">{row.lastStepAt ? text('last_step_on', shortDate(row.lastStepAt)) : text('no_step_yet')}</span>
      </p>
      <div class="buttons">
        <button type="button" class="primary" aria-describedby={headingId} onClick={() => onOpen(courtSiteUrl(court))}>
          {text('open_site')}
        </button>
        <button type="button" aria-expanded={expanded} aria-controls={expanded ? detailsId : undefined} aria-describedby={headingId} onClick={() => setExpanded(!expanded)}>
          {text('prep_toggle', row.prepDone, PREP_ITEMS.length)}
        </button>
      </div>
      <p class="plan-web">
        {website ? (
          <a href={website} target="_blank" rel="noopener noreferrer" aria-describedby={headingId}>
            {text('court_website')}
          </a>
        ) : (
          <span class="hint">{text('no_website')}</span>
        )}
        {!confirming && (
          <button type="button" class="quiet" id={`${headingId}-remove`} aria-describedby={headingId} onClick={() => setConfirming(true)}>
            {text('remove')}
          </button>
        )}
      </p>
      {confirming && (
        <div
          class="confirm"
          role="alertdialog"
          aria-labelledby={`${headingId}-confirm`}
          aria-describedby={`${headingId}-keeps`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              cancel();
            }
          }}
        >
          <p id={`${headingId}-confirm`}>{text('remove_confirm', name)}</p>
          <p id={`${headingId}-keeps`} class="hint">
            {text('remove_keeps')}
          </p>
          <label class="check">
            <input type="checkbox" checked={alsoReset} onChange={(e) => setAlsoReset((e.target as HTMLInputElement).checked)} /> {text('remove_also_reset')}
          </label>
          <button type="button" class="danger" onClick={() => onRemove(court.id, alsoReset)} ref={yes}>
            {text('remove_yes')}
          </button>
          <button type="button" onClick={cancel}>
            {text('cancel')}
          </button>
        </div>
      )}
      {expanded && (
        <div id={detailsId} class="plan-details">
          <fieldset class="prep">
            <legend>{text('preflight_title')}</legend>
            {PREP_ITEMS.map((item) => (
              <label key={item} class="check">
                <input type="checkbox" checked={ticks.includes(item)} data-prep={item} onChange={(e) => onTick(court.id, item, (e.target as HTMLInputElement).checked)} /> {text(PREP_TEXT[item])}
              </label>
            ))}
            <p class="hint">{text('prep_kept')}</p>
          </fieldset>
          <h4 id={`${headingId}-steps`}>{text('steps_title')}</h4>
          <StepChecklist progress={progress} when={shortDate} labelledBy={`${headingId}-steps`} />
          {progress.current && progress.status === 'in-progress' && <p class="next">{text('next_label', text(stepInstruction(stepById(progress.current))))}</p>}
          {progress.lastError && progress.status !== 'verified' && <p class="problem">{text('last_error', text(REASON_TEXT[progress.lastError]))}</p>}
        </div>
      )}
    </li>
  );
}

/**
 * Rows re-render only when their own court's data changes: in a list of hundreds, a tick in one
 * court leaves the others alone. (The callbacks are the list's, the same for every render.)
 */
export class PlanCourt extends Component<PlanCourtProps> {
  override shouldComponentUpdate(next: PlanCourtProps): boolean {
    const a = this.props;
    return a.row.progress !== next.row.progress || a.row.court !== next.row.court || a.ticked !== next.ticked || a.listMonth !== next.listMonth;
  }

  override render() {
    return <PlanCourtRow {...this.props} />;
  }
}
