import type { Court, CourtType } from '../courts/courts';

export const PAGE_KINDS = [
  'court-home', 'pacer-login', 'ecf-menu', 'utilities', 'nextgen-menu', 'link-form', 'link-verify',
  'link-success', 'link-error', 'legacy-login', 'court-page', 'unrelated',
] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kinds that only the linking flow has: a page that is not one must never be called one. */
export const LINKING_PAGE_KINDS: ReadonlySet<PageKind> = new Set([
  'pacer-login', 'utilities', 'nextgen-menu', 'link-form', 'link-verify', 'link-success', 'link-error',
]);

export const CONTROL_KINDS = [
  'entry', 'username', 'redaction', 'utilities', 'link-item', 'nextgen-menu', 'link-fields', 'confirm', 'refresh',
] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export const ERROR_REASONS = ['bad-credentials', 'already-linked', 'not-upgraded', 'unknown'] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

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
  readonly court: Court | null;
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
}

/** Where the page was served from. `pathKnown` is false when only the host could be inferred. */
export interface PageAddress {
  readonly url: string | null;
  readonly pathKnown?: boolean;
}

/** Stands in for the address of a saved page that does not say where it came from. */
export const UNKNOWN_COURT_ORIGIN = 'https://ecf.unknown.invalid';
