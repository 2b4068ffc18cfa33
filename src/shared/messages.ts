// The one message protocol: every message the content scripts, the gate and the extension's
// pages send to the background (ToBackground), every message the background sends to a tab
// (ToTab), and their answers. Each is checked on arrival by its direction's one parser: the
// background's here (parseMessage), the court page's in to-page.ts, apart so that court pages
// carry none of the background's. Pages cannot send to the extension, but a bug can.
import type { PageEvent } from '../core/progress/progress';
import { PAGE_KINDS, CONTROL_KINDS, ERROR_REASONS, FLOW_EVIDENCE, UNSURE_KINDS, type ControlKind, type FlowEvidence, type UnsureKind } from '../core/recognition/types';
import { PLANNED_MAX, type SettingsChange, type Stored, type StoredPlanner, type StoredState } from '../core/state/state';
import { isRecord } from '../core/state/guards';
import { PREP_ITEMS, type PrepItem } from '../core/planner/plan';
import { readContact, type HelpDeskContact } from '../core/support/contact';
import type { CourtType } from '../core/courts/courts';
import type { CalloutLabels, ShownView } from '../core/flow/words';
import type { Arrival } from '../core/flow/trail';
import type { LinkingOutcome, LinkingQuestion } from '../core/recognition/linking';
import type { MessageContext, Said } from '../core/recognition/message';

/** What the content script reports about the page it is on. Enumerated facts only. */
export interface PageMessage {
  readonly type: 'page';
  readonly court: string | null;
  readonly event: PageEvent;
  readonly next: ControlKind | null;
  /** How the page is shown, for the support code: enumerated facts of the user's display settings. */
  readonly display: { readonly reducedMotion: boolean; readonly forcedColors: boolean };
  /** What the guide needs besides the event to say what to do here (the answer says it). */
  readonly guide: PageGuideFacts;
  /** The page has the coach mark's stylesheet already (from an earlier answer). */
  readonly styled: boolean;
  /**
   * This page reported these facts already: only the answer is wanted (the user asked for the
   * guide, or the background said to ask again). It is no new visit, so nothing is recorded.
   */
  readonly seen: boolean;
  /**
   * A court page that may be a linking page, as its structure reads: the rest of the report is
   * what it is otherwise, and the background judges its message to say which it is. The one
   * place page words travel: the few sentences of a short linking page that hold a word of
   * success or failure, judged and kept nowhere.
   */
  readonly linking: LinkingReport | null;
  /** Where the guide points on this page, as path hashes, for the next page's flow evidence (core/flow/trail.ts). */
  readonly points: PagePointer | null;
  /** Why the guide could not place the page, when it could not (for the support code and report). */
  readonly unsure: UnsureKind | null;
}

/** The rest of the page's recognition the guide needs (core/flow/guide.ts GuideFacts), and how the page came to be: flags and counts. */
export interface PageGuideFacts {
  readonly courtType: CourtType | null;
  readonly candidates: number;
  readonly skipOffered: boolean | null;
  readonly accounts: boolean;
  /** The page was loaded by a reload (F5 or the guide's button). */
  readonly reloaded: boolean;
  readonly cameFrom: FlowEvidence | null;
  /** The user asked for the guide here (the shortcut, the popup): it answers even where it has nothing to point at. */
  readonly asked: boolean;
}

/** What the background needs to judge a linking page (see LinkingQuestion), and where the guide would point on each page it may be. */
export interface LinkingReport extends LinkingQuestion {
  readonly points: { readonly form: PagePointer | null; readonly verify: PagePointer | null };
}

export interface PagePointer {
  readonly control: FlowEvidence;
  readonly from: string;
  readonly to: readonly string[];
}

/**
 * From the guide as its page starts to load: how it was reached (path hashes, see Arrival in
 * core/flow/trail.ts), so the background, which keeps the trail, can say which control this
 * page answers before the page is read.
 */
export interface ArriveMessage {
  readonly type: 'arrive';
  readonly court: string;
  readonly arrival: Arrival;
}

/** The answer to ArriveMessage: the control this page answers, or null. */
export interface ArriveReply {
  readonly cameFrom: FlowEvidence | null;
}

