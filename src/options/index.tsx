// Settings: the user's help desk (shown on error messages, in the popup and in reports) and
// the in-page guide. Values the firm's IT set by policy are shown, locked.
import { text, useTranslator, type TextId } from '../core/flow/texts';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { EMPTY_CONTACT, readContact, type HelpDeskContact } from '../core/support/contact';
import { ask } from '../shared/client';
import type { StoredState } from '../core/state/state';

const FIELDS: Array<[keyof HelpDeskContact, TextId, 'text' | 'tel' | 'email' | 'url']> = [
  ['name', 'opt_name', 'text'],
  ['phone', 'opt_phone', 'tel'],
  ['email', 'opt_email', 'email'],
  ['web', 'opt_web', 'url'],
];

function Options() {
  const [state, setState] = useState<StoredState | null>(null);
  const [contact, setContact] = useState<HelpDeskContact>(EMPTY_CONTACT);
  const [status, setStatus] = useState('');
  useEffect(() => {
    ask({ type: 'get-state' }).then((s) => {
      setState(s);
      setContact(s.settings.helpDesk ?? EMPTY_CONTACT);
    });
  }, []);
  if (!state) return <p aria-busy="true">{text('loading')}</p>;
  const locked = state.settings.locked.includes('helpDesk');
  const save = async (event: Event) => {
    event.preventDefault();
    const valid = readContact(contact);
    const next = await ask({ type: 'set-settings', settings: { helpDesk: valid } });
    setState(next);
    setContact(next.settings.helpDesk ?? EMPTY_CONTACT);
    setStatus(valid ? text('opt_saved') : text('opt_cleared'));
  };
  return (
    <main>
      <h1>{text('opt_title')}</h1>
      <form onSubmit={save}>
        <fieldset disabled={locked}>
          <legend>{text('opt_your_desk')}</legend>
          {locked && <p class="locked">{text('opt_locked')}</p>}
          <p class="hint">{text('opt_hint')}</p>
          {FIELDS.map(([key, label, type]) => (
            <p key={key}>
              <label for={`hd-${key}`}>{text(label)}</label>
              <input id={`hd-${key}`} type={type as "text"} value={contact[key]} onInput={(e) => setContact({ ...contact, [key]: (e.target as HTMLInputElement).value })} />
            </p>
          ))}
          <button type="submit">{text('opt_save')}</button>
        </fieldset>
      </form>
      <p role="status">{status}</p>
      <p>
        <label>
          <input
            type="checkbox"
            disabled={state.settings.locked.includes('guideHidden')}
            checked={!state.settings.guideHidden}
            onChange={async (e) => setState(await ask({ type: 'set-settings', settings: { guideHidden: !(e.target as HTMLInputElement).checked } }))}
          />{' '}
          {text('show_guide')}
        </label>
      </p>
      <p>
        <a href="helpdesk.html">{text('opt_helpdesk_link')}</a>
      </p>
    </main>
  );
}

useTranslator((id, substitutions) => browser.i18n.getMessage(id, substitutions));

render(<Options />, document.getElementById('app')!);
