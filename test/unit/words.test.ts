// A guide view in words (core/flow/words.ts) and the answer to a page (core/flow/answer.ts):
// made where the texts and the state are, with the page's own words left as slots.
import { beforeAll, describe, expect, it } from 'vitest';
import { guideAnswer } from '../../src/core/flow/answer';
import { catalogTranslator } from '../../src/core/flow/catalog';
import { guideFactsOf, guideFor, type GuideFacts } from '../../src/core/flow/guide';
import { useTranslator } from '../../src/core/flow/texts';
import { calloutLabels, fillSlot, shownView, updatedView } from '../../src/core/flow/words';
import { EMPTY_PROGRESS } from '../../src/core/progress/progress';
import { classify } from '../../src/core/recognition/classify';
import { EMPTY_STATE } from '../../src/core/state/state';
import { loadPage, readLabels } from '../helpers/fixtures';

const replica = (file: string) => {
  const label = readLabels('replicas').find((l) => l.file === file)!;
  return classify(loadPage(label).doc, { url: label.url });
};

describe('a view in words', () => {
  beforeAll(() => useTranslator(catalogTranslator('en')));

  it('says the step, the instruction, why and the warnings, in the user\'s language', () => {
    const view = guideFor(guideFactsOf(replica('almb-link-form.html')), { progress: null, reloaded: false })!;
    const shown = shownView(view);
    expect(shown).toMatchObject({ tone: 'step', step: 4, target: { control: 'link-fields', source: 'next' }, checkTypedLogin: true });
    expect(shown.words.label).toBe('Step 4 of 6');
    expect(shown.words.title).toMatch(/CM\/ECF/);
    expect(shown.words.warnings.length).toBe(view.warnings.length);
    expect(shown.words.typed).toContain('$1');
    useTranslator(catalogTranslator('es'));
    expect(shownView(view).words.label).toBe('Paso 4 de 6');
    useTranslator(catalogTranslator('en'));
  });

  it('leaves the accounts\' names to the page, which fills them in as they are', () => {
    const shown = shownView(guideFor(guideFactsOf(replica('almb-link-verify.html')), { progress: null, reloaded: false })!);
    expect(shown.words.accounts).toEqual({ cmecf: 'CM/ECF account: $1', pacer: 'PACER account: $1' });
    expect(fillSlot(shown.words.accounts!.cmecf, 'pat$1&$$.filer')).toBe('CM/ECF account: pat$1&$$.filer');
  });

  it('gives the callout its own words, and what it says when the extension went away', () => {
    const labels = calloutLabels();
    expect(labels.close).toBe('Close');
    expect(updatedView(labels)).toMatchObject({ tone: 'info', step: null, target: null, offerReload: true, words: { title: labels.updatedTitle, why: labels.updatedWhy } });
  });
});

describe('the answer to a page', () => {
  beforeAll(() => useTranslator(catalogTranslator('en')));
  const circumstances = { reloaded: false, cameFrom: null, asked: false };
  const utilities: GuideFacts = guideFactsOf(replica('almb-utilities.html'));

  it('is nothing where the guide is hidden, unless the user asked for it', () => {
    const hidden = { ...EMPTY_STATE, settings: { ...EMPTY_STATE.settings, hiddenCourts: ['almb'] } };
    expect(guideAnswer(utilities, circumstances, hidden)).toEqual({ view: null, openView: null });
    expect(guideAnswer(utilities, { ...circumstances, asked: true }, hidden).view?.words.title).toBe(guideAnswer(utilities, circumstances, EMPTY_STATE).view?.words.title);
    const everywhere = { ...EMPTY_STATE, settings: { ...EMPTY_STATE.settings, guideHidden: true } };
    expect(guideAnswer(utilities, circumstances, everywhere).view).toBeNull();
  });

  it('follows the court\'s progress: never a lower step than reached', () => {
    const menu = guideFactsOf(replica('almb-main-pacer-only.html'));
    const state = { ...EMPTY_STATE, courts: { almb: { ...EMPTY_PROGRESS, status: 'in-progress' as const, current: 'enter-credentials' as const, done: { 'open-filing': 1, 'log-in': 2, 'open-utilities': 3 } } } };
    expect(guideAnswer(menu, circumstances, state).view).toMatchObject({ step: 4, target: { control: 'utilities' } });
  });

  it('says the open drop-down\'s words beforehand, wherever it points at Utilities', () => {
    const closed = guideAnswer(guideFactsOf(replica('almb-main-pacer-only.html')), circumstances, EMPTY_STATE);
    expect(closed.view?.target).toEqual({ control: 'utilities', source: 'next' });
    expect(closed.openView?.target).toEqual({ control: 'link-item', source: 'menu-item' });
    expect(closed.openView?.words.title).not.toBe(closed.view?.words.title);
    expect(guideAnswer(utilities, circumstances, EMPTY_STATE).openView).toBeNull();
  });
});
