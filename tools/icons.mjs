// Rasterises the icon SVGs in assets/ (icon.svg, and the progress and linked badges drawn
// over it) into PNGs with Node's zlib only: no image tool to install, byte-identical on every
// machine. It reads the small SVG subset the icons use: rect (rx), circle (fill, stroke) and
// line (stroke, round caps), in a 128-unit viewBox; anything else is an error.
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes RGBA pixels (size×size×4) as a PNG. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rows.set(rgba.subarray(y * size * 4, (y + 1) * size * 4), y * (size * 4 + 1) + 1);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

const colour = (value) => {
  const hex = /^#([0-9a-f]{6})$/i.exec(value ?? '')?.[1];
  return hex ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) : null;
};

/** The shapes of an icon SVG, in drawing order, each a hit test in 128-unit space. */
export function parseIconSvg(svg) {
  const shapes = [];
  for (const [, tag, attributes] of svg.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<(\w+)\s([^>]*?)\/?>/g)) {
    if (tag === 'svg') continue;
    const a = Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]));
    const n = (k) => Number(a[k] ?? 0);
    if (tag === 'rect') {
      const [x, y, w, h, r] = [n('x'), n('y'), n('width'), n('height'), n('rx')];
      shapes.push({ fill: colour(a.fill), hit: (px, py) => {
        const cx = Math.min(Math.max(px, x + r), x + w - r);
        const cy = Math.min(Math.max(py, y + r), y + h - r);
        return px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
      } });
    } else if (tag === 'circle') {
      const [cx, cy, r, sw] = [n('cx'), n('cy'), n('r'), n('stroke-width')];
      const d = (px, py) => Math.hypot(px - cx, py - cy);
      if (colour(a.fill)) shapes.push({ fill: colour(a.fill), hit: (px, py) => d(px, py) <= r });
      if (colour(a.stroke)) shapes.push({ fill: colour(a.stroke), hit: (px, py) => Math.abs(d(px, py) - r) <= sw / 2 });
    } else if (tag === 'line') {
      const [x1, y1, x2, y2, sw] = [n('x1'), n('y1'), n('x2'), n('y2'), n('stroke-width')];
      shapes.push({ fill: colour(a.stroke), hit: (px, py) => {
        const len2 = (x2 - x1) ** 2 + (y2 - y1) ** 2;
        const t = Math.max(0, Math.min(1, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / len2));
        return Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1))) <= sw / 2;
      } });
    } else {
      throw new Error(`icons: <${tag}> is not drawn by tools/icons.mjs`);
    }
  }
  return shapes;
}

/** Draws layers of shapes at one size, 4×4 supersampled so the rings stay smooth at 16 px. */
export function drawShapes(size, shapes) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = ((px + (sx + 0.5) / samples) / size) * 128;
          const y = ((py + (sy + 0.5) / samples) / size) * 128;
          let hit = null;
          for (const shape of shapes) if (shape.fill && shape.hit(x, y)) hit = shape.fill;
          if (!hit) continue;
          sum[0] += hit[0];
          sum[1] += hit[1];
          sum[2] += hit[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255 || 1;
      pixels.set([sum[0] / covered, sum[1] / covered, sum[2] / covered, sum[3] / (samples * samples)].map(Math.round), (py * size + px) * 4);
    }
  }
  return encodePng(size, pixels);
}

const asset = (name) => readFileSync(new URL(`../assets/${name}`, import.meta.url), 'utf8');

/** name in dist/icons → PNG bytes: the icon at every size, and the toolbar's badge variants. */
export function renderIcons() {
  const base = parseIconSvg(asset('icon.svg'));
  const progress = [...base, ...parseIconSvg(asset('badge-progress.svg'))];
  const linked = [...base, ...parseIconSvg(asset('badge-linked.svg'))];
  const files = {};
  for (const size of [16, 32, 48, 128]) files[`icon-${size}.png`] = drawShapes(size, base);
  for (const size of [16, 32, 48]) {
    files[`icon-progress-${size}.png`] = drawShapes(size, progress);
    files[`icon-linked-${size}.png`] = drawShapes(size, linked);
  }
  return files;
}

/** The store icon and promotional sizes, for `npm run package`'s listing folder. */
export function drawIcon(size) {
  return drawShapes(size, parseIconSvg(asset('icon.svg')));
}
