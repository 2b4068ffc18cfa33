// Draws the toolbar and store icons (two linked rings on the court-blue square) as PNGs,
// with Node's zlib only: no image tool to install, byte-identical on every machine.
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff;

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32([...out.subarray(4, 8 + data.length)]) >>> 0, 8 + data.length);
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

const NAVY = [1, 41, 103];
const WHITE = [255, 255, 255];
const GOLD = [245, 190, 40];

/** Colour at a point of the 1×1 design (null = transparent). */
function design(x, y) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  const ring = (ox, oy) => Math.abs(Math.hypot(x - ox, y - oy) - 0.2) < 0.06;
  if (ring(0.38, 0.5)) return WHITE;
  if (ring(0.62, 0.5)) return GOLD;
  return NAVY;
}

/** The icon at one size, 4×4 supersampled so the rings stay smooth at 16 px. */
export function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const colour = design((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = sum[3] / 255 || 1;
      pixels.set([sum[0] / covered, sum[1] / covered, sum[2] / covered, sum[3] / n].map(Math.round), (py * size + px) * 4);
    }
  }
  return encodePng(size, pixels);
}
