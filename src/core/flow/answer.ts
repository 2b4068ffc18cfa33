// The guide's answer to a page's report: what it says there for the state the report left,
// and what it says with the Utilities drop-down open when the guide points at Utilities (so
// the page switches at once), or nothing where it is hidden and was not asked for.
import type { StoredState } from '../state/state';
import type { FlowEvidence } from '../recognition/types';
import { guideFor, type GuideFacts } from './guide';
import { shownView, type ShownView } from './words';

/** What the page says of itself beyond its facts: how it came to be, and whether the user asked. */
export interface PageCircumstances {
  readonly reloaded: boolean;
  readonly cameFrom: FlowEvidence | null;
  readonly asked: boolean;
}

export interface GuideAnswer {
  readonly view: ShownView | null;
  readonly openView: ShownView | null;
}

/** Needs core/flow/texts set to the user's language (the words are made here). */
export function guideAnswer(facts: GuideFacts, page: PageCircumstances, state: StoredState): GuideAnswer {
  const { court } = facts;
  const hidden = state.settings.guideHidden || (court !== null && state.settings.hiddenCourts.includes(court));
  if (hidden && !page.asked) return { view: null, openView: null };
  const progress = (court && state.courts[court]) || null;
  const say = (menuOpen: boolean): ShownView | null => {
    // Open, the drop-down holds the item (the page uses this view only when it does).
    const view = guideFor(menuOpen ? { ...facts, menuItem: true } : facts, { progress, reloaded: page.reloaded, cameFrom: page.cameFrom, asked: page.asked, menuOpen });
    return view && shownView(view);
  };
  const view = say(false);
  // Said beforehand, so the page switches at once when the drop-down opens, or when the court's
  // menu script builds it after the page has reported.
  const openView = view?.target?.control === 'utilities' ? say(true) : null;
  return { view, openView };
}
