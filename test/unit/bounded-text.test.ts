// boundedText decides long pages from the browser's own text count and walks text nodes only;
// it must give exactly what a plain walk over every element and text node gives.
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../tools/lib/page-file';
import { boundedText, norm } from '../../src/core/recognition/text';
import { loadPage, readLabels } from '../helpers/fixtures';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'TEXTAREA']);

/** The obvious walk: every node, skipping the subtrees of scripts, styles and lists. */
function reference(root: Node, budget: number): { text: string; complete: boolean } {
  const parts: string[] = [];
  let used = 0;
  const visit = (node: Node): boolean => {
    if (node.nodeType === 1 && SKIPPED.has((node as Element).tagName)) return true;
    if (node.nodeType === 3) {
      used += node.nodeValue?.length ?? 0;
      parts.push(node.nodeValue ?? '');
      if (used > budget) return false;
    }
    for (const child of Array.from(node.childNodes)) if (!visit(child)) return false;
    return true;
  };
  return visit(root) ? { text: norm(parts.join(' ')), complete: true } : { text: '', complete: false };
}

const main = (doc: Document) => doc.getElementById('cmecfMainContent') ?? doc.body;

describe('boundedText', () => {
  it('reads every real and replica page as the plain walk does, at several budgets', () => {
    const pages = [...readLabels('real'), ...readLabels('replicas')];
    for (const label of pages) {
      const { doc } = loadPage(label);
      for (const budget of [200, 2_000, 12_000, 100_000]) {
        expect(boundedText(main(doc), budget), `${label.file} at ${budget}`).toEqual(reference(main(doc), budget));
      }
    }
  });

  it('skips nested lists, scripts and styles once, and keeps words apart', () => {
    const doc = parseHtml(
      `<body><p>Link a <b>CM/ECF</b></p><select><option>one</option><optgroup><option>two</option></optgroup></select>
       <script>var x = "${'y'.repeat(500)}";</script><noscript>no</noscript><textarea>typed</textarea>
       <svg><style>svg text</style></svg><template><p>inside</p></template><span>A</span><span>B</span><style>p{}</style>tail</body>`,
      'https://ecf.almb.uscourts.gov/',
    );
    const read = boundedText(doc.body, 100);
    expect(read).toEqual(reference(doc.body, 100));
    expect(read.text).toBe('link a cm/ecf svg text a b tail');
    // The script's 500 characters do not make the page long.
    expect(read.complete).toBe(true);
    expect(boundedText(doc.body, 10)).toEqual({ text: '', complete: false });
  });
});
