// The state's pure changes (core/state/transitions.ts): what a page report adds to the
// progress and the guidance log, a reset, a settings change under a policy's locks, notices read.
import { describe, expect, it } from 'vitest';
import type { PageEvent } from '../../src/core/progress/progress';
import { EMPTY_PLANNER, EMPTY_STATE, EVENTS_KEPT, courtsByLatestUpdate, type StoredState } from '../../src/core/state/state';
import { withEvent, withoutNotices, withoutProgress, withPageReport, withSettingsChange } from '../../src/core/state/transitions';

const event = (page: PageEvent['page'], at: number, more: Partial<PageEvent> = {}): PageEvent => ({ page, filer: null, reason: null, training: false, courtConfirmed: true, at, ...more });

describe('a page report', () => {
  it('moves the court on and logs the flow page', () => {
    const next = withPageReport(EMPTY_STATE, 'almb', event('pacer-login', 10));
    expect(next.courts.almb?.current).toBe('log-in');
    expect(next.events).toEqual([{ at: 10, court: 'almb', page: 'pacer-login', reason: null }]);
  });

  it('logs an error page with its reason', () => {
    const started = withPageReport(EMPTY_STATE, 'almb', event('link-form', 10));
    const next = withPageReport(started, 'almb', event('link-error', 20, { reason: 'bad-credentials' }));
    expect(next.events.at(-1)).toEqual({ at: 20, court: 'almb', page: 'link-error', reason: 'bad-credentials' });
  });

  it('logs nothing for a page off the flow, and returns the same state when nothing moves', () => {
    const started = withPageReport(EMPTY_STATE, 'almb', event('pacer-login', 10));
    expect(withPageReport(started, 'almb', event('court-page', 20))).toBe(started);
    // A training site moves nothing and logs nothing.
    expect(withPageReport(started, 'almb', event('utilities', 30, { training: true }))).toBe(started);
  });

  it('logs a page seen again once only', () => {
    const once = withPageReport(EMPTY_STATE, 'almb', event('pacer-login', 10));
    const again = withPageReport(once, 'almb', event('pacer-login', 20));
    expect(again.events).toHaveLength(1);
    // Nothing changed but the time: the very same state, which the background does not write.
    expect(again).toBe(once);
  });
});

describe('the guidance log', () => {
  it('skips a repeat of the same court\'s last event, and keeps the last EVENTS_KEPT', () => {
    const first = withEvent(EMPTY_STATE, { at: 1, court: 'almb', page: 'utilities', reason: null });
    expect(withEvent(first, { at: 2, court: 'almb', page: 'utilities', reason: null })).toBe(first);
    expect(withEvent(first, { at: 2, court: 'nysd', page: 'utilities', reason: null }).events).toHaveLength(2);
    let state: StoredState = EMPTY_STATE;
    for (let i = 0; i < EVENTS_KEPT + 5; i += 1) state = withEvent(state, { at: i, court: 'almb', page: i % 2 ? 'utilities' : 'link-form', reason: null });
    expect(state.events).toHaveLength(EVENTS_KEPT);
    expect(state.events.at(-1)?.at).toBe(EVENTS_KEPT + 4);
  });
});

describe('a reset', () => {
  it('forgets one court\'s progress and keeps the others; the same state when there is none', () => {
    const state = withPageReport(withPageReport(EMPTY_STATE, 'almb', event('pacer-login', 10)), 'nysd', event('pacer-login', 20));
    expect(Object.keys(withoutProgress(state, 'almb').courts)).toEqual(['nysd']);
    expect(withoutProgress(state, 'cacb')).toBe(state);
  });
});

describe('a settings change', () => {
  it('changes what the user may change, and never what the policy locked', () => {
    const locked: StoredState = { ...EMPTY_STATE, settings: { ...EMPTY_STATE.settings, guideHidden: true, locked: ['guideHidden'] } };
    const next = withSettingsChange(locked, { guideHidden: false, hiddenCourts: ['almb'] });
    expect(next.settings.guideHidden).toBe(true);
    expect(next.settings.hiddenCourts).toEqual(['almb']);
    expect(withSettingsChange(EMPTY_STATE, { guideHidden: true }).settings.guideHidden).toBe(true);
    // Only a locked setting, or the values already there: the same state, so nothing is written.
    expect(withSettingsChange(locked, { guideHidden: false })).toBe(locked);
    expect(withSettingsChange(next, { hiddenCourts: ['almb'] })).toBe(next);
  });
});

describe('the repair notices', () => {
  it('are cleared in both, and nothing is changed when there is none', () => {
    const stored = { state: { ...EMPTY_STATE, repairNotice: 'court almd' }, planner: { ...EMPTY_PLANNER, repairNotice: 'your courts' } };
    const cleared = withoutNotices(stored);
    expect([cleared.state.repairNotice, cleared.planner.repairNotice]).toEqual([null, null]);
    const clean = { state: EMPTY_STATE, planner: EMPTY_PLANNER };
    const same = withoutNotices(clean);
    expect(same.state).toBe(EMPTY_STATE);
    expect(same.planner).toBe(EMPTY_PLANNER);
  });
});

describe('courts by latest update', () => {
  it('puts the court moved on last first', () => {
    const state = withPageReport(withPageReport(EMPTY_STATE, 'almb', event('pacer-login', 10)), 'nysd', event('pacer-login', 20));
    expect(courtsByLatestUpdate(state).map(([id]) => id)).toEqual(['nysd', 'almb']);
  });
});
