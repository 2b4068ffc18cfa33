// A court's six steps as a checklist: each ticked with when it was done, the current one
// marked for sight and for screen readers. One list for the popup's court card and for the
// plan of the user's courts, which differ only in how they write the time.
import { STEPS } from '../core/flow/steps';
import { text } from '../core/flow/texts';
import type { CourtProgress } from '../core/progress/progress';

export function StepChecklist(props: { progress: CourtProgress; when: (at: number) => string; labelledBy?: string }) {
  const { progress } = props;
  return (
    <ol class="checklist" aria-labelledby={props.labelledBy}>
      {STEPS.map((step) => {
        const doneAt = progress.done[step.id];
        const current = progress.current === step.id && progress.status !== 'verified';
        return (
          <li key={step.id} class={doneAt ? 'done' : current ? 'current' : ''} data-step={step.id} aria-current={current ? 'step' : undefined}>
            <span class="tick" aria-hidden="true">
              {doneAt ? '✓' : current ? '➜' : '○'}
            </span>
            <span class="label">{text(step.label)}</span>
            {doneAt ? <span class="when">{props.when(doneAt)}</span> : <span class="sr-only">{text('not_done')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
