// What a court page's guide accepts from the background, checked on arrival (see messages.ts
// for the protocol): a message to the tab, and the answer to its page report. Apart from the
// background's parser, so that court pages carry none of it.
import type { GuideTone, TargetRef } from '../core/flow/guide';
import type { CalloutLabels } from '../core/flow/words';
import { CONTROL_KINDS, ERROR_REASONS, FLOW_EVIDENCE, type FlowEvidence } from '../core/recognition/types';
import type { LinkingOutcome } from '../core/recognition/linking';
import { isRecord } from '../core/state/guards';
import type { ArriveReply, PageReply, ToTab } from './messages';
import { conform, type Shape } from './shape';

/** A message to a tab's guide, or null: the guide acts on nothing else. */
export function parseTabMessage(raw: unknown): ToTab | null {
  return isRecord(raw) && (raw.type === 'show-guide' || raw.type === 'refresh') ? { type: raw.type } : null;
}

const TEXT = 'text' as const;
const WORDS: Shape = { label: TEXT, title: TEXT, why: TEXT, warnings: { list: TEXT, max: 12 }, accounts: { maybe: { cmecf: TEXT, pacer: TEXT } }, typed: { maybe: TEXT } };
const VIEW: Shape = {
  maybe: {
    tone: ['step', 'error', 'info', 'success', 'unsure'] satisfies GuideTone[],
    step: { maybe: 'step' },
    target: { maybe: { control: CONTROL_KINDS, source: ['next', 'menu-item', 'candidate'] satisfies TargetRef['source'][] } },
    candidates: 'flag',
    protect: ['form', 'message'],
    offerReload: 'flag',
    checkTypedLogin: 'flag',
    words: WORDS,
  },
};
const LABELS: Record<keyof CalloutLabels, Shape> = { guide: TEXT, close: TEXT, reload: TEXT, code: TEXT, hideCourt: TEXT, hideEverywhere: TEXT, updatedTitle: TEXT, updatedWhy: TEXT };
const OUTCOME: Shape = {
  maybe: {
    page: ['link-form', 'link-verify', 'link-success', 'link-error'] satisfies LinkingOutcome['page'][],
    reason: [...ERROR_REASONS, null],
    next: ['link-fields', 'refresh', 'confirm', null] satisfies LinkingOutcome['next'][],
    linked: { maybe: 'count' },
  },
};
/** The answer to a page report, as a shape (see shape.ts). */
const PAGE_REPLY: Record<keyof PageReply, Shape> = { view: VIEW, openView: VIEW, labels: LABELS, style: { maybe: 'long' }, outcome: OUTCOME, support: { list: TEXT, max: 12 } };

/** The background's answer to a page report, as the guide may use it, or null when it is not one. */
export function parsePageReply(raw: unknown): PageReply | null {
  return (conform(PAGE_REPLY, raw) as PageReply | undefined) ?? null;
}

/** The background's answer to the page's arrival: the control it answers, or null (also for no answer or a malformed one). */
export function parseArriveReply(raw: unknown): ArriveReply {
  const cameFrom = isRecord(raw) ? raw.cameFrom : null;
  return { cameFrom: FLOW_EVIDENCE.includes(cameFrom as FlowEvidence) ? (cameFrom as FlowEvidence) : null };
}
