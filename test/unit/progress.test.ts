import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRESS, reduceProgress, type CourtProgress, type PageEvent } from '../../src/core/progress/progress';
import type { PageKind } from '../../src/core/recognition/types';

const visit = (state: CourtProgress, page: PageKind, extra: Partial<PageEvent> = {}, at = 1000): CourtProgress =>
  reduceProgress(state, { page, filer: null, reason: null, training: false, courtConfirmed: true, at, ...extra });
const walk = (pages: Array<PageKind | [PageKind, Partial<PageEvent>]>) =>
  pages.reduce((state, item, i) => (Array.isArray(item) ? visit(state, item[0], item[1], 1000 + i) : visit(state, item, {}, 1000 + i)), EMPTY_PROGRESS);

describe('progress', () => {
  it('walks the whole flow to verified', () => {
    const state = walk(['court-home', 'pacer-login', ['ecf-menu', { filer: false }], 'utilities', 'link-form', 'link-verify', 'link-success', ['ecf-menu', { filer: true }]]);
    expect(state.status).toBe('verified');
    expect(Object.keys(state.done)).toEqual(['open-filing', 'log-in', 'open-utilities', 'enter-credentials', 'verify', 'refresh']);
    expect(state.current).toBeNull();
  });

  it('is linked, not verified, until the filing menus appear', () => {
    const state = walk(['court-home', 'pacer-login', 'utilities', 'link-form', 'link-verify', ['link-success', { filer: false }]]);
    expect(state.status).toBe('linked');
    expect(state.current).toBe('refresh');
    expect(visit(state, 'link-success', { filer: true }).status).toBe('verified');
  });

  it('is the same progress when the same page comes again (a reload, a second tab): nothing to write', () => {
    const at3 = walk(['court-home', 'pacer-login', 'utilities']);
    expect(visit(at3, 'utilities', {}, 9_000)).toBe(at3);
    // A page of an earlier step is news (the user is back there: lastPage moves), and so is a new step.
    expect(visit(at3, 'pacer-login', {}, 9_000)).not.toBe(at3);
    expect(visit(at3, 'link-form', {}, 9_000).updatedAt).toBe(9_000);
    // The same error again is news: when it last happened moves on.
    const failed = visit(at3, 'link-error', { reason: 'bad-credentials' }, 9_000);
    expect(visit(failed, 'link-error', { reason: 'bad-credentials' }, 9_500).lastErrorAt).toBe(9_500);
  });

  it('never moves back: the back button and a second tab on an earlier page', () => {
    const at4 = walk(['court-home', 'pacer-login', 'utilities', 'link-form']);
    expect(at4.current).toBe('enter-credentials');
    const back = visit(visit(at4, 'utilities'), 'court-home');
    expect(back.current).toBe('enter-credentials');
    expect(back.done).toEqual(at4.done);
  });

  it('takes pages out of order: arriving mid-flow completes the earlier steps', () => {
    const state = walk(['link-verify']);
    expect(Object.keys(state.done)).toEqual(['open-filing', 'log-in', 'open-utilities', 'enter-credentials']);
    expect(state.current).toBe('verify');
  });

  it('remembers the last page of the flow, not every other page', () => {
    expect(walk(['court-home', 'pacer-login']).lastPage).toBe('pacer-login');
    const state = walk(['court-home', 'pacer-login', 'utilities']);
    expect(visit(state, 'court-page')).toBe(state);
    expect(visit(state, 'link-error', { reason: 'unknown' }).lastPage).toBe('link-error');
  });

  it('records errors without losing progress', () => {
    const state = visit(walk(['court-home', 'pacer-login', 'utilities', 'link-form']), 'link-error', { reason: 'already-linked' });
    expect(state.lastError).toBe('already-linked');
    expect(state.current).toBe('enter-credentials');
    const failedLogin = walk([['pacer-login', { reason: 'bad-credentials' }]]);
    expect(failedLogin.lastError).toBe('bad-credentials');
  });

  it('a filer who linked before the guide was installed is verified at once', () => {
    expect(walk([['ecf-menu', { filer: true }]]).status).toBe('verified');
  });

  it('training sites move nothing; a legacy login marks a court not on NextGen', () => {
    expect(walk([['link-success', { training: true }]])).toBe(EMPTY_PROGRESS);
    expect(walk(['legacy-login']).status).toBe('not-nextgen');
    expect(walk(['court-home', 'legacy-login']).status).toBe('not-nextgen');
    expect(walk(['court-home', 'pacer-login', 'legacy-login']).status).toBe('in-progress');
  });
});

