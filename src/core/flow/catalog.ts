// The message catalogues as plain data, for Node (tests and commands) and for checking them:
// the same _locales files the browser reads, formatted the way the browser formats them.
import english from '../../../_locales/en/messages.json';
import spanish from '../../../_locales/es/messages.json';
import type { TextId } from './texts';

export interface MessageEntry {
  readonly message: string;
  readonly description?: string;
  readonly placeholders?: Readonly<Record<string, { readonly content: string }>>;
}

export type Catalog = Readonly<Record<string, MessageEntry>>;

export const CATALOGS: Readonly<Record<'en' | 'es', Catalog>> = { en: english as Catalog, es: spanish as Catalog };

/** Formats a message as Chrome does: `$NAME$` → its placeholder's content, then `$1`… → substitutions, `$$` → `$`. */
export function formatMessage(entry: MessageEntry, substitutions: readonly string[]): string {
  const placeholders = Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
    .replace(/\$(\d|\$)/g, (_m, what: string) => (what === '$' ? '$' : substitutions[Number(what) - 1] ?? ''));
}

export function catalogTranslator(locale: 'en' | 'es'): (id: TextId, substitutions: string[]) => string {
  const catalog = CATALOGS[locale];
  return (id, substitutions) => {
    const entry = catalog[id];
    if (!entry) throw new Error(`no message "${id}" in the ${locale} catalogue`);
    return formatMessage(entry, substitutions);
  };
}

/** The English texts as the user reads them (with `$1` where a value goes), for tests. */
export const TEXTS = Object.fromEntries(Object.entries(CATALOGS.en).map(([id, entry]) => [id, formatMessage(entry, ['$1', '$2'])])) as Record<TextId, string>;
