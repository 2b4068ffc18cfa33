// Find any court from PACER's list by name, state or id, and open its filing site.
import { useMemo, useState } from 'preact/hooks';
import { usesLinkingFlow } from '../core/courts/courts';
import { courtName, searchCourts } from '../core/courts/names';
import { courtSiteUrl } from '../core/courts/hosts';
import { text } from '../core/flow/texts';

const SHOWN = 8;

export function CourtSearch(props: { onOpen: (url: string) => void }) {
  const [query, setQuery] = useState('');
  const results = useMemo(() => (query.trim() ? searchCourts(query).filter(usesLinkingFlow).slice(0, SHOWN) : []), [query]);
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
            <li key={court.id}>
              <span>
                {courtName(court)} <span class="court-id">({court.id})</span>
              </span>
              <button type="button" onClick={() => props.onOpen(courtSiteUrl(court))} aria-label={`${text('open_site')}: ${courtName(court)}`}>
                {text('open_site')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
