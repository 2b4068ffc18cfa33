// Find any court from PACER's list by name, state or id: open its filing site, or add it to
// the user's courts. What is typed here stays in this box: it is never stored or sent.
import { useMemo, useState } from 'preact/hooks';
import { usesLinkingFlow } from '../core/courts/courts';
import { courtName, searchCourts } from '../core/courts/names';
import { courtSiteUrl } from '../core/courts/hosts';
import { text } from '../core/flow/texts';
import type { AddCourts } from './actions';

const SHOWN = 8;

export function CourtSearch(props: { onOpen: (url: string) => void; planned: ReadonlySet<string>; onAdd: AddCourts }) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const results = useMemo(() => (query.trim() ? searchCourts(query).filter(usesLinkingFlow).slice(0, SHOWN) : []), [query]);
  const addable = results.filter((court) => !props.planned.has(court.id));
  const add = async (ids: string[]) => {
    if (!(await props.onAdd(ids))) return;
    setStatus(ids.length === 1 ? text('added_one', courtName(results.find((c) => c.id === ids[0])!)) : text('added_count', ids.length));
  };
  return (
    <section class="search" aria-labelledby="find-court">
      <h2 id="find-court">{text('find_court')}</h2>
      <input type="search" aria-labelledby="find-court" aria-describedby="find-hint" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} autocomplete="off" spellcheck={false} />
      <p id="find-hint" class="hint">
        {text('find_court_hint')}
      </p>
      {query.trim() !== '' && (
        <ul class="results" aria-live="polite">
          {results.length === 0 && <li>{text('no_courts_found')}</li>}
          {results.map((court) => (
            <li key={court.id} data-court={court.id}>
              <span>
                {courtName(court)} <span class="court-id">({court.id})</span>
              </span>
              <span class="result-buttons">
                <button type="button" onClick={() => props.onOpen(courtSiteUrl(court))} aria-label={`${text('open_site')}: ${courtName(court)}`}>
                  {text('open_site')}
                </button>
                {props.planned.has(court.id) ? (
                  <span class="in-list">✓ {text('in_your_courts')}</span>
                ) : (
                  <button type="button" class="primary" onClick={() => void add([court.id])} aria-label={`${text('add')}: ${courtName(court)}`}>
                    {text('add')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {addable.length > 1 && (
        <p class="buttons">
          <button type="button" onClick={() => void add(addable.map((court) => court.id))}>
            {text('add_all', addable.length)}
          </button>
        </p>
      )}
      <p role="status" class="status-line">
        {status}
      </p>
    </section>
  );
}
