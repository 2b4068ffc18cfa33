// A court page read in two parts, as the guide does it: the page's structure on the page, its
// message judged in the background (only what crosses the message channel, as JSON, travels),
// and the page settled with the outcome. On every page the tests know, the two parts give what
// `classify` gives reading the page whole, and the report the background settles says the
// same facts the guide would say of it.
import { describe, expect, it } from 'vitest';
import { TABLE_COURTS } from '../../src/core/courts/courts';
import { readLoginCourt } from '../../src/core/courts/sites';
import { guideFactsOf } from '../../src/core/flow/guide';
import { classify } from '../../src/core/recognition/classify';
import { judgeLinking } from '../../src/core/recognition/court-page';
import { readCourtStructure, settleCourtPage } from '../../src/core/recognition/court-site';
import { questionOf } from '../../src/core/recognition/linking';
import { readLoginPage } from '../../src/core/recognition/login-site';
import { readPage } from '../../src/core/recognition/page';
import type { Recognition } from '../../src/core/recognition/types';
import { settleReport } from '../../src/background/linking';
import type { PageMessage } from '../../src/shared/messages';
import { loadPage, readLabels } from '../helpers/fixtures';
import { generateVariants, sourcePages, variantHtml } from '../helpers/variants';
import { parseHtml } from '../../tools/lib/page-file';

const overJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const essentials = (r: Recognition) => ({ page: r.page, reason: r.reason, filer: r.filer, next: r.next?.control ?? null, target: r.next?.element ?? null, unsure: r.unsure, accounts: r.accounts, candidates: r.candidates.length });

/** The report a page read as `structure` sends (its enumerated facts), as the controller builds it. */
function reportOf(structure: Recognition): PageMessage {
  const linking = structure.linking ? { ...overJson(questionOf(structure.linking)), points: { form: null, verify: null } } : null;
  return {
    type: 'page', court: structure.court?.id ?? null, next: structure.next?.control ?? null,
    event: { page: structure.page, filer: structure.filer, reason: structure.reason, training: structure.training, courtConfirmed: structure.courtConfirmed, at: Date.now() },
    points: null, unsure: structure.unsure,
    guide: { courtType: structure.courtType, candidates: structure.candidates.length, skipOffered: structure.skipOffered, accounts: structure.accounts !== null, reloaded: false, cameFrom: null, asked: false },
    display: { reducedMotion: false, forcedColors: false }, styled: false, seen: false, linking,
  };
}

function checkPage(html: string, url: string): { split: boolean } {
  const whole = classify(parseHtml(html, url), { url });
  const doc = parseHtml(html, url);
  const structure = readPage(doc, { url }, { ecf: readCourtStructure, login: readLoginPage, loginCourt: readLoginCourt }, TABLE_COURTS);
  const outcome = structure.linking ? judgeLinking(overJson(questionOf(structure.linking))) : null;
  const settled = settleCourtPage(structure, outcome);
  expect(settled.linking, url).toBeUndefined();
  const a = essentials(settled);
  const b = essentials(whole);
  // Elements come from two parses of the same page: compared by what they are.
  expect({ ...a, target: a.target?.outerHTML ?? null }, url).toEqual({ ...b, target: b.target?.outerHTML ?? null });
  const { report } = settleReport(reportOf(structure));
  const facts = guideFactsOf(whole);
  expect({ page: report.event.page, reason: report.event.reason, next: report.next, unsure: report.unsure, accounts: report.guide.accounts, candidates: report.guide.candidates }, url).toEqual({ page: facts.page, reason: facts.reason, next: facts.next, unsure: facts.unsure, accounts: facts.accounts, candidates: facts.candidates });
  return { split: structure.linking !== undefined };
}

describe('a court page read in two parts', () => {
  it('reads every real, replica and hand-written page as classify does', () => {
    let split = 0;
    for (const folder of ['real', 'replicas', 'handwritten'] as const) {
      for (const label of readLabels(folder)) if (checkPage(loadPage(label).html, label.url).split) split += 1;
    }
    expect(split, 'pages whose message was judged apart').toBeGreaterThan(10);
  });

  it('reads the variant corpus as classify does', () => {
    for (const page of sourcePages()) checkPage(page.html, page.url);
    for (const variant of generateVariants(2).slice(0, 600)) checkPage(variantHtml(variant), variant.url);
  }, 120_000);
});
