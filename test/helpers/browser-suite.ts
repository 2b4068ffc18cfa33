// One practice court and one Chromium with the extension per test file; each test starts as
// a new person (no cookies, no stored progress).
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { launchWithExtension, startAfresh, type GuidedBrowser } from '../../tools/practice-court/browser';
import { startPracticeCourt, type PracticeCourt } from '../../tools/practice-court/server';

export interface Suite {
  readonly court: PracticeCourt;
  readonly browser: GuidedBrowser;
}

export function usePracticeBrowser(): Suite {
  const suite = {} as { court: PracticeCourt; browser: GuidedBrowser };
  beforeAll(async () => {
    suite.court = await startPracticeCourt();
    suite.browser = await launchWithExtension(suite.court);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.court?.close();
  });
  beforeEach(() => startAfresh(suite.browser));
  return suite;
}
