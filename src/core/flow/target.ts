// The elements a guide view names, found on the page it was made for: the view is decided in
// the background, where the page's elements are not, so it names its target (TargetRef) and
// the page holds the recognition that owns it.
import type { Recognition } from '../recognition/types';
import type { GuideView } from './guide';

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
