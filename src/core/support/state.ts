// Gathers the support code's facts from what the extension already knows. Nothing typed,
// nothing from the page beyond the enumerated facts.
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, PageKind } from '../recognition/types';
import { CODE_FORMAT, type BrowserFamily, type SupportState } from './code';

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
