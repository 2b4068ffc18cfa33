// The popup's help-desk section: a code to read aloud, a report to preview and copy, a safe
// copy of the page, and who to call.
import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { text } from '../core/flow/texts';
import { contactLine } from '../core/support/contact';
import type { StoredState } from '../core/state/state';
import { savePageCapture, supportCode, supportReport, type TabFacts } from './support';

export function HelpDesk(props: { state: StoredState; tab: TabFacts | null }) {
  const [report, setReport] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const code = supportCode(props.state, props.tab);
  const contact = props.state.settings.helpDesk;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(report ?? '');
      setStatus(text('copied'));
    } catch {
      setStatus(text('copy_failed'));
    }
  };
  const capture = async () => {
    if (!props.tab) return;
    try {
      setStatus(text('capture_saved', await savePageCapture(props.tab)));
    } catch (error) {
      setStatus(String((error as Error).message));
    }
  };
  return (
    <section class="helpdesk" aria-labelledby="helpdesk-title">
      <h2 id="helpdesk-title">{text('helpdesk_title')}</h2>
      <p>
        {text('helpdesk_read_code')} <strong class="code" data-code={code}>{code}</strong>
      </p>
      <p class="contact">
        {contact ? (
          text('helpdesk_your_desk', contactLine(contact))
        ) : (
          text('helpdesk_default')
        )}
      </p>
      <div class="buttons">
        <button type="button" onClick={() => setReport(supportReport(props.state, props.tab, code))} aria-expanded={report !== null}>
          {text('report_button')}
        </button>
        {props.tab?.court && (
          <button type="button" onClick={capture}>
            {text('capture_button')}
          </button>
        )}
        <a href={browser.runtime.getURL('helpdesk.html')} target="_blank" rel="noopener">
          {text('helpdesk_page_link')}
        </a>
      </div>
      {report !== null && (
        <div class="report">
          <label for="report-text">{text('report_preview')}</label>
          <textarea id="report-text" readOnly rows={10} value={report} />
          <button type="button" class="primary" onClick={copy}>
            {text('copy')}
          </button>
        </div>
      )}
      <p role="status" class="status-line">
        {status}
      </p>
    </section>
  );
}
