// A court page that reported itself a possible linking page (PageMessage.linking): its message
// judged here (core/recognition/court-page.ts, the same judge `classify` runs), and the report
// settled to what the page is, before anything is recorded or said.
import { judgeLinking } from '../core/recognition/court-page';
import type { LinkingOutcome } from '../core/recognition/linking';
import type { PageMessage } from '../shared/messages';

export interface SettledReport {
  readonly report: PageMessage;
  /** For the page, which settles its own reading the same way (settleCourtPage). */
  readonly outcome: LinkingOutcome | null;
}

export function settleReport(message: PageMessage): SettledReport {
  const linking = message.linking;
  if (!linking) return { report: message, outcome: null };
  const outcome = judgeLinking(linking);
  // None of the linking pages: the page is what the rest of its report says.
  if (!outcome) return { report: { ...message, linking: null }, outcome };
  const points = outcome.next === 'link-fields' ? linking.points.form : outcome.next === 'confirm' ? linking.points.verify : null;
  return {
    outcome,
    report: {
      ...message,
      linking: null,
      // After the refresh the filing menus show on the success page itself: nothing left to do.
      next: outcome.page === 'link-success' && message.event.filer ? null : outcome.next,
      unsure: null,
      points,
      event: { ...message.event, page: outcome.page, reason: outcome.reason },
      guide: { ...message.guide, candidates: 0, skipOffered: null, accounts: outcome.page === 'link-verify' },
    },
  };
}
