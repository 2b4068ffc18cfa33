// What the coach mark says on a page: a pure function of the recognition and the court's
// progress. The overlay only draws it.
import type { CourtProgress } from '../progress/progress';
import type { ErrorReason, NextControl, Recognition } from '../recognition/types';
import { STEP_COUNT, stepForPage } from './steps';
import { REASON_TEXT, type TextId } from './texts';

export type GuideTone = 'step' | 'error' | 'info' | 'success';

export interface GuideView {
  readonly tone: GuideTone;
  /** 1-based step number, or null for messages outside the steps. */
  readonly step: number | null;
  readonly stepCount: number;
  readonly title: TextId;
  readonly why: TextId;
  /** `$1` substitution for `why` (e.g. the live site's address). */
  readonly whyArg?: string;
  readonly warnings: readonly TextId[];
  /** The control to outline, or null for a free-standing message. */
  readonly target: NextControl | null;
  readonly accounts: Recognition['accounts'];
  /** Offer a button that reloads the page (the F5 step). */
  readonly offerReload: boolean;
  /** Watch what the user types in the CM/ECF login field for characters that cannot be linked. */
  readonly checkTypedLogin: boolean;
}

const CONTROL_TEXT: Record<NextControl['control'], [TextId, TextId]> = {
  entry: ['entry_do', 'entry_why'],
  username: ['username_do', 'username_why'],
  redaction: ['redaction_do', 'redaction_why'],
  utilities: ['utilities_do', 'utilities_why'],
  'link-item': ['link_item_do', 'link_item_why'],
  'nextgen-menu': ['nextgen_do', 'nextgen_why'],
  'link-fields': ['fields_do', 'fields_why'],
  confirm: ['confirm_do', 'confirm_why'],
  refresh: ['refresh_do', 'refresh_why'],
};

const WARNINGS: Partial<Record<NextControl['control'], TextId[]>> = {
  username: ['warn_individual', 'warn_cookies', 'warn_client_code'],
  redaction: ['warn_redaction'],
  'link-fields': ['warn_old_credentials', 'warn_bad_characters', 'warn_forgot'],
  confirm: ['warn_check_accounts'],
};

const base = { stepCount: STEP_COUNT, warnings: [], target: null, accounts: null, offerReload: false, checkTypedLogin: false } as const;

export interface GuideContext {
  readonly progress: CourtProgress | null;
  /** The page was loaded by a reload (F5 or the guide's button). */
  readonly reloaded: boolean;
  /** The user has opened the Utilities drop-down: point at the item inside it. */
  readonly menuOpen?: boolean;
}

/** The guide for a page, or null where it has nothing to say. */
/** The extension was updated or reloaded under an open page: its guide cannot go on until a reload. */
export const EXTENSION_UPDATED_VIEW: GuideView = { ...base, tone: 'info', step: null, title: 'updated_title', why: 'updated_why', offerReload: true };

export function guideFor(recognition: Recognition, context: GuideContext): GuideView | null {
  const { page, next, court } = recognition;
  if (page === 'unrelated') return null;
  if (recognition.training) {
    const live = court ? `https://ecf.${court.id}.uscourts.gov/` : 'the court\'s ecf. site';
    return { ...base, tone: 'info', step: null, title: 'training_title', why: 'training_why', whyArg: live };
  }
  if (court?.type === 'appellate') return page === 'court-home' ? { ...base, tone: 'info', step: null, title: 'appellate_title', why: 'appellate_why' } : null;
  if (page === 'legacy-login') return { ...base, tone: 'info', step: null, title: 'legacy_title', why: 'legacy_why' };
  const status = context.progress?.status;
  const filer = recognition.filer === true;
  if (filer && (page === 'link-success' || status === 'linked')) {
    return { ...base, tone: 'success', step: STEP_COUNT, title: 'verified_title', why: 'verified_why' };
  }
  if (filer) return null; // a filer at work: nothing to say
  if (recognition.reason) {
    const login = page === 'pacer-login';
    const why = login && recognition.reason === 'bad-credentials' ? 'reason_bad_credentials_login' : REASON_TEXT[recognition.reason];
    // A form shown again with its error still points at the fields.
    const target = page === 'link-form' || login ? next : null;
    return { ...base, tone: 'error', step: stepForPage(page)?.number ?? null, title: login ? 'login_error_title' : 'error_title', why, target, checkTypedLogin: page === 'link-form' };
  }
  if (page === 'link-error') return { ...base, tone: 'error', step: stepForPage(page)?.number ?? 4, title: 'error_title', why: 'reason_unknown' };
  // Linked, reloaded, and still no filing menus.
  if ((page === 'link-success' && context.reloaded) || (page === 'ecf-menu' && status === 'linked' && context.reloaded)) {
    return { ...base, tone: 'error', step: STEP_COUNT, title: 'menus_missing_title', why: 'menus_missing_why', offerReload: true };
  }
  if (!next) return null;
  const menuItem = next.control === 'utilities' && context.menuOpen && recognition.menuLinkItem;
  const [title, why] = menuItem ? (['menu_item_do', 'menu_item_why'] as [TextId, TextId]) : CONTROL_TEXT[next.control];
  const target: NextControl = menuItem ? { control: 'link-item', element: recognition.menuLinkItem, text: next.text, href: null } : next;
  return {
    ...base,
    tone: next.control === 'refresh' ? 'success' : 'step',
    step: stepForPage(page)?.number ?? null,
    title,
    why,
    warnings: WARNINGS[next.control] ?? [],
    target,
    accounts: page === 'link-verify' ? recognition.accounts : null,
    offerReload: next.control === 'refresh',
    checkTypedLogin: next.control === 'link-fields',
  };
}

/** Characters a CM/ECF login cannot contain if it is to be linked (one court's published rule). */
export function unlinkableCharacters(login: string): string[] {
  return [...new Set(login.match(/[&@$*]/g) ?? [])];
}