describe('progress across tabs, restarts and damaged storage', () => {
  it('two tabs on the same court interleaving their pages lose no step', () => {
    // Tab A is on the form while tab B, opened earlier, reports Utilities late.
    const events: Array<[PageKind, number]> = [['court-home', 1], ['pacer-login', 2], ['utilities', 3], ['link-form', 4], ['utilities', 5], ['link-verify', 6], ['ecf-menu', 7]];
    const state = events.reduce((s, [page, at]) => visit(s, page, { filer: page === 'ecf-menu' ? false : null }, at), EMPTY_PROGRESS);
    expect(state.current).toBe('verify');
    expect(Object.keys(state.done)).toEqual(['open-filing', 'log-in', 'open-utilities', 'enter-credentials']);
    expect(state.done['open-utilities']).toBe(4); // done when the form was reached, not un-done later
  });

  it('survives a restart: progress read back from storage continues where it was', async () => {
    const { readStoredState } = await import('../../src/shared/storage-schema');
    const { STORAGE_VERSION } = await import('../../src/core/state/state');
    const before = walk(['court-home', 'pacer-login', 'utilities', 'link-form']);
    const stored = JSON.parse(JSON.stringify({ version: STORAGE_VERSION, courts: { almb: before }, settings: { guideHidden: false, hiddenCourts: [] } }));
    const { state, repaired } = readStoredState(stored);
    expect(repaired).toBe(false);
    expect(state.courts.almb).toEqual(before);
    expect(visit(state.courts.almb!, 'link-verify').current).toBe('verify');
  });

  it('recovers corrupted stored progress with a notice, and loses nothing else', async () => {
    const { readStoredState } = await import('../../src/shared/storage-schema');
    const { STORAGE_VERSION } = await import('../../src/core/state/state');
    const good = walk(['court-home', 'pacer-login', 'utilities']);
    const { state, repaired } = readStoredState({ version: STORAGE_VERSION, courts: { almb: good, almd: '{{garbage', cacb: { ...good, current: 'nowhere' } }, settings: { guideHidden: false, hiddenCourts: ['nysb'] } });
    expect(repaired).toBe(true);
    expect(state.courts.almb).toEqual(good);
    expect(state.courts.cacb?.current).toBeNull(); // the bad field dropped, the court kept
    expect(state.courts.almd).toBeUndefined();
    expect(state.settings.hiddenCourts).toEqual(['nysb']);
    expect(state.repairNotice).toBe('court almd');
  });
});

describe('progress from the central login', () => {
  it('starts only when the login\'s court ids agree, and continues from a login that names the court once', () => {
    const unconfirmed = { courtConfirmed: false };
    // Any website can link to the login with any court in its query: that starts nothing.
    expect(visit(EMPTY_PROGRESS, 'pacer-login', unconfirmed)).toBe(EMPTY_PROGRESS);
    expect(visit(EMPTY_PROGRESS, 'pacer-mfa', unconfirmed)).toBe(EMPTY_PROGRESS);
    const started = visit(EMPTY_PROGRESS, 'court-home');
    expect(visit(started, 'pacer-login', unconfirmed).current).toBe('log-in');
  });

  it('counts the passcode, enrollment and notice pages as step 2, and keeps a refused passcode', () => {
    const state = walk(['court-home', 'pacer-login', 'pacer-mfa-enroll', 'pacer-notice', ['pacer-mfa', { reason: 'bad-passcode' }]]);
    expect(state.current).toBe('log-in');
    expect(state.lastError).toBe('bad-passcode');
    expect(Object.keys(state.done)).toEqual(['open-filing']);
  });
});