/** Everything sent to the background, by the guide, the gate and the extension's pages. */
export type ToBackground =
  | PageMessage
  | ArriveMessage
  /** From the gate: this page may be on the linking path; the guide should join it. */
  | { readonly type: 'start-guide' }
  | { readonly type: 'get-state' }
  /** From the popup: bring the guide into that tab, whatever the court's scripts are (a verified court, a page the gate let be). */
  | { readonly type: 'show-guide-in-tab'; readonly tabId: number }
  | { readonly type: 'reset-court'; readonly court: string }
  | { readonly type: 'set-settings'; readonly settings: SettingsChange }
  /** From a court page's callout: hide the guide on this court (the background has the settings). */
  | { readonly type: 'hide-court'; readonly court: string }
  | { readonly type: 'clear-notice' }
  // The planner (the user's own courts): ids and ticks only, never what the user typed or pasted.
  | { readonly type: 'add-courts'; readonly courts: readonly string[] }
  | { readonly type: 'remove-court'; readonly court: string; readonly reset: boolean }
  | { readonly type: 'set-prep'; readonly court: string; readonly item: PrepItem; readonly done: boolean };

/**
 * Everything the background sends to a tab's guide: the shortcut's or the popup's "show the
 * guide", and "ask again" when what the guide says there may have changed (the court's progress
 * in another tab, a setting, a reset).
 */
export type ToTab = { readonly type: 'show-guide' } | { readonly type: 'refresh' };

/** What the background answers an extension page: the state, and the user's courts with it (all that is stored). */
export type DataReply = Stored;

/**
 * The answer to a page report: what the guide says there, in the user's language (made in the
 * background, which has the progress, the settings and the texts, so a court page carries
 * neither the step table nor the catalogue, and reads no state), the same with the Utilities
 * drop-down open when that changes it, the callout's own words, and the support lines.
 */
export interface PageReply {
  /** null: nothing to say here (or the guide is hidden and was not asked for). */
  readonly view: ShownView | null;
  readonly openView: ShownView | null;
  readonly labels: CalloutLabels;
  /** The coach mark's stylesheet, for a page that has none yet (see PageMessage.styled); else null. */
  readonly style: string | null;
  /** For a page that reported itself a possible linking page: what its message makes it (null: none of them). */
  readonly outcome: LinkingOutcome | null;
  /**
   * Who to call and the support code to read them, for this page as the report left the
   * progress: built in the background, so court pages carry neither the code's encoder nor
   * the help-desk contact.
   */
  readonly support: readonly string[];
}

/** Whether the guide now shows in the tab the popup named. */
export type ShownReply = { readonly shown: boolean };

/** What the background answers each message (undefined: no answer). */
interface BackgroundReplies {
  readonly page: PageReply;
  readonly arrive: ArriveReply;
  readonly 'start-guide': undefined;
  readonly 'show-guide-in-tab': ShownReply;
  readonly 'get-state': DataReply;
  readonly 'reset-court': DataReply;
  readonly 'set-settings': DataReply;
  readonly 'hide-court': DataReply;
  readonly 'clear-notice': DataReply;
  readonly 'add-courts': DataReply;
  readonly 'remove-court': DataReply;
  readonly 'set-prep': DataReply;
}
export type ReplyTo<M extends ToBackground> = BackgroundReplies[M['type']];

/** Times the content script can have taken from its clock: after 2020, and not in the future (a day of slack). */
const EARLIEST_TIME = Date.UTC(2020, 0, 1);
const isPlausibleTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= EARLIEST_TIME && value <= Date.now() + 86_400_000;

const COURT_ID = /^[a-z0-9]{2,8}$/;

