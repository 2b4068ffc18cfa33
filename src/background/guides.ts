// What the guide says on a court page, answered here from the page's report (enumerated facts),
// the state and the user's language (core/flow/answer.ts); and the open guides told to ask
// again when what they say may have changed elsewhere.
import browser from 'webextension-polyfill';
import { guideAnswer } from '../core/flow/answer';
import { calloutLabels } from '../core/flow/words';
import type { StoredState } from '../core/state/state';
import type { PageMessage, PageReply } from '../shared/messages';
import { useBrowserTexts } from './texts';
import { sendToTab } from './to-tab';

/** The guide's answer to a page's report, for the state the report left (support lines aside). */
export function answerPage(message: PageMessage, state: StoredState): Omit<PageReply, 'support' | 'style' | 'outcome'> {
  useBrowserTexts();
  const { court, event, next, unsure, guide } = message;
  const facts = { page: event.page, court, courtType: guide.courtType, training: event.training, filer: event.filer, reason: event.reason, next, menuItem: false, unsure, candidates: guide.candidates, skipOffered: guide.skipOffered, accounts: guide.accounts };
  return { ...guideAnswer(facts, guide, state), labels: calloutLabels() };
}

/**
 * Tells the guides of `courts` (open in tabs that reported a page of them) to ask again, but
 * the tab whose own report made the change: its answer already says it.
 */
export async function refreshGuides(courts: readonly string[] | 'all', exceptTab: number | null): Promise<void> {
  if (courts !== 'all' && courts.length === 0) return;
  const tabs = await browser.storage.session.get(null);
  for (const [key, facts] of Object.entries(tabs)) {
    const tabId = Number(key.slice(4));
    if (!key.startsWith('tab:') || !Number.isSafeInteger(tabId) || tabId === exceptTab) continue;
    const court = (facts as { court?: unknown }).court;
    if (courts !== 'all' && !(typeof court === 'string' && courts.includes(court))) continue;
    void sendToTab(tabId, { type: 'refresh' });
  }
}
