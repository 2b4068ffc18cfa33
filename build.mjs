// Builds the unpacked extension: node build.mjs  →  dist/chrome/
// One source manifest (manifest.json) is specialised per browser here, so Firefox can be
// added as another target without a second manifest.
import { build, transform } from 'esbuild';
import { minify as terse } from 'terser';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { renderIcons } from './tools/icons.mjs';
import { refreshCourtsModule } from './tools/courts-table.mjs';

const root = new URL('./', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

/** Entry points: name in dist → source. */
export const ENTRIES = {
  content: 'src/content/index.ts',
  gate: 'src/gate/index.ts',
  login: 'src/content/login.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/index.tsx',
  helpdesk: 'src/helpdesk/index.tsx',
  options: 'src/options/index.tsx',
  planner: 'src/planner/index.tsx',
};

/**
 * Scripts the popup injects into the active court tab when the user asks (scripting.executeScript,
 * through the court hosts' permission): not registered for any page, and not files that web
 * pages can reach (no web_accessible_resources). Built like the entries, as classic scripts.
 */
export const INJECTED_SCRIPTS = {
  capture: 'src/content/capture.ts',
};

/**
 * The guide's bundles, which run on court pages in a new renderer with nothing compiled: V8's
 * explicit compile hint (Chrome 136+; other engines read a comment) compiles all their functions
 * with the script, instead of pre-parsing each and parsing it again when it first runs. Measured
 * on the practice court's landing page (11 new tabs, twice): compile 6.5-7.4 ms instead of
 * 11.5-12.4, and the guide's main-thread time 20-22 ms instead of 24-29.
 */
export const EAGERLY_COMPILED = ['content', 'login'];

/**
 * The scripts that run on court pages, minified once more by terser after esbuild: its
 * compressor finds what esbuild's leaves (3% of the guide's gzip bytes, measured: content.js
 * 16,829 -> 16,414), and every byte here is compiled in every new tab of the linking path.
 */
const COURT_PAGE_SCRIPTS = ['content', 'login', 'gate'];
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Static files copied as they are: source → name in dist. */
const STATIC_FILES = {
  'src/popup/popup.css': 'popup.css',
  'src/shared/page.css': 'page.css',
  'managed-schema.json': 'managed-schema.json',
};

/** The extension's own pages: one shell each, around its bundle and stylesheet. */
const PAGES = {
  popup: { title: 'CM/ECF linking progress', css: 'popup.css', mount: 'main' },
  helpdesk: { title: 'Help desk: read a support code', css: 'page.css', mount: 'div' },
  options: { title: 'Linking guide settings', css: 'page.css', mount: 'div' },
  // Its stylesheet is imported by its script; esbuild writes it beside planner.js.
  planner: { title: 'Your courts: linking plan', css: 'planner.css', mount: 'main' },
};

function pageShell(name, { title, css, mount }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="color-scheme" content="light dark">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${css}">
</head>
<body>
<${mount} id="app"></${mount}>
<script src="${name}.js"></script>
</body>
</html>
`;
}

export const TARGETS = ['chrome', 'firefox'];

/** Firefox's add-on id: policies (policies.json) and the store name the add-on by it. */
export const GECKO_ID = 'cmecf-link-guide@extension';

/** The manifest for one browser, from the shared source. */
export function manifestFor(target) {
  const manifest = JSON.parse(readFileSync(new URL('manifest.json', root), 'utf8'));
  manifest.version = pkg.version;
  if (target === 'chrome') return manifest;
  if (target !== 'firefox') throw new Error(`unknown target ${target}`);
  // Firefox runs the background as an event page (its linter warns about a service_worker key);
  // Chrome's key, version floor and managed-storage schema mean nothing there (Firefox reads
  // policies.json instead).
  const { key: _key, minimum_chrome_version: _min, storage: _storage, ...rest } = manifest;
  return {
    ...rest,
    background: { scripts: ['background.js'] },
    browser_specific_settings: {
      // The first Firefox that reads data_collection_permissions: 140 on the desktop (the ESR
      // Debian ships in December 2026), 142 on Android.
      gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

/**
 * Preact's one `innerHTML` assignment serves `dangerouslySetInnerHTML`, which this extension
 * never uses; Firefox's linter rightly flags it. Remove it, and fail the build if a Preact
 * upgrade moves it, rather than ship it silently.
 */
const noInnerHtml = {
  name: 'no-inner-html',
  setup(build) {
    build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const pattern = /\((\w)\.innerHTML=(\w)\.__html\)/g;
      const found = source.match(pattern) ?? [];
      if (found.length !== 1) throw new Error(`no-inner-html: expected one innerHTML assignment in ${args.path}, found ${found.length}`);
      return { contents: source.replace(pattern, '(0)'), loader: 'js' };
    });
  },
};

/**
 * The coach mark's stylesheet, written readably in src/overlay/guide.css, ships minified: the
 * background sends it to each court page where the guide shows (see PageReply).
 */
const GUIDE_CSS = 'src/overlay/guide.css';

/** The toolbar icons a tab can show (the background sets them per tab), by variant and size. */
const TAB_ICONS = ['icon', 'icon-progress', 'icon-linked'].flatMap((variant) => [16, 32, 48].map((size) => `${variant}-${size}`));

/**
 * What the background needs of the package's other files, built into its script as modules,
 * so that it reads nothing at run time (no fetch, even of its own files): `packaged:guide-css`,
 * the minified stylesheet; `packaged:tab-icons`, the tab icons' PNGs in base64 by name.
 * Declared for TypeScript in src/background/packaged.d.ts.
 */
function packagedModules({ css, icons }) {
  const modules = {
    'guide-css': `export default ${JSON.stringify(css)};`,
    'tab-icons': `export default ${JSON.stringify(Object.fromEntries(TAB_ICONS.map((name) => [name, icons[`${name}.png`].toString('base64')])))};`,
  };
  return {
    name: 'packaged',
    setup(build) {
      build.onResolve({ filter: /^packaged:/ }, (args) => ({ path: args.path.slice('packaged:'.length), namespace: 'packaged' }));
      build.onLoad({ filter: /.*/, namespace: 'packaged' }, (args) => {
        if (!(args.path in modules)) throw new Error(`no packaged module "${args.path}"`);
        return { contents: modules[args.path], loader: 'js' };
      });
    },
  };
}

export async function buildTarget(target, { quiet = false } = {}) {
  const out = new URL(`dist/${target}/`, root);
  rmSync(out, { recursive: true, force: true });
  mkdirSync(new URL('icons/', out), { recursive: true });
  const css = (await transform(readFileSync(new URL(GUIDE_CSS, root), 'utf8'), { loader: 'css', minify: true, target: ['chrome120', 'firefox128'] })).code;
  const icons = renderIcons();
  const common = {
    bundle: true,
    minify: true,
    target: ['chrome120', 'firefox128'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
    // Reproducible builds: no timestamps, no absolute paths.
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [noInnerHtml, packagedModules({ css, icons })],
  };
  const result = await build({
    ...common,
    entryPoints: Object.fromEntries(Object.entries({ ...ENTRIES, ...INJECTED_SCRIPTS }).map(([name, source]) => [name, new URL(source, root).pathname])),
    outdir: out.pathname,
    format: 'iife',
  });
  for (const name of COURT_PAGE_SCRIPTS) {
    const file = new URL(`${name}.js`, out);
    // A second run over the first's output still finds a little (13 gzip bytes of content.js); a third, nothing.
    let code = readFileSync(file, 'utf8');
    for (let run = 0; run < 2; run++) code = (await terse(code, { compress: { passes: 2 }, mangle: true, ecma: 2020 })).code;
    writeFileSync(file, code);
  }
  for (const name of EAGERLY_COMPILED) {
    const file = new URL(`${name}.js`, out);
    writeFileSync(file, COMPILE_HINT + readFileSync(file, 'utf8'));
  }
  for (const [source, name] of Object.entries(STATIC_FILES)) copyFileSync(new URL(source, root), new URL(name, out));
  for (const [name, page] of Object.entries(PAGES)) writeFileSync(new URL(`${name}.html`, out), pageShell(name, page));
  cpSync(new URL('_locales/', root), new URL('_locales/', out), { recursive: true });
  for (const [name, png] of Object.entries(icons)) writeFileSync(new URL(`icons/${name}`, out), png);
  writeFileSync(new URL('manifest.json', out), `${JSON.stringify(manifestFor(target), null, 2)}\n`);
  if (!quiet) {
    const sizes = Object.entries(result.metafile.outputs).map(([file, info]) => `${file.replace(/^.*dist\//, 'dist/')} ${(info.bytes / 1024).toFixed(1)} KB`);
    console.log(`built dist/${target}/: ${sizes.join(', ')}`);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (refreshCourtsModule()) console.log('court table regenerated from ../shared/courts.tsv');
  for (const target of TARGETS) await buildTarget(target, { quiet: target !== 'chrome' });
}