/** A page report rebuilt from its known fields only: nothing else a bug or a page put in it travels on. */
function parsePageMessage(raw: Record<string, unknown>): PageMessage | null {
  const event = raw.event;
  if (!isRecord(event)) return null;
  const valid =
    (raw.court === null || (typeof raw.court === 'string' && COURT_ID.test(raw.court))) &&
    (raw.next === null || CONTROL_KINDS.includes(raw.next as ControlKind)) &&
    isRecord(raw.display) && typeof raw.display.reducedMotion === 'boolean' && typeof raw.display.forcedColors === 'boolean' &&
    PAGE_KINDS.includes(event.page as never) &&
    (event.filer === null || typeof event.filer === 'boolean') &&
    (event.reason === null || ERROR_REASONS.includes(event.reason as never)) &&
    typeof event.training === 'boolean' &&
    typeof event.courtConfirmed === 'boolean' &&
    isPlausibleTime(event.at) &&
    typeof raw.styled === 'boolean' &&
    typeof raw.seen === 'boolean';
  const guide = parseGuideFacts(raw.guide);
  const points = parsePointer(raw.points);
  const linking = parseLinkingReport(raw.linking);
  const unsure = raw.unsure === undefined || raw.unsure === null ? null : UNSURE_KINDS.includes(raw.unsure as UnsureKind) ? (raw.unsure as UnsureKind) : undefined;
  if (!valid || !guide || points === undefined || unsure === undefined || linking === undefined) return null;
  return {
    type: 'page',
    court: raw.court as string | null,
    next: raw.next as ControlKind | null,
    display: { reducedMotion: (raw.display as Record<string, boolean>).reducedMotion!, forcedColors: (raw.display as Record<string, boolean>).forcedColors! },
    event: { page: event.page as PageEvent['page'], filer: event.filer as boolean | null, reason: event.reason as PageEvent['reason'], training: event.training as boolean, courtConfirmed: event.courtConfirmed as boolean, at: event.at as number },
    guide,
    styled: raw.styled as boolean,
    seen: raw.seen as boolean,
    linking,
    points,
    unsure,
  };
}

const COURT_TYPES: readonly CourtType[] = ['bankruptcy', 'district', 'appellate', 'national'];
const isBooleanOrNull = (value: unknown): value is boolean | null => value === null || typeof value === 'boolean';

function parseGuideFacts(raw: unknown): PageGuideFacts | null {
  if (!isRecord(raw)) return null;
  const { courtType, candidates, skipOffered, accounts, reloaded, cameFrom, asked } = raw;
  const valid =
    (courtType === null || COURT_TYPES.includes(courtType as CourtType)) &&
    Number.isSafeInteger(candidates) && (candidates as number) >= 0 && (candidates as number) <= 100 &&
    isBooleanOrNull(skipOffered) && typeof accounts === 'boolean' && typeof reloaded === 'boolean' && typeof asked === 'boolean' &&
    (cameFrom === null || FLOW_EVIDENCE.includes(cameFrom as FlowEvidence));
  if (!valid) return null;
  return { courtType: courtType as CourtType | null, candidates: candidates as number, skipOffered, accounts, reloaded, cameFrom: cameFrom as FlowEvidence | null, asked };
}

const PATH_KEY = /^[0-9a-f]{8}$/;

/** A page's pointer, rebuilt; `undefined` when it is malformed (the whole message is refused). */
function parsePointer(raw: unknown): PagePointer | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || !FLOW_EVIDENCE.includes(raw.control as FlowEvidence) || typeof raw.from !== 'string' || !PATH_KEY.test(raw.from)) return undefined;
  if (!Array.isArray(raw.to) || raw.to.length === 0 || raw.to.length > 4 || !raw.to.every((key) => typeof key === 'string' && PATH_KEY.test(key))) return undefined;
  return { control: raw.control as FlowEvidence, from: raw.from, to: [...(raw.to as string[])] };
}

/** The page words a linking report may carry: at most this many sentences, of at most this many characters each (a short page's). */
const SAID_MAX = 400;
const WORDS_MAX = 12_000;
const CONTEXT_FLAGS: readonly (keyof MessageContext)[] = ['answersForm', 'offersStep', 'onLinkingScript', 'aboutLinking'];

