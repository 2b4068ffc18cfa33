// The toolbar popup: the active court's checklist first, then the others, a court search,
// the pre-flight checklist and the guide's settings.
import { useEffect, useState } from 'preact/hooks';
import { courtById } from '../core/courts/courts';
import { courtNameById } from '../core/courts/names';
import { text } from '../core/flow/texts';
import { EMPTY_PROGRESS } from '../core/progress/progress';
import type { StoredState } from '../shared/storage-schema';
import { ask } from '../shared/client';
import { openCourtSite } from './api';
import { HelpDesk } from './HelpDesk';
import { activeTabFacts, type TabFacts } from './support';
import { CourtCard } from './CourtCard';
import { CourtSearch } from './CourtSearch';

export function Popup() {
  const [state, setState] = useState<StoredState | null>(null);
  const [tab, setTab] = useState<TabFacts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    ask({ type: 'get-state' }).then(setState, () => setFailed(true));
    activeTabFacts().then(setTab, () => undefined);
  }, []);
  if (failed) return <p role="alert">{text('popup_no_answer')}</p>;
  if (!state) return <p aria-busy="true">{text('loading')}</p>;

  const activeCourt = tab?.court ?? null;
  const update = (promise: Promise<StoredState>) => promise.then(setState, () => setFailed(true));
  const started = Object.entries(state.courts)
    .filter(([id]) => id !== activeCourt)
    .sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  const active = activeCourt ? courtById(activeCourt) : null;
  const card = (id: string) => {
    const court = courtById(id);
    if (!court) return null;
    return <CourtCard key={id} court={court} progress={state.courts[id] ?? EMPTY_PROGRESS} onOpen={openCourtSite} onReset={(c) => update(ask({ type: 'reset-court', court: c }))} />;
  };
  const { settings } = state;

  return (
    <>
      <h1>{text('popup_title')}</h1>
      {state.repairNotice && (
        <div class="notice" role="alert">
          <p>{text('repaired_notice', state.repairNotice)}</p>
          <button type="button" onClick={() => update(ask({ type: 'clear-notice' }))}>
            {text('ok')}
          </button>
        </div>
      )}
      {active && (
        <section aria-label={text('this_tab')} class="active">
          {card(active.id)}
        </section>
      )}
      {started.length > 0 && (
        <section class="courts">
          <h2>{text('your_courts')}</h2>
          {started.map(([id]) => card(id))}
        </section>
      )}
      {!active && started.length === 0 && <p class="intro">{text('no_progress')}</p>}
      <CourtSearch onOpen={openCourtSite} />
      <HelpDesk state={state} tab={tab} />
      <details class="preflight" open={started.length === 0 && !active}>
        <summary>{text('preflight_title')}</summary>
        <ul>
          <li>{text('preflight_account')}</li>
          <li>{text('preflight_credentials')}</li>
          <li>{text('preflight_cookies')}</li>
        </ul>
      </details>
      <section class="settings" aria-labelledby="settings-title">
        <h2 id="settings-title">{text('settings_title')}</h2>
        <label>
          <input type="checkbox" disabled={settings.locked.includes('guideHidden')} checked={!settings.guideHidden} onChange={(e) => update(ask({ type: 'set-settings', settings: { guideHidden: !(e.target as HTMLInputElement).checked } }))} /> {text('show_guide')}
        </label>
        <p>
          <a href="options.html" target="_blank" rel="noopener">
            {text('settings_link')}
          </a>
        </p>
        {settings.hiddenCourts.map((id) => (
          <p key={id} class="hidden-court">
            {text('hidden_on', courtNameById(id))}{' '}
            <button type="button" onClick={() => update(ask({ type: 'set-settings', settings: { hiddenCourts: settings.hiddenCourts.filter((c) => c !== id) } }))}>
              {text('show_again')}
            </button>
          </p>
        ))}
      </section>
    </>
  );
}
