// The two accounts a verification page is about to link, read from however the court lays
// them out: label and value cells, a header row over a value row, a definition list,
// read-only fields, "label: value" lines, or a sentence with the values in bold. Shown to the
// user beside the page's own words, never stored.
import { displayText, norm } from './text';

export interface Accounts {
  readonly cmecf: string | null;
  readonly pacer: string | null;
}

const OLD = /\b(?:cm\/ecf|ecf|e-?fil(?:ing|er)|filer)\b/;
const PACER = /\bpacer\b/;
const NAMES_ACCOUNT = /\b(?:account|login|user ?name|user ?id)\b/;

/** Which account a label names, if any: labels name an account ("CM/ECF login", "PACER Username"). */
function sideOf(label: string): 'cmecf' | 'pacer' | null {
  const words = norm(label);
  if (!NAMES_ACCOUNT.test(words) || words.length > 60) return null;
  if (PACER.test(words) && !/\bcm\/ecf|\be-?filing/.test(words.replace(/\(.*\)/, ''))) return 'pacer';
  return OLD.test(words) ? 'cmecf' : null;
}

class Found {
  cmecf: string | null = null;
  pacer: string | null = null;
  get done() {
    return this.cmecf !== null && this.pacer !== null;
  }
  take(label: string, value: string): void {
    const shown = value.replace(/\s+/g, ' ').trim();
    const side = sideOf(label);
    if (!side || !shown || shown.length > 80) return;
    // A CM/ECF login is one word; after it may come a note. The PACER side keeps its name.
    if (side === 'cmecf') this.cmecf ??= shown.split(' ')[0]!.replace(/[.,;:]+$/, '');
    else this.pacer ??= shown;
  }
}

export function accountsIn(root: Element): Accounts {
  const found = new Found();
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const rows = Array.from(table.querySelectorAll('tr'));
    for (const [index, row] of rows.entries()) {
      const cells = Array.from(row.children);
      // A label cell and its value beside it, or a header row over a row of values.
      if (cells.length === 2 && cells[1]!.tagName !== 'TH' && !sideOf(displayText(cells[1]))) found.take(displayText(cells[0]), displayText(cells[1], 100));
      const below = rows[index + 1] ? Array.from(rows[index + 1]!.children) : [];
      if (cells.length >= 2 && below.length === cells.length && cells.every((cell) => cell.tagName === 'TH')) {
        cells.forEach((cell, i) => found.take(displayText(cell), displayText(below[i], 100)));
      }
    }
  }
  for (const term of Array.from(root.querySelectorAll('dt'))) {
    const value = term.nextElementSibling;
    if (value?.tagName === 'DD') found.take(displayText(term), displayText(value, 100));
  }
  const fields = Array.from(root.querySelectorAll('input[readonly], input[disabled]'));
  if (fields.length) {
    const labels = new Map(Array.from(root.ownerDocument.querySelectorAll('label[for]')).map((label) => [label.getAttribute('for'), label]));
    for (const field of fields) {
      const label = field.closest('label') ?? labels.get(field.getAttribute('id')) ?? null;
      // A read-only field shows the server's value (what it is about to link), never something typed.
      if (label) found.take(displayText(label), field.getAttribute('value') ?? '');
    }
  }
  if (!found.done) readLines(root, found);
  return { cmecf: found.cmecf, pacer: found.pacer };
}

const LABEL_BEFORE = /((?:cm\s*\/\s*ecf|ecf|e-?filing|filer|pacer)\b[^.:;]{0,30}?\b(?:account|login|user\s?name|user\s?id)\b(?:\s*\([^)]*\))?)\s*[:\-–]?\s*$/i;

const LINE_BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'DD', 'DT', 'TR', 'TABLE', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** "Label: value" lines, and sentences whose values stand out in bold ("…link CM/ECF login <b>jdoe</b> to…"). */
function readLines(root: Element, found: Found): void {
  let line = '';
  const lines: string[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) line += child.nodeValue ?? '';
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (/^(?:SCRIPT|STYLE|SELECT|TEXTAREA)$/.test(element.tagName)) continue;
      const breaks = LINE_BREAKS.has(element.tagName);
      if (breaks) lines.push(line), (line = '');
      if (/^(?:B|STRONG|CODE|EM|SPAN)$/.test(element.tagName)) {
        // The words just before a highlighted value name it.
        const label = LABEL_BEFORE.exec(line.slice(-80));
        if (label) found.take(label[1]!, element.textContent ?? '');
      }
      visit(element);
      if (breaks) lines.push(line), (line = '');
    }
  };
  visit(root);
  lines.push(line);
  for (const text of lines) {
    const match = /^\s*(.{0,60}?)\s*:\s*(\S.*)$/.exec(text.replace(/\s+/g, ' '));
    if (match) found.take(match[1]!, match[2]!);
  }
}