/** A linking report, rebuilt; `undefined` when it is malformed (the whole message is refused). */
function parseLinkingReport(raw: unknown): LinkingReport | null | undefined {
  if (raw === null || raw === undefined) return null;
  if (!isRecord(raw) || (raw.kind !== 'form' && raw.kind !== 'message') || typeof raw.verify !== 'boolean' || !isRecord(raw.message) || !isRecord(raw.points)) return undefined;
  const { said, context } = raw.message;
  if (!Array.isArray(said) || said.length > SAID_MAX || !isRecord(context) || !CONTEXT_FLAGS.every((flag) => typeof context[flag] === 'boolean')) return undefined;
  const sentences: Said[] = [];
  for (const one of said) {
    if (!isRecord(one) || typeof one.words !== 'string' || one.words.length > WORDS_MAX || typeof one.styled !== 'boolean' || typeof one.asError !== 'boolean') return undefined;
    sentences.push({ words: one.words, styled: one.styled, asError: one.asError });
  }
  const form = parsePointer(raw.points.form);
  const verify = parsePointer(raw.points.verify);
  if (form === undefined || verify === undefined) return undefined;
  const flags = Object.fromEntries(CONTEXT_FLAGS.map((flag) => [flag, context[flag]])) as unknown as MessageContext;
  return { kind: raw.kind, verify: raw.verify, message: { said: sentences, context: flags }, points: { form, verify } };
}

/** A message to the background, rebuilt from its known fields, or null. */
export function parseMessage(raw: unknown): ToBackground | null {
  if (!isRecord(raw) || typeof raw.type !== 'string') return null;
  switch (raw.type) {
    case 'page':
      return parsePageMessage(raw);
    case 'arrive': {
      const arrival = raw.arrival;
      const valid = typeof raw.court === 'string' && COURT_ID.test(raw.court) && isRecord(arrival) && typeof arrival.here === 'string' && PATH_KEY.test(arrival.here) && (arrival.cameBy === null || (typeof arrival.cameBy === 'string' && PATH_KEY.test(arrival.cameBy)));
      return valid ? { type: 'arrive', court: raw.court as string, arrival: { here: arrival.here as string, cameBy: arrival.cameBy as string | null } } : null;
    }
    case 'get-state':
    case 'clear-notice':
    case 'start-guide':
      return { type: raw.type };
    case 'show-guide-in-tab':
      return Number.isSafeInteger(raw.tabId) && (raw.tabId as number) >= 0 ? { type: 'show-guide-in-tab', tabId: raw.tabId as number } : null;
    case 'reset-court':
    case 'hide-court':
      return typeof raw.court === 'string' && COURT_ID.test(raw.court) ? { type: raw.type, court: raw.court } : null;
    case 'add-courts':
      return Array.isArray(raw.courts) && raw.courts.length > 0 && raw.courts.length <= PLANNED_MAX && raw.courts.every((id) => typeof id === 'string' && COURT_ID.test(id))
        ? { type: 'add-courts', courts: [...(raw.courts as string[])] }
        : null;
    case 'remove-court':
      return typeof raw.court === 'string' && COURT_ID.test(raw.court) && typeof raw.reset === 'boolean' ? { type: 'remove-court', court: raw.court, reset: raw.reset } : null;
    case 'set-prep':
      return typeof raw.court === 'string' && COURT_ID.test(raw.court) && PREP_ITEMS.includes(raw.item as PrepItem) && typeof raw.done === 'boolean'
        ? { type: 'set-prep', court: raw.court, item: raw.item as PrepItem, done: raw.done }
        : null;
    case 'set-settings': {
      const settings = raw.settings;
      if (!isRecord(settings)) return null;
      const out: { guideHidden?: boolean; hiddenCourts?: string[]; helpDesk?: HelpDeskContact | null } = {};
      if (settings.helpDesk === null) out.helpDesk = null;
      else if (settings.helpDesk !== undefined) out.helpDesk = readContact(settings.helpDesk);
      if (typeof settings.guideHidden === 'boolean') out.guideHidden = settings.guideHidden;
      if (Array.isArray(settings.hiddenCourts) && settings.hiddenCourts.length <= 300 && settings.hiddenCourts.every((id) => typeof id === 'string' && COURT_ID.test(id))) out.hiddenCourts = [...settings.hiddenCourts] as string[];
      return { type: 'set-settings', settings: out };
    }
    default:
      return null;
  }
}
