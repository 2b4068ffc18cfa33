// The gate lets the guide load only where it may have something to do. It must never stop a
// page the guide would guide: checked on every real, replica and hand-written court page.
import { describe, expect, it } from 'vitest';
import { parseSite } from '../../src/core/courts/hosts';
import { guideFactsOf, guideFor } from '../../src/core/flow/guide';
import { classify, MAIN_TEXT_BUDGET } from '../../src/core/recognition/classify';
import { boundedText } from '../../src/core/recognition/text';
import { mayBeLinkingPath } from '../../src/gate/decide';
import { GATE_EXAMPLES } from '../../src/gate/decide.examples';
import { isReadingPage, readingPagePatterns } from '../../src/core/recognition/reading-pages';
import { READING_PAGE_EXAMPLES } from '../../src/core/recognition/reading-pages.examples';
import { FIXTURES, loadPage, readLabels } from '../helpers/fixtures';
import { parseHtml } from '../../tools/lib/page-file';

const labels = [...readLabels('real'), ...readLabels('replicas'), ...readLabels('handwritten')];
const byPath = new Map(labels.map((l) => [l.path, l]));
const decide = (page: string) => {
  const label = byPath.get(`${FIXTURES}${page}`);
  if (!label) throw new Error(`${page} is in no labels.tsv`);
  return mayBeLinkingPath(new URL(label.url), loadPage(label).doc);
};

describe('the gate', () => {
  it.each(GATE_EXAMPLES.pass)('lets %s through', (page) => expect(decide(page)).toBe(true));
  it.each(GATE_EXAMPLES.stop)('stops %s', (page) => expect(decide(page)).toBe(false));

  it('lets a landing page through under any address, by its way into login.pl', () => {
    const landing = loadPage(byPath.get(`${FIXTURES}real/almb-ecf-landing.html`)!).doc;
    expect(mayBeLinkingPath(new URL('https://ecf.almb.uscourts.gov/welcome/filers.html'), landing)).toBe(true);
    const form = parseHtml('<form action="/cgi-bin/login.pl"><input type="submit" value="Start"></form>', null);
    expect(mayBeLinkingPath(new URL('https://ecf.almb.uscourts.gov/start.htm'), form)).toBe(true);
    const info = parseHtml('<h1>Local rules</h1><p><a href="/rules.pdf">Rules</a></p>', null);
    expect(mayBeLinkingPath(new URL('https://ecf.almb.uscourts.gov/rules.htm'), info)).toBe(false);
  });

  it('never stops a page of the linking path the guide would guide someone who has not started', () => {
    const stopped: string[] = [];
    const counted = { passed: 0, stopped: 0 };
    for (const label of labels) {
      const site = parseSite(label.url);
      if (site?.kind !== 'ecf') continue; // the central login has the guide itself, while any court is being linked
      const { doc } = loadPage(label);
      const recognition = classify(doc, { url: label.url });
      const view = guideFor(guideFactsOf(recognition), { progress: null, reloaded: false });
      // A long page under the menu bar, and any docket, report or document, is not on the path: the gate's to stop.
      const long = recognition.page === 'ecf-menu' && (isReadingPage(new URL(label.url).pathname) || !boundedText(doc.getElementById('cmecfMainContent') ?? doc.body, MAIN_TEXT_BUDGET).complete);
      const passes = mayBeLinkingPath(new URL(label.url), doc);
      counted[passes ? 'passed' : 'stopped'] += 1;
      if (view && !long && !passes) stopped.push(`${label.file}: ${view.title}`);
    }
    expect(stopped).toEqual([]);
    expect(counted.stopped, 'dockets and reports are stopped').toBeGreaterThan(10);
  });

  it.each(READING_PAGE_EXAMPLES.reading)('knows %s for a reading page', (path) => expect(isReadingPage(path)).toBe(true));
  it.each(READING_PAGE_EXAMPLES.notReading)('knows %s is no reading page', (path) => expect(isReadingPage(path)).toBe(false));

  it('leaves the reading pages out of its registration with patterns the browser accepts, and none of the path', () => {
    const patterns = readingPagePatterns();
    // scheme://*.host/path: a match pattern may put * only at the start of the host.
    for (const pattern of patterns) expect(pattern).toMatch(/^https:\/\/\*\.uscourts\.gov\/[A-Za-z0-9_./-]+\*$/);
    const excluded = (url: string) => patterns.some((p) => new RegExp(`^${p.replace(/[.?+^$()|[\]{}\\]/g, '\\$&').replace(/\*/g, '.*')}$`).test(url));
    expect(excluded('https://ecf.akb.uscourts.gov/cgi-bin/DktRpt.pl?110375219183771-L_1_0-1')).toBe(true);
    expect(excluded('https://ecf-train.mied.uscourts.gov/doc1/035012345678')).toBe(true);
    for (const label of labels) {
      const recognition = classify(loadPage(label).doc, { url: label.url });
      if (recognition.page !== 'ecf-menu' && recognition.page !== 'court-page') expect(excluded(label.url), label.file).toBe(false);
    }
  });
});
