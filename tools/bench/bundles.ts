// Each built script's size, minified and gzipped (zlib's default level, as servers and stores use).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BundleSize {
  bytes: number;
  gzipBytes: number;
}

export function bundleSizes(dir: string, gzip: (data: Buffer) => Buffer): Record<string, BundleSize> {
  const sizes: Record<string, BundleSize> = {};
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js')).sort()) {
    const data = readFileSync(join(dir, file));
    sizes[file.replace(/\.js$/, '')] = { bytes: data.length, gzipBytes: gzip(data).length };
  }
  return sizes;
}
