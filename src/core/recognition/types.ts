// The vocabulary of recognition: the kinds of page, control, error reason and doubt it can
// report, and the shape of what it reports about a page (Recognition) for the guide and support.
import type { CourtRef, CourtType } from '../courts/courts';
import type { LinkingReading } from './linking';

export const PAGE_KINDS = [
  'court-home', 'pacer-login', 'ecf-menu', 'utilities', 'nextgen-menu', 'link-form', 'link-verify',
  'link-success', 'link-error', 'legacy-login', 'court-page', 'unrelated',
  // Added with the MFA login (support code format 2 has room for them): the one-time passcode
  // page, the MFA enrollment ("User Update Required") prompt and an acknowledgement notice.
  'pacer-mfa', 'pacer-mfa-enroll', 'pacer-notice',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kinds that only the linking flow has: a page that is not one must never be called one. */
export const LINKING_PAGE_KINDS: ReadonlySet<PageKind> = new Set([
  'pacer-login', 'utilities', 'nextgen-menu', 'link-form', 'link-verify', 'link-success', 'link-error',
  'pacer-mfa', 'pacer-mfa-enroll', 'pacer-notice',
]);

export const CONTROL_KINDS = [
  'entry', 'username', 'redaction', 'utilities', 'link-item', 'nextgen-menu', 'link-fields', 'confirm', 'refresh',
  // The redaction notice's Continue once its box is ticked; the passcode field; the enrollment
  // prompt's buttons (the user chooses); a notice's OK.
  'continue', 'passcode', 'mfa-choice', 'acknowledge',
] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export const ERROR_REASONS = ['bad-credentials', 'already-linked', 'not-upgraded', 'unknown', 'bad-passcode', 'bad-character'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * Why the engine could not place a page it believes is inside the flow, so that the guide says
 * so honestly instead of going silent or pointing backwards:
 * - `after-step`: the page answers a step the guide pointed at (the linking item, the form, the
 *   verification), but its structure matches none of the pages that may follow;
 * - `utilities-without-item`: the Utilities page, without the linking item or the NextGen link;
 * - `half-form`: a login-and-password form under the menu bar that is not clearly the linking form;
 * - `login-unknown`: a page of the central login that is none of its known steps.
 */
export const UNSURE_KINDS = ['after-step', 'utilities-without-item', 'half-form', 'login-unknown'] as const;
export type UnsureKind = (typeof UNSURE_KINDS)[number];

/** What the user did last, as the guide saw it: the control it pointed at on the page before. */
export type FlowEvidence = Extract<ControlKind, 'link-item' | 'nextgen-menu' | 'link-fields' | 'confirm'>;
export const FLOW_EVIDENCE: readonly FlowEvidence[] = ['link-item', 'nextgen-menu', 'link-fields', 'confirm'];

/** The control the guide points at next. */
export interface NextControl {
  readonly control: ControlKind;
  /** The element itself, for the overlay. `null` only where there is nothing to point at. */
  readonly element: Element | null;
  /** Its words as the page shows them (a label, link text or button caption; never a typed value). */
  readonly text: string;
  /** Where it goes, absolute, for links and buttons that navigate; otherwise `null`. */
  readonly href: string | null;
}

export interface Recognition {
  readonly page: PageKind;
  readonly court: CourtRef | null;
  readonly courtType: CourtType | null;
  readonly training: boolean;
  /** Whether the CM/ECF menu bar shows filing menus; `null` when the page has no menu bar. */
  readonly filer: boolean | null;
  /** Why linking or logging in failed, on `link-error` and failed logins. */
  readonly reason: ErrorReason | null;
  /** The two accounts a `link-verify` page is about to link. Shown to the user, never stored. */
  readonly accounts: { readonly cmecf: string | null; readonly pacer: string | null } | null;
  readonly next: NextControl | null;
  /** The linking item inside the Utilities drop-down, when the menu script built one. */
  readonly menuLinkItem: Element | null;
  /** Set when the page seems to be inside the flow but could not be placed (see UnsureKind). */
  readonly unsure: UnsureKind | null;
  /** On an unsure page: links whose words or address speak of linking an account, best first. */
  readonly candidates: readonly Element[];
  /** On the MFA enrollment prompt: whether it offers Skip. */
  readonly skipOffered: boolean | null;
  /**
   * Whether the court is known from the court's own host, or from a central login whose court
   * ids agree. A login naming a court in one place only may continue progress, never start it.
   */
  readonly courtConfirmed: boolean;
  /**
   * A court page that may be a linking page, its message not judged yet: until it is (see
   * settleCourtPage), the rest of this recognition is what the page is otherwise. Only a
   * reading of the structure alone leaves it; `classify` never does.
   */
  readonly linking?: LinkingReading;
}

/** Where the page was served from. `pathKnown` is false when only the host could be inferred. */
export interface PageAddress {
  readonly url: string | null;
  readonly pathKnown?: boolean;
  /** The control the guide pointed at on the page that led here, when this page is its answer. */
  readonly cameFrom?: FlowEvidence | null;
}

/** Stands in for the address of a saved page that does not say where it came from. */
export const UNKNOWN_COURT_ORIGIN = 'https://ecf.unknown.invalid';
