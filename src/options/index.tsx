// Settings: the user's help desk (shown on error messages, in the popup and in reports) and
// the in-page guide. Values the firm's IT set by policy are shown, locked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { EMPTY_CONTACT, readContact, type HelpDeskContact } from '../core/support/contact';
import type { StateReply } from '../shared/messages';
import type { StoredState } from '../shared/storage-schema';

const FIELDS: Array<[keyof HelpDeskContact, string, 'text' | 'tel' | 'email' | 'url']> = [
  ['name', 'Name', 'text'],
  ['phone', 'Phone', 'tel'],
  ['email', 'E-mail', 'email'],
  ['web', 'Web page (https://…)', 'url'],
];

async function ask(message: object): Promise<StoredState> {
  return ((await browser.runtime.sendMessage(message)) as StateReply).state;
}

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
  if (!state) return <p aria-busy="true">…</p>;
  const locked = state.settings.locked.includes('helpDesk');
  const save = async (event: Event) => {
    event.preventDefault();
    const valid = readContact(contact);
    const next = await ask({ type: 'set-settings', settings: { helpDesk: valid } });
    setState(next);
    setContact(next.settings.helpDesk ?? EMPTY_CONTACT);
    setStatus(valid ? 'Saved.' : 'Cleared: the guide will name the court\'s CM/ECF help desk and the PACER Service Center.');
  };
  return (
    <main>
      <h1>CM/ECF Account Linking Guide: settings</h1>
      <form onSubmit={save}>
        <fieldset disabled={locked}>
          <legend>Your help desk</legend>
          {locked && <p class="locked">Set by your organisation. Ask your IT department to change it.</p>}
          <p class="hint">Shown in the popup, on the guide's error messages and in support reports. Leave empty to be sent to the court's CM/ECF help desk and the PACER Service Center.</p>
          {FIELDS.map(([key, label, type]) => (
            <p key={key}>
              <label for={`hd-${key}`}>{label}</label>
              <input id={`hd-${key}`} type={type as "text"} value={contact[key]} onInput={(e) => setContact({ ...contact, [key]: (e.target as HTMLInputElement).value })} />
            </p>
          ))}
          <button type="submit">Save</button>
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
          Show the guide on court pages
        </label>
      </p>
      <p>
        <a href="helpdesk.html">Help-desk page: read a caller's support code</a>
      </p>
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
