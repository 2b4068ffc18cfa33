// The toolbar popup: the active court's checklist first, then the user's courts (the
// planner), courts started outside that list, a court search, the help desk, the pre-flight
// checklist and the guide's settings.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { courtById } from '../core/courts/courts';
import { courtNameById } from '../core/courts/names';
import { text } from '../core/flow/texts';
import { planCounts, planRows, plannable, type PrepItem } from '../core/planner/plan';
import { EMPTY_PROGRESS } from '../core/progress/progress';
import { courtsByLatestUpdate } from '../core/state/state';
import { askData } from '../shared/client';
import type { DataReply } from '../shared/messages';
import { openCourtSite, type AddCourts } from './actions';
import { GuideHere } from './GuideHere';
import { HelpDesk } from './HelpDesk';
import { activeTabFacts, type TabFacts } from './support';
import { CourtCard } from './CourtCard';
import { CourtSearch } from './CourtSearch';
import { FIRST_ROWS, MyCourts } from './MyCourts';

export function Popup() {
  const [data, setData] = useState<DataReply | null>(null);
  const [tab, setTab] = useState<TabFacts | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    askData({ type: 'get-state' }).then(setData, () => setFailed(true));
    activeTabFacts().then(setTab, () => undefined);
  }, []);
  const plan = useMemo(() => {
    if (!data) return null;
    const rows = planRows(data.planner.courts, data.state.courts, data.planner.prep);
    return { rows, counts: planCounts(rows), planned: new Set(data.planner.courts.map((c) => c.id)) };
  }, [data]);
  // With a long list, what lies below it (out of sight when the popup opens) comes a frame
  // later, so the first frame holds only what the user sees: see tools/bench/popup.ts.
  const long = (plan?.rows.length ?? 0) > FIRST_ROWS;
  const [below, setBelow] = useState(false);
  useLayoutEffect(() => {
    if (!long || below) return undefined;
    if (document.visibilityState === 'hidden') {
      setBelow(true);
      return undefined;
    }
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(() => setBelow(true))));
    return () => cancelAnimationFrame(frame);
  }, [long, below]);
  if (failed) return <p role="alert">{text('popup_no_answer')}</p>;
  if (!data || !plan) return <p aria-busy="true">{text('loading')}</p>;

  const { state, planner } = data;
  const activeCourt = tab?.court ?? null;
  /** Sends a change; true once the answer is shown. */
  const send = (message: Parameters<typeof askData>[0]): ReturnType<AddCourts> =>
    askData(message).then(
      (next) => {
        setData(next);
        return true;
      },
      () => {
        setFailed(true);
        return false;
      },
    );
  const update = (message: Parameters<typeof askData>[0]) => void send(message);
  const add = (courts: string[]) => send({ type: 'add-courts', courts });
  const started = courtsByLatestUpdate(state).filter(([id]) => id !== activeCourt && !plan.planned.has(id));
  const active = activeCourt ? courtById(activeCourt) : null;
  const card = (id: string) => {
    const court = courtById(id);
    if (!court) return null;
    const addable = plannable(court) && !plan.planned.has(id);
    return (
      <CourtCard
        key={id}
        court={court}
        progress={state.courts[id] ?? EMPTY_PROGRESS}
        onOpen={openCourtSite}
        onReset={(c) => update({ type: 'reset-court', court: c })}
        onAdd={addable ? (c) => void add([c]) : undefined}
      />
    );
  };
  const { settings } = state;
  const notice = [state.repairNotice, planner.repairNotice].filter(Boolean).join(', ');

  return (
    <>
      <h1>{text('popup_title')}</h1>
      {notice && (
        <div class="notice" role="alert">
          <p>{text('repaired_notice', notice)}</p>
          <button type="button" onClick={() => update({ type: 'clear-notice' })}>
            {text('ok')}
          </button>
        </div>
      )}
      {active && (
        <section aria-label={text('this_tab')} class="active">
          {card(active.id)}
          {tab && !tab.guided && <GuideHere tabId={tab.tabId} />}
        </section>
      )}
      <MyCourts
        key="planner"
        rows={plan.rows}
        counts={plan.counts}
        planner={planner}
        planned={plan.planned}
        onOpen={openCourtSite}
        onAdd={add}
        onTick={(court: string, item: PrepItem, done: boolean) => update({ type: 'set-prep', court, item, done })}
        onRemove={(court: string, reset: boolean) => send({ type: 'remove-court', court, reset })}
      />
      {(below || !long) && (
        <>
          {started.length > 0 && (
            <section class="courts" aria-labelledby="started-title">
              <h2 id="started-title">{text('started_elsewhere')}</h2>
              {started.map(([id]) => card(id))}
            </section>
          )}
          {!active && started.length === 0 && plan.rows.length === 0 && <p class="intro">{text('no_progress')}</p>}
          <CourtSearch key="search" onOpen={openCourtSite} planned={plan.planned} onAdd={add} />
          <HelpDesk key="helpdesk" state={state} tab={tab} />
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
              <input type="checkbox" disabled={settings.locked.includes('guideHidden')} checked={!settings.guideHidden} onChange={(e) => update({ type: 'set-settings', settings: { guideHidden: !(e.target as HTMLInputElement).checked } })} /> {text('show_guide')}
            </label>
            <p>
              <a href="options.html" target="_blank" rel="noopener">
                {text('settings_link')}
              </a>
            </p>
            {settings.hiddenCourts.map((id) => (
              <p key={id} class="hidden-court">
                {text('hidden_on', courtNameById(id))}{' '}
                <button type="button" onClick={() => update({ type: 'set-settings', settings: { hiddenCourts: settings.hiddenCourts.filter((c) => c !== id) } })}>
                  {text('show_again')}
                </button>
              </p>
            ))}
          </section>
        </>
      )}
    </>
  );
}
