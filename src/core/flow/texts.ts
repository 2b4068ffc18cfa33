// Every sentence a user sees lives in _locales/<lang>/messages.json (English and Spanish).
// Extension pages and the content script read them through the browser's i18n; Node (tests,
// commands) reads the same files through catalog.ts. Only the ids are known here.
import type english from '../../../_locales/en/messages.json';
import type { ErrorReason } from '../recognition/types';

export type TextId = keyof typeof english;

type Translate = (id: TextId, substitutions: string[]) => string;

let translate: Translate | null = null;

/** Sets where texts come from, once per context: `browser.i18n.getMessage`, or the catalogue in Node. */
export function useTranslator(translator: Translate): void {
  translate = translator;
}

/** Substitutions asked of `getMessage` so that its answer keeps the slots: `$1`…`$9`. */
export const SLOTS = ['$1', '$2', '$3', '$4', '$5', '$6', '$7', '$8', '$9'];

/** Every text with its slots kept, in the user's language (see SLOTS); built where i18n is cheap. */
export type TextTemplates = Readonly<Record<string, string>>;

/** A translator over templates that keep `$1`…`$9`. */
export function templateTranslator(templates: TextTemplates): Translate {
  return (id, substitutions) => (templates[id] ?? id).replace(/\$([1-9])/g, (_slot, n: string) => substitutions[Number(n) - 1] ?? '');
}

/** A text in the user's language, with `$1`, `$2`… filled in. */
export function text(id: TextId, ...substitutions: Array<string | number>): string {
  if (!translate) throw new Error('no translator set: call useTranslator() first');
  return translate(id, substitutions.map(String));
}


/** What each error reason means and what to do about it. */
export const REASON_TEXT = {
  'bad-credentials': 'reason_bad_credentials',
  'already-linked': 'reason_already_linked',
  'not-upgraded': 'reason_not_upgraded',
  unknown: 'reason_unknown',
  'bad-passcode': 'reason_bad_passcode',
  'bad-character': 'reason_bad_character',
} as const satisfies Record<ErrorReason, TextId>;
