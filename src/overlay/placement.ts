// Where the callout goes: inside the viewport, never over the target, and covering as little
// as possible of the controls the user needs next (the rest of the target's form, its
// submit button). Pure: boxes in, position out.
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

/** Where the callout goes; `maxWidth`/`maxHeight` shrink it (it scrolls) where it cannot fit whole. */
type Spot = { top: number; left: number; maxWidth?: number; maxHeight?: number };

const GAP = 12;
const MARGIN = 8;

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

function around(anchor: Box, size: { width: number; height: number }, clampLeft: (x: number) => number, clampTop: (y: number) => number) {
  return {
    below: { top: anchor.top + anchor.height + GAP, left: clampLeft(anchor.left) },
    above: { top: anchor.top - size.height - GAP, left: clampLeft(anchor.left) },
    right: { top: clampTop(anchor.top - 12), left: anchor.left + anchor.width + GAP },
    left: { top: clampTop(anchor.top - 12), left: anchor.left - size.width - GAP },
  };
}

/**
 * The callout's top-left. `prefer` orders the spots tried: `beside` (right, left, then below,
 * above) suits form fields, since forms flow downward; `below` suits menu-bar items.
 * `avoid` lists boxes to keep clear where possible (other fields, the submit button).
 */
export function placeCallout(
  target: Box | null,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  prefer: 'beside' | 'below' = 'below',
  avoid: readonly Box[] = [],
): Spot {
  const clampLeft = (left: number) => Math.max(MARGIN, Math.min(left, viewport.width - size.width - MARGIN));
  const clampTop = (top: number) => Math.max(MARGIN, Math.min(top, viewport.height - size.height - MARGIN));
  if (!target) {
    // A message with nothing to point at: the corner that covers least of what must stay readable.
    const corners = [
      { top: MARGIN + 24, left: clampLeft(viewport.width - size.width - MARGIN) },
      { top: clampTop(viewport.height), left: clampLeft(viewport.width) },
      { top: MARGIN + 24, left: MARGIN },
      { top: clampTop(viewport.height), left: MARGIN },
    ];
    const cost = (spot: Spot) => avoid.reduce((sum, b) => sum + overlapArea({ ...spot, ...size }, b), 0);
    return corners.reduce((best, spot) => (cost(spot) < cost(best) ? spot : best));
  }
  const near = around(target, size, clampLeft, clampTop);
  const ordered = prefer === 'beside' ? [near.right, near.left, near.below, near.above] : [near.below, near.above, near.right, near.left];
  // Around the whole group of controls to keep clear (e.g. the form), then the viewport's corners.
  const group = avoid.reduce<Box>((box, b) => {
    const top = Math.min(box.top, b.top);
    const left = Math.min(box.left, b.left);
    return { top, left, width: Math.max(box.left + box.width, b.left + b.width) - left, height: Math.max(box.top + box.height, b.top + b.height) - top };
  }, target);
  const wide = around(group, size, clampLeft, clampTop);
  const corners = [
    { top: MARGIN, left: clampLeft(viewport.width) },
    { top: clampTop(viewport.height), left: clampLeft(viewport.width) },
    { top: MARGIN, left: MARGIN },
    { top: clampTop(viewport.height), left: MARGIN },
  ];
  const candidates = [...ordered, wide.right, wide.left, wide.below, wide.above, ...corners];
  let best: Spot | null = null;
  let bestCost = Infinity;
  for (const spot of candidates) {
    const box = { ...spot, ...size };
    const fits = spot.top >= MARGIN - 0.5 && spot.left >= MARGIN - 0.5 && spot.top + size.height <= viewport.height - MARGIN + 0.5 && spot.left + size.width <= viewport.width - MARGIN + 0.5;
    if (!fits || overlapArea(box, target) > 0) continue;
    const cost = avoid.reduce((sum, b) => sum + overlapArea(box, b), 0);
    if (cost < bestCost) {
      best = spot;
      bestCost = cost;
      if (cost === 0) break;
    }
  }
  if (best) return best;
  return shrinkBeside(target, size, viewport, avoid);
}

/**
 * A window too small for the whole callout beside the target (200% zoom, a phone-width
 * window): shrink it into the largest free band above, below, left or right of the target,
 * where it scrolls. The target stays clear whatever the size.
 */
function shrinkBeside(target: Box, size: { width: number; height: number }, viewport: { width: number; height: number }, avoid: readonly Box[]): Spot {
  const bands = [
    { top: 0, left: 0, width: viewport.width, height: target.top - GAP / 2 },
    { top: target.top + target.height + GAP / 2, left: 0, width: viewport.width, height: viewport.height - target.top - target.height - GAP / 2 },
    { top: 0, left: 0, width: target.left - GAP / 2, height: viewport.height },
    { top: 0, left: target.left + target.width + GAP / 2, width: viewport.width - target.left - target.width - GAP / 2, height: viewport.height },
  ].map((band) => ({ ...band, width: Math.max(0, band.width - 2 * MARGIN), height: Math.max(0, band.height - 2 * MARGIN) }));
  // Prefer bands wide enough to read (200 px) that keep the other controls clear, then the roomiest.
  const score = (band: Box) => {
    const callout = { top: band.top + MARGIN, left: band.left + MARGIN, width: Math.min(band.width, size.width), height: Math.min(band.height, size.height) };
    const covered = avoid.reduce((sum, b) => sum + overlapArea(callout, b), 0);
    return callout.width * callout.height * (band.width >= 200 ? 4 : 1) - 50 * covered;
  };
  const band = bands.reduce((a, b) => (score(b) > score(a) ? b : a));
  return {
    top: band.top + MARGIN,
    left: band.left + MARGIN,
    maxWidth: Math.floor(Math.min(size.width, band.width)),
    maxHeight: Math.floor(Math.min(size.height, band.height)),
  };
}
