// The safe page capture: the same classification as the original for every real and replica
// page, and no secret survives.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { capturePage } from '../../src/core/support/capture';
import { inferPageUrl, parseHtml } from '../../tools/lib/page-file';
import { loadPage, readLabels } from '../helpers/fixtures';

const summary = (doc: Document, url: string | null, pathKnown = true) => {
  const got = classify(doc, { url, pathKnown });
  return { page: got.page, next: got.next?.control ?? null, filer: got.filer, reason: got.reason, court: got.court?.id ?? null, training: got.training };
};

describe('capturePage', () => {
  it('classifies the same as the original, for every real and replica page, with and without the URL', () => {
    const problems: string[] = [];
    for (const label of [...readLabels('real'), ...readLabels('replicas')]) {
      const { doc } = loadPage(label);
      const before = summary(doc, label.url);
      const capture = capturePage(doc, label.url);
      const copy = parseHtml(capture.html, label.url);
      const after = summary(copy, label.url);
      if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`${label.file}: ${JSON.stringify(before)} became ${JSON.stringify(after)}`);
      // A help desk given only the file: the "saved from" line says where it came from.
      const inferred = inferPageUrl(capture.html, parseHtml(capture.html, null));
      if (label.court !== '*' && inferred && summary(parseHtml(capture.html, inferred.url), inferred.url, inferred.pathKnown).court !== before.court) problems.push(`${label.file}: court not inferred`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
  }, 300_000);

  it('lets no secret through: values, hidden inputs, scripts, cookies, queries, fragments, comments, text, attributes', () => {
    const label = readLabels('replicas').find((l) => l.file === 'almb-link-verify.html')!;
    const secrets = ['SECRET-VALUE-1', 'ViewStateSecret99', 'sessioncookie=abc123', '1:24-bk-01234', 'Johnathan Q. Litigant', 'frag-secret', 'comment-secret', 'data-secret', 'tok-title', 'clientcode77'];
    const html = loadPage(label)
      .html.replace('</FORM>', '<input type="hidden" name="javax.faces.ViewState" value="ViewStateSecret99"><input name="login" value="SECRET-VALUE-1"><textarea>clientcode77</textarea></FORM>')
      .replace('</body>', `<script>document.cookie="sessioncookie=abc123"</script><p>Case 1:24-bk-01234 Johnathan Q. Litigant</p><a href="/cgi-bin/DktRpt.pl?1:24-bk-01234#frag-secret" data-x="data-secret" title="tok-title">Docket</a><!-- comment-secret --><img src="https://tracker.example/p.gif?u=SECRET-VALUE-1"></body>`);
    const doc = parseHtml(html, label.url);
    const input = doc.querySelector('input[name=login]') as HTMLInputElement;
    input.value = 'SECRET-VALUE-1';
    const capture = capturePage(doc, `${label.url}?case=1:24-bk-01234#frag-secret`);
    for (const secret of [...secrets, 'pat.filer', 'pfiler2024', 'Pat Filer', 'tracker.example']) expect(capture.html, secret).not.toContain(secret);
    expect(capture.html).toContain('Link a CM/ECF Account to My PACER Account'); // interface words stay
    expect(capture.html).toContain('saved from url=');
    expect(capture.url).toBe('https://ecf.almb.uscourts.gov/cgi-bin/LinkAcct.pl');
    expect(doc.querySelector('script'), 'the original page is untouched').not.toBeNull();
  });
});
