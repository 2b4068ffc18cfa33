// One court's checklist: the six steps with ticks and times, what to do next, open, reset,
// and, for a court not in the user's list, adding it there.
import { useState } from 'preact/hooks';
import type { Court } from '../core/courts/courts';
import { courtName } from '../core/courts/names';
import { courtSiteUrl } from '../core/courts/hosts';
import { stepById, stepInstruction } from '../core/flow/steps';
import { REASON_TEXT, text, type TextId } from '../core/flow/texts';
import type { CourtProgress } from '../core/progress/progress';
import { stepTime } from './format';
import { StepChecklist } from './StepChecklist';

const STATUS_TEXT: Record<CourtProgress['status'], TextId> = {
  'not-started': 'status_not_started',
  'in-progress': 'status_in_progress',
  linked: 'status_linked',
  verified: 'status_verified',
  'not-nextgen': 'status_not_nextgen',
};


export function CourtCard(props: { court: Court; progress: CourtProgress; open?: boolean; onOpen: (url: string) => void; onReset: (court: string) => void; onAdd?: (court: string) => void }) {
  const { court, progress } = props;
  const [confirming, setConfirming] = useState(false);
  const headingId = `court-${court.id}`;
  return (
    <section class={`court ${progress.status}`} aria-labelledby={headingId} data-court={court.id}>
      <h3 id={headingId}>
        {courtName(court)} <span class="court-id">({court.id})</span>
      </h3>
      <p class="status" data-status={progress.status}>
        {text(STATUS_TEXT[progress.status])}
      </p>
      <StepChecklist progress={progress} when={stepTime} />
      {progress.current && progress.status !== 'verified' && <p class="next">{text('next_label', text(stepInstruction(stepById(progress.current))))}</p>}
      {progress.lastError && progress.status !== 'verified' && <p class="problem">{text('last_error', text(REASON_TEXT[progress.lastError]))}</p>}
      <div class="buttons">
        <button type="button" class="primary" onClick={() => props.onOpen(courtSiteUrl(court))}>
          {text('open_site')}
        </button>
        {props.onAdd && (
          <button type="button" aria-describedby={headingId} onClick={() => props.onAdd?.(court.id)}>
            {text('add_to_courts')}
          </button>
        )}
        {!confirming && (
          <button type="button" onClick={() => setConfirming(true)}>
            {text('reset')}
          </button>
        )}
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-label={text('reset_confirm', courtName(court))}>
          <p>{text('reset_confirm', courtName(court))}</p>
          <button type="button" class="danger" onClick={() => props.onReset(court.id)} ref={(el) => el?.focus()}>
            {text('reset_yes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {text('cancel')}
          </button>
        </div>
      )}
    </section>
  );
}
