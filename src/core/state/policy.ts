// The firm's policy (managed storage, see managed-schema.json): what it sets overrides the
// user's settings and locks them; once it no longer sets a value, the user has it back.
import { readContact, type HelpDeskContact } from '../support/contact';
import { isRecord } from './guards';
import type { LockableSetting, Settings, StoredState } from './state';

export interface Policy {
  readonly guideHidden?: boolean;
  readonly helpDesk?: HelpDeskContact;
}

/** The policy's values, as read from managed storage: only those it sets, and only when valid. */
export function managedSettings(raw: unknown): Policy {
  if (!isRecord(raw)) return {};
  const helpDesk = readContact({ name: raw.helpDeskName, phone: raw.helpDeskPhone, email: raw.helpDeskEmail, web: raw.helpDeskWeb });
  return { ...(typeof raw.guideHidden === 'boolean' ? { guideHidden: raw.guideHidden } : {}), ...(helpDesk ? { helpDesk } : {}) };
}

/** Settings with the policy's values in force and locked; the user's own values where there are none. */
export function withPolicy(settings: Settings, policy: Policy): Settings {
  const locked: LockableSetting[] = [];
  let next: Settings = { ...settings };
  if (policy.guideHidden !== undefined) {
    next = { ...next, guideHidden: policy.guideHidden };
    locked.push('guideHidden');
  }
  if (policy.helpDesk) {
    next = { ...next, helpDesk: policy.helpDesk };
    locked.push('helpDesk');
  }
  return { ...next, locked };
}

/**
 * The state under the policy as it is now: unlocked first, since a policy removed gives the
 * user back control of the values it had set. The same state when nothing changes.
 */
export function underPolicy(state: StoredState, policy: Policy): StoredState {
  const settings = withPolicy({ ...state.settings, locked: [] }, policy);
  return JSON.stringify(settings) === JSON.stringify(state.settings) ? state : { ...state, settings };
}
