// The help-desk page: the agent types the caller's code and reads what the caller's browser
// knows, in plain words, with what to tell them next. Nothing leaves this page.
import { text, useTranslator } from '../core/flow/texts';
import browser from 'webextension-polyfill';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { decodeSupportCode, SupportCodeError } from '../core/support/code';
import { summarise, type SupportSummary } from '../core/support/summary';

function HelpDeskPage() {
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<SupportSummary | string | null>(null);
  const decode = (event: Event) => {
    event.preventDefault();
    try {
      setResult(summarise(decodeSupportCode(typed)));
    } catch (error) {
      setResult(error instanceof SupportCodeError ? error.message : text('hd_unreadable'));
    }
  };
  return (
    <main>
      <h1>{text('hd_page_title')}</h1>
      <p>{text('hd_page_intro')}</p>
      <form onSubmit={decode}>
        <label for="code">{text('hd_code_label')}</label>
        <div class="row">
          <input id="code" name="code" autocomplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} placeholder="K7Q-4MX-2PD-R9*" />
          <button type="submit">{text('hd_read_button')}</button>
        </div>
      </form>
      <section aria-live="polite" class="result">
        {typeof result === 'string' && (
          <p class="error" role="alert">
            {result}
          </p>
        )}
        {result && typeof result !== 'string' && (
          <>
            <h2>{text('hd_browser_says')}</h2>
            <ul class="summary">
              {result.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <h2>{text('hd_tell_caller')}</h2>
            <p class="advice">{result.advice}</p>
          </>
        )}
      </section>
      <p class="small">{text('hd_never_password')}</p>
    </main>
  );
}

useTranslator((id, substitutions) => browser.i18n.getMessage(id, substitutions));

render(<HelpDeskPage />, document.getElementById('app')!);
