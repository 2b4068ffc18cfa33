// Paste a list of courts (a firm's admission list): ids and names in any mix. What is a court
// is added; what is not stays in the box, with a message saying why, so nothing is lost. The
// pasted text lives in this component only: it is never stored or sent (only court ids are).
import { useRef, useState } from 'preact/hooks';
import { courtName } from '../core/courts/names';
import { text } from '../core/flow/texts';
import { parseCourtList, type PasteResult } from '../core/planner/paste';
import type { AddCourts } from './actions';

const ids = (courts: readonly { id: string }[]) => courts.map((c) => c.id).join(', ');

function reportLines(result: PasteResult): string[] {
  const lines: string[] = [];
  if (result.added.length === 1) lines.push(text('added_one', courtName(result.added[0]!)));
  else if (result.added.length > 1) lines.push(text('added_count', result.added.length));
  if (result.already.length) lines.push(text('paste_already', ids(result.already)));
  if (result.unknown.length) lines.push(text('paste_unknown', result.unknown.map((e) => `"${e}"`).join(', ')));
  if (result.ambiguous.length) lines.push(text('paste_ambiguous', result.ambiguous.map((a) => text('paste_could_be', a.entry, ids(a.candidates))).join('; ')));
  if (result.appellate.length) lines.push(text('paste_appellate', result.appellate.join(', ')));
  if (result.truncated) lines.push(text('paste_truncated'));
  return lines;
}

export function PasteList(props: { planned: ReadonlySet<string>; onAdd: AddCourts }) {
  const [open, setOpen] = useState(false);
  const [value, setValue] = useState('');
  const [report, setReport] = useState<string[]>([]);
  const toggle = useRef<HTMLButtonElement>(null);
  const submit = async () => {
    const result = parseCourtList(value, props.planned);
    const nothing = result.added.length + result.already.length + result.unknown.length + result.ambiguous.length + result.appellate.length === 0;
    if (nothing) {
      setReport([text('paste_nothing')]);
      return;
    }
    if (result.added.length && !(await props.onAdd(result.added.map((c) => c.id)))) return;
    setValue(result.leftover);
    setReport(reportLines(result));
  };
  const close = () => {
    setOpen(false);
    setValue('');
    setReport([]);
    // The box goes, its button stays: focus back on it, not lost to the page.
    toggle.current?.focus();
  };
  return (
    <div class="paste">
      <button type="button" ref={toggle} aria-expanded={open} aria-controls={open ? 'paste-area' : undefined} onClick={() => (open ? close() : setOpen(true))}>
        {text('paste_button')}
      </button>
      {open && (
        <div id="paste-area" class="paste-area">
          <label for="paste-list">{text('paste_label')}</label>
          <textarea
            id="paste-list"
            rows={5}
            value={value}
            aria-describedby="paste-hint"
            spellcheck={false}
            autocomplete="off"
            onInput={(e) => setValue((e.target as HTMLTextAreaElement).value)}
            ref={(el) => {
              // Opened on request: the box the user asked for gets the focus, once.
              if (el && !el.dataset.focused) {
                el.dataset.focused = '1';
                el.focus();
              }
            }}
          />
          <p id="paste-hint" class="hint">
            {text('paste_hint')}
          </p>
          <div class="buttons">
            <button type="button" class="primary" onClick={submit}>
              {text('paste_add')}
            </button>
            <button type="button" onClick={close}>
              {text('cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status" class="paste-report">
        {report.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
    </div>
  );
}
