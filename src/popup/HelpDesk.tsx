// The popup's help-desk section: a code to read aloud, a report to preview and copy, a safe
// copy of the page, and who to call.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { contactLine } from '../core/support/contact';
import type { StoredState } from '../shared/storage-schema';
import { savePageCapture, supportCode, supportReport, type TabFacts } from './support';

export function HelpDesk(props: { state: StoredState; tab: TabFacts | null }) {
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const code = supportCode(props.state, props.tab);
  const contact = props.state.settings.helpDesk;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report ?? '');
      setStatus('Copied. Paste it into your e-mail or chat with the help desk.');
    } catch {
      setStatus('Could not copy: select the text above and copy it yourself.');
    }
  };
  const capture = async () => {
    if (!props.tab) return;
    try {
      setStatus(`Saved ${await savePageCapture(props.tab)} to your downloads. It holds no values or private text; send it to your help desk.`);
    } catch (error) {
      setStatus(String((error as Error).message));
    }
  };
  return (
    <section class="helpdesk" aria-labelledby="helpdesk-title">
      <h2 id="helpdesk-title">Help desk</h2>
      <p>
        Read this code to your help desk: <strong class="code" data-code={code}>{code}</strong>
      </p>
      <p class="contact">
        {contact ? (
          <>Your help desk: {contactLine(contact)}</>
        ) : (
          <>CM/ECF login problems: the court's CM/ECF help desk. PACER account problems: PACER Service Center, (800) 676-6856.</>
        )}
      </p>
      <div class="buttons">
        <button type="button" onClick={() => setReport(supportReport(props.state, props.tab))} aria-expanded={report !== null}>
          Copy a report for the help desk…
        </button>
        {props.tab?.court && (
          <button type="button" onClick={capture}>
            Save this page for support
          </button>
        )}
        <a href={browser.runtime.getURL('helpdesk.html')} target="_blank" rel="noopener">
          Help-desk page
        </a>
      </div>
      {report !== null && (
        <div class="report">
          <label for="report-text">This is all the report says. Nothing is sent until you paste it.</label>
          <textarea id="report-text" readOnly rows={10} value={report} />
          <button type="button" class="primary" onClick={copy}>
            Copy
          </button>
        </div>
      )}
      <p role="status" class="status-line">
        {status}
      </p>
    </section>
  );
}
