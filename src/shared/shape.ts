// A value checked against a shape, and rebuilt from the shape's fields alone: what a court
// page accepts from the background is written as data (to-page.ts) and checked by this one
// small function, so every field is checked the same way and nothing else comes along.

/** What a value must be. */
export type Shape =
  /** A string of at most 2,000 characters (words for the callout). */
  | 'text'
  /** A string of at most 30,000 characters (a stylesheet). */
  | 'long'
  | 'flag'
  /** A whole number, 0 or more; a step's number, 1 or more. */
  | 'count'
  | 'step'
  /** One of these values. */
  | readonly (string | null)[]
  /** A record with these fields (any other is dropped; no field is named `list` or `maybe`). */
  | { readonly [field: string]: Shape }
  /** A list of at most `max` values of a shape. */
  | { readonly list: Shape; readonly max: number }
  /** null, or a value of a shape. */
  | { readonly maybe: Shape };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `value` rebuilt as `shape`, or undefined when it is not one. */
export function conform(shape: Shape, value: unknown): unknown {
  if (shape === 'text' || shape === 'long') return typeof value === 'string' && value.length <= (shape === 'text' ? 2_000 : 30_000) ? value : undefined;
  if (shape === 'flag') return typeof value === 'boolean' ? value : undefined;
  if (shape === 'count' || shape === 'step') return Number.isSafeInteger(value) && (value as number) >= (shape === 'step' ? 1 : 0) ? value : undefined;
  if (Array.isArray(shape)) return shape.includes(value as string | null) ? value : undefined;
  if ('maybe' in shape) return value === null ? null : conform(shape.maybe as Shape, value);
  if ('list' in shape) {
    if (!Array.isArray(value) || value.length > (shape.max as number)) return undefined;
    const items = value.map((item) => conform(shape.list as Shape, item));
    return items.includes(undefined) ? undefined : items;
  }
  if (!isRecord(value)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [field, inner] of Object.entries(shape as Record<string, Shape>)) {
    const checked = conform(inner, value[field]);
    if (checked === undefined) return undefined;
    out[field] = checked;
  }
  return out;
}
