// A guide view in words: what the callout shows, in the user's language, made where the texts
// are (the background) so that court pages carry neither the catalogue nor the step table.
// Words the page alone knows (the accounts a verification shows, the characters being typed)
// stay as `$1` in a template and are filled in on the page.
import type { GuideTone, GuideView, TargetRef } from './guide';
import { text, type TextId } from './texts';

/** The slot a template keeps for words only the page knows. */
export const PAGE_SLOT = '$1';

export interface ViewWords {
  /** "Step 3 of 6", or the guide's name outside the steps. */
  readonly label: string;
  readonly title: string;
  readonly why: string;
  readonly warnings: readonly string[];
  /** The verification's two accounts, as templates with PAGE_SLOT for each name. */
  readonly accounts: { readonly cmecf: string; readonly pacer: string } | null;
  /** The warning for unlinkable characters typed in the login, with PAGE_SLOT for them. */
  readonly typed: string | null;
}

/** A view as the page draws it: its shape, and its words. */
export interface ShownView {
  readonly tone: GuideTone;
  readonly step: number | null;
  readonly target: TargetRef | null;
  readonly candidates: boolean;
  readonly protect: 'form' | 'message';
  readonly offerReload: boolean;
  readonly checkTypedLogin: boolean;
  readonly words: ViewWords;
}

/** The callout's own words, the same on every page: its buttons, its name, and what it says when the extension went away under it. */
export interface CalloutLabels {
  readonly guide: string;
  readonly close: string;
  readonly reload: string;
  readonly code: string;
  readonly hideCourt: string;
  readonly hideEverywhere: string;
  readonly updatedTitle: string;
  readonly updatedWhy: string;
}

export function shownView(view: GuideView): ShownView {
  const { tone, step, stepCount, target, candidates, protect, offerReload, checkTypedLogin } = view;
  const args = view.whyArgs.map((arg) => (typeof arg === 'string' ? arg : text(arg.text)));
  return {
    tone,
    step,
    target,
    candidates,
    protect,
    offerReload,
    checkTypedLogin,
    words: {
      label: step ? text('step_of', step, stepCount) : text('guide_label'),
      title: text(view.title),
      why: text(view.why, ...args),
      warnings: view.warnings.map((id: TextId) => text(id)),
      accounts: view.accounts ? { cmecf: text('accounts_cmecf', PAGE_SLOT), pacer: text('accounts_pacer', PAGE_SLOT) } : null,
      typed: checkTypedLogin ? text('warn_bad_characters_typed', PAGE_SLOT) : null,
    },
  };
}

export function calloutLabels(): CalloutLabels {
  return {
    guide: text('guide_label'),
    close: text('close'),
    reload: text('refresh_button'),
    code: text('support_code_button'),
    hideCourt: text('hide_here'),
    hideEverywhere: text('hide_everywhere'),
    updatedTitle: text('updated_title'),
    updatedWhy: text('updated_why'),
  };
}

/** A template's slot filled with words from the page (used as they are: `$` in them means nothing). */
export function fillSlot(template: string, words: string): string {
  return template.replace(PAGE_SLOT, () => words);
}

/** What the page shows when the extension was updated or reloaded under it: only a reload brings the guide back. */
export function updatedView(labels: CalloutLabels): ShownView {
  return {
    tone: 'info',
    step: null,
    target: null,
    candidates: false,
    protect: 'form',
    offerReload: true,
    checkTypedLogin: false,
    words: { label: labels.guide, title: labels.updatedTitle, why: labels.updatedWhy, warnings: [], accounts: null, typed: null },
  };
}
