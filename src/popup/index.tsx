// The toolbar popup: progress per court. (The full checklist, search and settings grow here.)
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { courtById } from '../core/courts/courts';
import { STEP_COUNT } from '../core/flow/steps';
import type { StoredState } from '../shared/storage-schema';

const STATUS_WORDS: Record<string, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  linked: 'Linked: refresh to see the filing menus',
  verified: 'Linked and verified',
  'not-nextgen': 'Court not yet on NextGen',
};

function Popup() {
  const [state, setState] = useState<StoredState | null>(null);
  useEffect(() => {
    browser.runtime.sendMessage({ type: 'get-state' }).then((reply) => setState((reply as { state: StoredState }).state));
  }, []);
  if (!state) return <p>Loading…</p>;
  const courts = Object.entries(state.courts).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
  return (
    <>
      <h1>CM/ECF account linking</h1>
      {courts.length === 0 ? (
        <p>Open your court's CM/ECF site to start. The guide will point at each step.</p>
      ) : (
        <ul class="courts">
          {courts.map(([id, progress]) => (
            <li key={id} data-court={id}>
              <strong>{courtById(id)?.name ?? id}</strong>
              <span>
                {STATUS_WORDS[progress.status]} · {Object.keys(progress.done).length} of {STEP_COUNT} steps
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

render(<Popup />, document.getElementById('app')!);
