// The help-desk page: the agent types the caller's code and reads what the caller's browser
// knows, in plain words, with what to tell them next. Nothing leaves this page.
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
      setResult(error instanceof SupportCodeError ? error.message : 'This code could not be read.');
    }
  };
  return (
    <main>
      <h1>Read a caller's support code</h1>
      <p>The caller finds the code in the extension's popup, under "Help desk". Case, spaces and dashes do not matter; O is read as 0, I and L as 1.</p>
      <form onSubmit={decode}>
        <label for="code">Support code</label>
        <div class="row">
          <input id="code" name="code" autocomplete="off" spellcheck={false} value={typed} onInput={(e) => setTyped((e.target as HTMLInputElement).value)} placeholder="K7Q-4MX-2PD-R*" />
          <button type="submit">Read code</button>
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
            <h2>What the caller's browser says</h2>
            <ul class="summary">
              {result.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <h2>Tell the caller</h2>
            <p class="advice">{result.advice}</p>
          </>
        )}
      </section>
      <p class="small">Never ask the caller for a password. PACER Service Center: (800) 676-6856, for PACER account problems; the court's CM/ECF help desk, for CM/ECF logins.</p>
    </main>
  );
}

render(<HelpDeskPage />, document.getElementById('app')!);
