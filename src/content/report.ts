// The page's report to the background: what the page is, as enumerated facts (and, for a
// possible linking page, the few sentences its message holds of success or failure), how it
// came to be, and where the guide would point on it, as path hashes. Never anything typed.
import { pathKey, pointerOf } from '../core/flow/trail';
import type { LinkingQuestion, LinkingReading } from '../core/recognition/linking';
import type { Recognition } from '../core/recognition/types';
import type { PageGuideFacts, PageMessage } from '../shared/messages';

/** Where the guide points on this page, for the next page's flow evidence: path hashes only. */
function pointer(recognition: Pick<Recognition, 'unsure' | 'next'>): PageMessage['points'] {
  const from = pathKey(location.href);
  const points = recognition.unsure ? null : pointerOf(recognition.next, location.href);
  return from && points ? { ...points, from } : null;
}

/** Where the guide would point on each linking page a possible linking page may be. */
function linkingPointers(linking: LinkingReading): { form: PageMessage['points']; verify: PageMessage['points'] } {
  const form = linking.kind === 'form' ? pointer({ unsure: null, next: linking.next }) : null;
  const verify = linking.kind === 'message' && linking.verify ? pointer({ unsure: null, next: linking.verify.next }) : null;
  return { form, verify };
}

/**
 * The report of a page read as `recognition`. `question` turns a possible linking page's
 * reading into what the background judges (court pages' bundle only).
 */
export function pageReport(
  recognition: Recognition,
  circumstances: Pick<PageGuideFacts, 'reloaded' | 'cameFrom' | 'asked'>,
  styled: boolean,
  question?: (linking: LinkingReading) => LinkingQuestion,
): PageMessage {
  const linking = recognition.linking;
  return {
    type: 'page',
    court: recognition.court?.id ?? null,
    next: recognition.next?.control ?? null,
    event: { page: recognition.page, filer: recognition.filer, reason: recognition.reason, training: recognition.training, courtConfirmed: recognition.courtConfirmed, at: Date.now() },
    points: pointer(recognition),
    unsure: recognition.unsure,
    guide: { courtType: recognition.courtType, candidates: recognition.candidates.length, skipOffered: recognition.skipOffered, accounts: recognition.accounts !== null, ...circumstances },
    display: { reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches, forcedColors: matchMedia('(forced-colors: active)').matches },
    styled,
    seen: false,
    linking: linking && question ? { ...question(linking), points: linkingPointers(linking) } : null,
  };
}
