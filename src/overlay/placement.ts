// Where the callout goes: next to the target, inside the viewport, never over the target.
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const GAP = 12;
const MARGIN = 8;

const overlaps = (a: Box, b: Box) => a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

/**
 * The callout's top-left, given the target's box (null: no target) and the viewport size.
 * `beside` puts it to the right or left first: forms flow downward, so a callout below a
 * field would cover the next field and the submit button. Menu-bar items prefer below.
 */
export function placeCallout(target: Box | null, size: { width: number; height: number }, viewport: { width: number; height: number }, prefer: 'beside' | 'below' = 'below'): { top: number; left: number } {
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - size.width - MARGIN));
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  if (!target) return { top: MARGIN + 24, left: clampLeft(viewport.width - size.width - MARGIN) };
  const below = { top: target.top + target.height + GAP, left: clampLeft(target.left) };
  const above = { top: target.top - size.height - GAP, left: clampLeft(target.left) };
  const right = { top: clampTop(target.top - 12), left: target.left + target.width + GAP };
  const left = { top: clampTop(target.top - 12), left: target.left - size.width - GAP };
  const candidates = prefer === 'beside' ? [right, left, below, above] : [below, above, right, left];
  for (const spot of candidates) {
    const fits = spot.top >= MARGIN && spot.left >= MARGIN && spot.top + size.height <= viewport.height - MARGIN && spot.left + size.width <= viewport.width - MARGIN;
    if (fits) return spot;
  }
  // Nowhere fits whole (a small window): take the viewport corner farthest from the target.
  const corners = [
    { top: MARGIN, left: MARGIN },
    { top: MARGIN, left: clampLeft(viewport.width) },
    { top: clampTop(viewport.height), left: MARGIN },
    { top: clampTop(viewport.height), left: clampLeft(viewport.width) },
  ];
  const free = corners.find((spot) => !overlaps({ ...spot, ...size }, target));
  return free ?? corners[3]!;
}
