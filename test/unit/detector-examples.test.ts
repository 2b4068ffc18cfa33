// Runs the examples kept beside each detector (src/core/recognition/*.examples.ts).
import { describe, expect, it } from 'vitest';
import { classify } from '../../src/core/recognition/classify';
import type { DetectorExamples, PageExample } from '../../src/core/recognition/examples';
import { LANDING_EXAMPLES } from '../../src/core/recognition/landing.examples';
import { LEGACY_LOGIN_EXAMPLES } from '../../src/core/recognition/legacy-login.examples';
import { LINK_ERROR_EXAMPLES, LINK_FORM_EXAMPLES, LINK_SUCCESS_EXAMPLES, LINK_VERIFY_EXAMPLES } from '../../src/core/recognition/linking.examples';
import { MENUBAR_EXAMPLES } from '../../src/core/recognition/menubar.examples';
import { ENROLLMENT_EXAMPLES, PASSCODE_EXAMPLES } from '../../src/core/recognition/mfa.examples';
import { NOTICE_EXAMPLES, REDACTION_EXAMPLES } from '../../src/core/recognition/notices.examples';
import { PACER_LOGIN_EXAMPLES } from '../../src/core/recognition/pacer-login.examples';
import { NEXTGEN_MENU_EXAMPLES, UTILITIES_EXAMPLES } from '../../src/core/recognition/utilities.examples';
import { FIXTURES, loadPage, readLabels } from '../helpers/fixtures';

const urls = new Map([...readLabels('real'), ...readLabels('replicas'), ...readLabels('handwritten')].map((l) => [l.path, l.url]));

function recognise(example: PageExample) {
  const path = `${FIXTURES}${example.page}`;
  const url = example.url ?? urls.get(path);
  if (!url) throw new Error(`${example.page} is in no labels.tsv; give it a url`);
  return classify(loadPage({ path, url }).doc, { url });
}

const ALL: DetectorExamples[] = [
  LANDING_EXAMPLES, MENUBAR_EXAMPLES, PACER_LOGIN_EXAMPLES, LEGACY_LOGIN_EXAMPLES, UTILITIES_EXAMPLES,
  NEXTGEN_MENU_EXAMPLES, LINK_FORM_EXAMPLES, LINK_VERIFY_EXAMPLES, LINK_SUCCESS_EXAMPLES, LINK_ERROR_EXAMPLES,
  PASSCODE_EXAMPLES, ENROLLMENT_EXAMPLES, NOTICE_EXAMPLES, REDACTION_EXAMPLES,
];

describe.each(ALL.map((examples, i) => [`${examples.kind} (${i + 1})`, examples] as const))('%s detector', (_kind, examples) => {
  it.each(examples.must.map((e) => [`${e.page} ${e.url ?? ''}`, e] as const))('recognises %s', (_name, example) => {
    const got = recognise(example);
    expect(got.page).toBe(examples.kind);
    expect(got.next?.control ?? null).toBe(example.next);
    if (example.next) expect(got.next?.element, 'the control itself, for the overlay').toBeTruthy();
  });
  it.each(examples.mustNot.map((e) => [`${e.page} ${e.url ?? ''}`, e] as const))('does not take %s for one', (_name, example) => {
    expect(recognise(example).page).not.toBe(examples.kind);
  });
});
