// What a court page's guide accepts from the background, checked on arrival (see messages.ts
// for the protocol): a message to the tab, and the answer to its page report. Apart from the
// background's parser, so that court pages carry none of it.
import type { GuideTone, TargetRef } from '../core/flow/guide';
import type { CalloutLabels, ShownView, ViewWords } from '../core/flow/words';
import { CONTROL_KINDS, ERROR_REASONS, FLOW_EVIDENCE, type ControlKind, type ErrorReason, type FlowEvidence } from '../core/recognition/types';
import type { LinkingOutcome } from '../core/recognition/linking';
import { isRecord } from '../core/state/guards';
import type { ArriveReply, PageReply, ToTab } from './messages';

/** A message to a tab's guide, or null: the guide acts on nothing else. */
export function parseTabMessage(raw: unknown): ToTab | null {
  return isRecord(raw) && (raw.type === 'show-guide' || raw.type === 'refresh') ? { type: raw.type } : null;
}

const TONES: readonly GuideTone[] = ['step', 'error', 'info', 'success', 'unsure'];
const TARGET_SOURCES: readonly TargetRef['source'][] = ['next', 'menu-item', 'candidate'];
const LABEL_KEYS: readonly (keyof CalloutLabels)[] = ['guide', 'close', 'reload', 'code', 'hideCourt', 'hideEverywhere', 'updatedTitle', 'updatedWhy'];
const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 2_000;
const areTexts = (value: unknown): value is string[] => Array.isArray(value) && value.length <= 12 && value.every(isText);

function parseWords(raw: unknown): ViewWords | null {
  if (!isRecord(raw)) return null;
  const { label, title, why, warnings, accounts, typed } = raw;
  if (!isText(label) || !isText(title) || !isText(why) || !areTexts(warnings) || !(typed === null || isText(typed))) return null;
  if (accounts !== null && !(isRecord(accounts) && isText(accounts.cmecf) && isText(accounts.pacer))) return null;
  return { label, title, why, warnings, accounts: accounts && { cmecf: accounts.cmecf as string, pacer: accounts.pacer as string }, typed };
}

/** A view from the background, rebuilt from its known fields; undefined when malformed. */
function parseShownView(raw: unknown): ShownView | null | undefined {
  if (raw === null) return null;
  if (!isRecord(raw)) return undefined;
  const { tone, step, target, candidates, protect, offerReload, checkTypedLogin } = raw;
  const words = parseWords(raw.words);
  const targetOk = target === null || (isRecord(target) && CONTROL_KINDS.includes(target.control as ControlKind) && TARGET_SOURCES.includes(target.source as TargetRef['source']));
  const valid =
    TONES.includes(tone as GuideTone) && (step === null || (Number.isSafeInteger(step) && (step as number) > 0)) && targetOk &&
    typeof candidates === 'boolean' && (protect === 'form' || protect === 'message') && typeof offerReload === 'boolean' && typeof checkTypedLogin === 'boolean';
  if (!valid || !words) return undefined;
  const ref = target as TargetRef | null;
  return { tone: tone as GuideTone, step: step as number | null, target: ref && { control: ref.control, source: ref.source }, candidates, protect, offerReload, checkTypedLogin, words };
}

/** The background's answer to a page report, as the guide may use it, or null when it is not one. */
export function parsePageReply(raw: unknown): PageReply | null {
  if (!isRecord(raw) || !isRecord(raw.labels) || !areTexts(raw.support)) return null;
  const labels = raw.labels;
  if (!LABEL_KEYS.every((key) => isText(labels[key]))) return null;
  const view = parseShownView(raw.view);
  const openView = parseShownView(raw.openView);
  const style = raw.style;
  const outcome = parseOutcome(raw.outcome);
  if (view === undefined || openView === undefined || outcome === undefined || !(style === null || (typeof style === 'string' && style.length <= 30_000))) return null;
  return { view, openView, labels: Object.fromEntries(LABEL_KEYS.map((key) => [key, labels[key]])) as unknown as CalloutLabels, style, outcome, support: raw.support };
}

const OUTCOME_PAGES: readonly LinkingOutcome['page'][] = ['link-form', 'link-verify', 'link-success', 'link-error'];
const OUTCOME_NEXT: readonly LinkingOutcome['next'][] = ['link-fields', 'refresh', 'confirm', null];

/** What the page's message made it, rebuilt; undefined when malformed. */
function parseOutcome(raw: unknown): LinkingOutcome | null | undefined {
  if (raw === null) return null;
  if (!isRecord(raw)) return undefined;
  const { page, reason, next, linked } = raw;
  const valid = OUTCOME_PAGES.includes(page as LinkingOutcome['page']) && (reason === null || ERROR_REASONS.includes(reason as ErrorReason)) && OUTCOME_NEXT.includes(next as LinkingOutcome['next']) && (linked === null || (Number.isSafeInteger(linked) && (linked as number) >= 0));
  return valid ? { page: page as LinkingOutcome['page'], reason: reason as ErrorReason | null, next: next as LinkingOutcome['next'], linked: linked as number | null } : undefined;
}

/** The background's answer to the page's arrival: the control it answers, or null (also for no answer or a malformed one). */
export function parseArriveReply(raw: unknown): ArriveReply {
  const cameFrom = isRecord(raw) ? raw.cameFrom : null;
  return { cameFrom: FLOW_EVIDENCE.includes(cameFrom as FlowEvidence) ? (cameFrom as FlowEvidence) : null };
}
