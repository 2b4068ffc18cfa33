// The elements a guide view names, found on the page it was made for: the view is decided in
// the background, where the page's elements are not, so it names its target (TargetRef) and
// the page holds the recognition that owns it.
import type { Recognition } from '../recognition/types';
import type { GuideView } from './guide';
import type { ShownView } from './words';

export interface ViewTargets {
  /** The element to outline, or null (a free-standing message, or an element that is gone). */
  readonly element: Element | null;
  /** The other candidate links of an unsure page, outlined less strongly. */
  readonly others: readonly Element[];
}

export function targetOf(view: Pick<GuideView, 'target' | 'candidates'>, recognition: Recognition): ViewTargets {
  const source = view.target?.source;
  const element =
    source === 'next' ? recognition.next?.element ?? null
    : source === 'menu-item' ? recognition.menuLinkItem
    : source === 'candidate' ? recognition.candidates[0] ?? null
    : null;
  return { element, others: view.candidates ? recognition.candidates.slice(1) : [] };
}

/**
 * Whether what an answer shows on a page may change with the page's menu bar, so that a change
 * confined to the bar (the court's menu script building its drop-downs, on every page, just
 * after the guide first looks) is worth reading: on a menu page (the guide points at the bar's
 * Utilities label, and at the item once its drop-down opens), or where it points at an item
 * in a drop-down. A form, a list or a message below the bar does not move with it.
 */
export function dependsOnMenuBar(page: Recognition, answer: { readonly view: ShownView | null; readonly openView: ShownView | null }): boolean {
  return page.page === 'ecf-menu' || answer.openView !== null || answer.view?.target?.source === 'menu-item';
}
