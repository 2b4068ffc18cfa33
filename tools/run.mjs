// Runs a TypeScript tool (tools/NAME.ts) on Node 20, which cannot run TypeScript itself:
// esbuild bundles it in a few milliseconds to .cache/tools/, then its `main(args)` runs.
// Usage: node tools/run.mjs NAME [ARGS...]
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [name, ...args] = process.argv.slice(2);
const entry = new URL(`./${name}.ts`, import.meta.url);
if (!name || !/^[a-z-]+$/.test(name) || !existsSync(entry)) {
  console.error(`usage: node tools/run.mjs TOOL [ARGS...] (no tool "${name ?? ''}" in tools/)`);
  process.exit(2);
}
const outfile = new URL(`../.cache/tools/${name}.mjs`, import.meta.url);
await build({
  entryPoints: [entry.pathname],
  outfile: outfile.pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
});
process.env.CMECF_GUIDE_ROOT ??= new URL('..', import.meta.url).pathname;
const tool = await import(pathToFileURL(outfile.pathname).href);
const code = await tool.main(args);
process.exitCode = typeof code === 'number' ? code : 0;
