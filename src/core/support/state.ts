// Gathers the support code's facts from what the extension already knows, and makes the code:
// one way for the court page's callout (built in the background) and the popup. Nothing
// typed, nothing from the page beyond the enumerated facts.
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, PageKind } from '../recognition/types';
import type { StoredState } from '../state/state';
import { CODE_FORMAT, encodeSupportCode, type BrowserFamily, type SupportState } from './code';

export function browserOf(userAgent: string): { family: BrowserFamily; major: number } {
  const match = (pattern: RegExp) => Number(pattern.exec(userAgent)?.[1] ?? 0);
  if (/\bEdg\//.test(userAgent)) return { family: 'edge', major: match(/\bEdg\/(\d+)/) };
  if (/\bFirefox\//.test(userAgent)) return { family: 'firefox', major: match(/\bFirefox\/(\d+)/) };
  if (/\b(?:Headless)?Chrome\//.test(userAgent)) return { family: 'chrome', major: match(/\b(?:Headless)?Chrome\/(\d+)/) };
  return { family: 'other', major: 0 };
}

export interface SupportFacts {
  readonly extensionVersion: string;
  readonly userAgent: string;
  readonly court: string | null;
  readonly page: PageKind | null;
  readonly training: boolean;
  readonly progress: CourtProgress | null;
  readonly reason?: ErrorReason | null;
  readonly guideHidden: boolean;
  readonly reducedMotion: boolean;
  readonly forcedColors: boolean;
  /** The guide could not place the page it is on, and said so. */
  readonly guideUnsure?: boolean;
}

export function supportStateFrom(facts: SupportFacts): SupportState {
  const [major = 0, minor = 0] = facts.extensionVersion.split('.').map((n) => Number(n) || 0);
  const progress = facts.progress;
  return {
    format: CODE_FORMAT,
    version: { major, minor },
    court: facts.court,
    page: facts.page,
    step: progress?.current ?? null,
    status: progress?.status ?? 'not-started',
    reason: facts.reason ?? progress?.lastError ?? null,
    browser: browserOf(facts.userAgent),
    flags: {
      training: facts.training,
      filingMenusSeen: progress?.status === 'verified',
      f5Done: progress?.reloadedAt != null || progress?.status === 'verified',
      guideHidden: facts.guideHidden,
      reducedMotion: facts.reducedMotion,
      forcedColors: facts.forcedColors,
      guideUnsure: facts.guideUnsure === true,
    },
  };
}

/** What the place showing a support code knows, besides the stored state. */
export interface SupportContext {
  readonly state: StoredState;
  /** The court the code is about (the tab's, or the one the caller chose). */
  readonly court: string | null;
  readonly page: PageKind | null;
  readonly training: boolean;
  /** The error the page shows, when there is one; otherwise the court's last error is told. */
  readonly reason?: ErrorReason | null;
  readonly guideUnsure: boolean;
  /** The code is shown by the guide on the page itself: the guide is not hidden there, whatever the settings say. */
  readonly onGuide: boolean;
  readonly display: { readonly reducedMotion: boolean; readonly forcedColors: boolean };
  readonly extensionVersion: string;
  readonly userAgent: string;
}

/** The support code, grouped for reading aloud. */
export function supportCodeFor(context: SupportContext): string {
  const { state, court } = context;
  const { settings } = state;
  return encodeSupportCode(
    supportStateFrom({
      extensionVersion: context.extensionVersion,
      userAgent: context.userAgent,
      court,
      page: context.page,
      training: context.training,
      progress: court ? state.courts[court] ?? null : null,
      reason: context.reason,
      guideHidden: !context.onGuide && (settings.guideHidden || (court !== null && settings.hiddenCourts.includes(court))),
      reducedMotion: context.display.reducedMotion,
      forcedColors: context.display.forcedColors,
      guideUnsure: context.guideUnsure,
    }),
  );
}
