// The firm's policy (core/state/policy.ts): read from managed storage, it overrides and locks
// the user's settings; removed, it gives them back.
import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, type StoredState } from '../../src/core/state/state';
import { managedSettings, underPolicy, withPolicy } from '../../src/core/state/policy';

const desk = { name: 'Acme IT', phone: '555 0100', email: 'it@acme.example', web: '' };

describe('the policy', () => {
  it('reads only the values it sets, and only valid ones', () => {
    expect(managedSettings(null)).toEqual({});
    expect(managedSettings(['guideHidden'])).toEqual({});
    expect(managedSettings({ guideHidden: 'yes', helpDeskName: '' })).toEqual({});
    expect(managedSettings({ guideHidden: true, helpDeskName: 'Acme IT', helpDeskPhone: '555 0100', helpDeskEmail: 'it@acme.example' })).toEqual({ guideHidden: true, helpDesk: desk });
  });

  it('puts its values in force and locks them; the user keeps the rest', () => {
    const settings = withPolicy({ ...EMPTY_STATE.settings, hiddenCourts: ['almb'] }, { helpDesk: desk });
    expect(settings).toEqual({ guideHidden: false, hiddenCourts: ['almb'], helpDesk: desk, locked: ['helpDesk'] });
    expect(withPolicy(EMPTY_STATE.settings, { guideHidden: true }).locked).toEqual(['guideHidden']);
  });

  it('unlocks what it no longer sets, and leaves the same state when nothing changes', () => {
    const locked: StoredState = { ...EMPTY_STATE, settings: { ...EMPTY_STATE.settings, guideHidden: true, locked: ['guideHidden'] } };
    const removed = underPolicy(locked, {});
    expect(removed.settings).toEqual({ ...locked.settings, locked: [] });
    expect(underPolicy(locked, { guideHidden: true })).toBe(locked);
    expect(underPolicy(EMPTY_STATE, {})).toBe(EMPTY_STATE);
  });
});
