// Pages written by hand for the cases replicas do not show: the linking item, form, verification
// and success worded otherwise, the MFA login's steps built otherwise, prose about linking,
// a Utilities page without the item, and a bankruptcy appellate panel's host.
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import { loadPage, readLabels } from '../helpers/fixtures';
import { mismatches } from '../helpers/labels';

const labels = readLabels('handwritten');
const recognise = (file: string) => {
  const label = labels.find((l) => l.file === file)!;
  return classify(loadPage(label).doc, { url: label.url });
};

describe('hand-written pages', () => {
  it('classifies every page as labelled', () => {
    const problems = labels.flatMap((label) => mismatches(label, classify(loadPage(label).doc, { url: label.url })));
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('reads what each page says beyond its kind', () => {
    expect(recognise('link-verify-cancel-instructions.html')).toMatchObject({ reason: null, accounts: { cmecf: 'jdoe', pacer: 'jdoe2024' } });
    expect(recognise('link-form-generic-labels.html').reason).toBeNull();
    expect(recognise('pacer-mfa-enroll-page.html').skipOffered).toBe(true);
    expect(recognise('utilities-without-item.html').unsure).toBe('utilities-without-item');
    expect(recognise('bap9-landing.html').court?.id).toBe('bap9');
  });
});
