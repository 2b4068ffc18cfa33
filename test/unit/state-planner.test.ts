// The planner's pure changes (core/state/planner.ts): courts added once and only when the
// guide covers them, removed with or without their progress, ticks set and cleared.
import { describe, expect, it } from 'vitest';
import { EMPTY_PLANNER, EMPTY_STATE, PLANNED_MAX, type StoredPlanner } from '../../src/core/state/state';
import { withCourts, withoutPlannedCourt, withPrepTick } from '../../src/core/state/planner';
import { allCourts } from '../../src/core/courts/courts';
import { plannable } from '../../src/core/planner/plan';
import { EMPTY_PROGRESS } from '../../src/core/progress/progress';

describe('adding courts', () => {
  it('adds each court once, at the end, only courts the guide covers and only exact ids', () => {
    const one = withCourts(EMPTY_PLANNER, ['almb'], 5);
    expect(one.courts).toEqual([{ id: 'almb', addedAt: 5 }]);
    // ca1: a court of appeals, which links its own way; the guide does not cover it.
    const more = withCourts(one, ['nysd', 'almb', 'nosuch', 'ca1', 'ALMB', 'nysd'], 6);
    expect(more.courts.map((c) => c.id)).toEqual(['almb', 'nysd']);
    expect(withCourts(more, ['almb', 'nosuch'], 7)).toBe(more);
  });

  it('stops at PLANNED_MAX', () => {
    const ids = allCourts().filter(plannable).map((c) => c.id);
    // Fewer courts exist than the cap: fill the list with other entries to one short of it.
    const fillers = Array.from({ length: PLANNED_MAX - 1 }, (_, i) => ({ id: `filler${i}`, addedAt: 0 }));
    const full = withCourts({ ...EMPTY_PLANNER, courts: fillers }, [...ids, ...ids], 1);
    expect(full.courts.length).toBe(PLANNED_MAX);
    expect(full.courts.at(-1)).toEqual({ id: ids[0], addedAt: 1 });
  });
});

describe('removing a court', () => {
  const planner: StoredPlanner = { ...EMPTY_PLANNER, courts: [{ id: 'almb', addedAt: 1 }, { id: 'nysd', addedAt: 2 }], prep: { almb: ['mfa'] } };
  const state = { ...EMPTY_STATE, courts: { almb: EMPTY_PROGRESS } };

  it('keeps its progress and ticks unless asked to forget them', () => {
    const kept = withoutPlannedCourt({ state, planner }, 'almb', false);
    expect(kept.state).toBe(state);
    expect(kept.planner.courts.map((c) => c.id)).toEqual(['nysd']);
    expect(kept.planner.prep).toEqual({ almb: ['mfa'] });
    const forgotten = withoutPlannedCourt({ state, planner }, 'almb', true);
    expect(forgotten.state.courts).toEqual({});
    expect(forgotten.planner.prep).toEqual({});
  });

  it('changes nothing for a court not on the list', () => {
    expect(withoutPlannedCourt({ state, planner }, 'cacb', false).planner).toBe(planner);
    // Forgetting a court with no ticks leaves the planner as it was: nothing to write.
    expect(withoutPlannedCourt({ state, planner }, 'cacb', true).planner).toBe(planner);
  });
});

describe('ticks', () => {
  it('are set once, cleared, and a court without ticks has no entry', () => {
    const ticked = withPrepTick(EMPTY_PLANNER, 'almb', 'mfa', true);
    expect(ticked.prep).toEqual({ almb: ['mfa'] });
    expect(withPrepTick(ticked, 'almb', 'mfa', true).prep).toEqual({ almb: ['mfa'] });
    expect(withPrepTick(withPrepTick(ticked, 'almb', 'upgraded', true), 'almb', 'mfa', false).prep).toEqual({ almb: ['upgraded'] });
    expect(withPrepTick(ticked, 'almb', 'mfa', false).prep).toEqual({});
    // A tick that is already so is no change: the same planner, so nothing is written.
    expect(withPrepTick(ticked, 'almb', 'mfa', true)).toBe(ticked);
    expect(withPrepTick(ticked, 'almb', 'upgraded', false)).toBe(ticked);
  });
});
