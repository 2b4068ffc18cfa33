import { describe, expect, it } from 'vitest';
import { placeCallout, type Box } from '../../src/overlay/placement';

const viewport = { width: 1280, height: 800 };
const size = { width: 360, height: 220 };
const overlaps = (spot: { top: number; left: number }, target: Box) =>
  spot.left < target.left + target.width && target.left < spot.left + size.width && spot.top < target.top + target.height && target.top < spot.top + size.height;

describe('placeCallout', () => {
  it('puts the callout beside a form field, and below a menu-bar item', () => {
    const field = { top: 240, left: 410, width: 460, height: 32 };
    expect(placeCallout(field, size, viewport, 'beside').left).toBeGreaterThanOrEqual(field.left + field.width);
    const menu = { top: 20, left: 165, width: 80, height: 30 };
    expect(placeCallout(menu, size, viewport, 'below').top).toBeGreaterThanOrEqual(menu.top + menu.height);
  });

  it('never covers the target, wherever it is and however small the window (200% zoom included)', () => {
    const viewports = [viewport, { width: 640, height: 480 }, { width: 400, height: 900 }, { width: 640, height: 400 }, { width: 480, height: 320 }, { width: 360, height: 640 }];
    for (const view of viewports) {
      for (let top = 0; top < view.height - 30; top += 37) {
        for (let left = 0; left < view.width - 60; left += 53) {
          const target = { top, left, width: Math.min(460, view.width - left), height: 30 };
          for (const prefer of ['beside', 'below'] as const) {
            for (const callout of [size, { width: 360, height: 330 }]) {
              const spot = placeCallout(target, callout, view, prefer);
              const box = { width: spot.maxWidth ?? callout.width, height: spot.maxHeight ?? callout.height };
              const covers = spot.left < target.left + target.width && target.left < spot.left + box.width && spot.top < target.top + target.height && target.top < spot.top + box.height;
              const inside = spot.left >= 0 && spot.top >= 0 && spot.left + box.width <= view.width && spot.top + box.height <= view.height;
              expect({ covers, inside }, JSON.stringify({ view, target, prefer, spot })).toEqual({ covers: false, inside: true });
            }
          }
        }
      }
    }
  });

  it('stays inside the viewport, and pins free-standing messages to the top right', () => {
    const spot = placeCallout({ top: 780, left: 1250, width: 20, height: 10 }, size, viewport);
    expect(spot.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(spot.top).toBeGreaterThanOrEqual(0);
    expect(placeCallout(null, size, viewport)).toEqual({ top: 32, left: viewport.width - size.width - 8 });
  });
});

describe('placeCallout around a form', () => {
  it('keeps the rest of the form clear when the window is narrow', () => {
    const narrow = { width: 1100, height: 640 };
    const username = { top: 240, left: 320, width: 460, height: 32 };
    const rest = [
      { top: 305, left: 320, width: 460, height: 32 }, // password
      { top: 370, left: 320, width: 460, height: 32 }, // client code
      { top: 414, left: 320, width: 77, height: 32 }, // Login
    ];
    const spot = placeCallout(username, size, narrow, 'beside', rest);
    const box = { ...spot, ...size };
    for (const control of rest) expect(overlaps(box, control), JSON.stringify({ spot, control })).toBe(false);
  });
});
