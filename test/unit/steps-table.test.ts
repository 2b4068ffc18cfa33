// The step table (flow/steps.ts) is the one definition of the flow's steps: every control and
// page belongs where the guide expects, every text id it names exists, and the order the
// support code encodes stays put.
import { describe, expect, it } from 'vitest';
import { TEXTS } from '../../src/core/flow/catalog';
import { answeringStep, controlTexts, STEP_COUNT, STEP_IDS, stepById, stepForControl, stepForPage, stepInstruction, STEPS } from '../../src/core/flow/steps';
import { CONTROL_KINDS, FLOW_EVIDENCE, PAGE_KINDS } from '../../src/core/recognition/types';

describe('the step table', () => {
  it('keeps the steps in the order support codes encode', () => {
    expect(STEP_IDS).toEqual(['open-filing', 'log-in', 'open-utilities', 'enter-credentials', 'verify', 'refresh']);
    expect(STEP_COUNT).toBe(6);
    expect(STEPS.map((step) => step.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const id of STEP_IDS) expect(stepById(id).id).toBe(id);
  });

  it('puts every control in exactly one step, and every page in at most one', () => {
    for (const control of CONTROL_KINDS) {
      expect(STEPS.filter((step) => control in step.controls), control).toHaveLength(1);
      expect(controlTexts(control), control).toBe(stepForControl(control)!.controls[control]);
    }
    for (const page of PAGE_KINDS) expect(STEPS.filter((step) => step.pages.includes(page)).length, page).toBeLessThanOrEqual(1);
    expect(stepForPage('link-form')?.id).toBe('enter-credentials');
    expect(stepForPage('unrelated')).toBeNull();
    expect(stepForControl('mfa-choice')?.number).toBe(2);
  });

  it('names only texts that exist', () => {
    const ids: string[] = [];
    for (const step of STEPS) {
      ids.push(step.label, ...(step.lookFor ? [step.lookFor] : []));
      for (const texts of Object.values(step.controls)) {
        ids.push(texts.do, texts.why, ...(texts.warnings ?? []));
        if (texts.whenOpen) ids.push(texts.whenOpen.do, texts.whenOpen.why);
        if (texts.skip) ids.push(texts.skip.offered, texts.skip.required);
      }
    }
    expect(ids.filter((id) => !(id in TEXTS))).toEqual([]);
    expect(STEPS.map((step) => step.label)).toEqual(STEPS.map((step) => `step_label_${step.number}`));
  });

  it('says where each piece of evidence leads, and what the page there shows', () => {
    expect(Object.fromEntries(FLOW_EVIDENCE.map((control) => [control, answeringStep(control).number]))).toEqual({ 'link-item': 4, 'nextgen-menu': 3, 'link-fields': 5, confirm: 6 });
    // The guide, unsure after a step, says what the page of step 3 or later looks like.
    for (const step of STEPS.filter((s) => s.number >= 3)) expect(step.lookFor, step.id).toBe(`look_for_${step.number}`);
  });

  it("gives each step its first control's instruction", () => {
    expect(Object.fromEntries(STEPS.map((step) => [step.id, stepInstruction(step)]))).toEqual({
      'open-filing': 'entry_do',
      'log-in': 'username_do',
      'open-utilities': 'utilities_do',
      'enter-credentials': 'fields_do',
      verify: 'confirm_do',
      refresh: 'refresh_do',
    });
  });
});
