// Bundles with esbuild:
//   src/cli/main.ts           -> dist/cli.js            (the CLI)
//   src/extension/extension.ts -> dist/extension.js     (the extension: one file, `vscode` external)
//   src/extension/analysisWorker.ts -> dist/analysisWorker.js (the engine in a worker thread, for large articles)
//   src/extension/corpusWorker.ts -> dist/corpusWorker.js     (the workspace corpus: index and cache)
//   src/extension/web.ts       -> dist/web/extension.js (the web extension, vscode.dev: browser, `vscode` external)
//   src/extension/webAnalysisWorker.ts -> dist/web/analysisWorker.js (the engine in a Web Worker)
//   src/extension/webCorpusWorker.ts -> dist/web/corpusWorker.js   (the workspace corpus in a Web Worker)
//                                 (the build fails if a Node built-in reaches any web bundle)
//   src/webview/report/main.ts -> dist/webview/report.js (+ report.css) (the Corpus Report's webview: browser, no vscode)
//   test/web/index.ts          -> out/test/web/index.js  (web tests: mocha's browser build + suites; skipped with --production)
//   test/host/index.ts         -> out/test/host/index.js (host tests + every test/host/suite/**/*.test.ts;
//                                                        skipped with --production)
// Usage: node scripts/build.mjs [--production]
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const production = process.argv.includes('--production');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build whose requires esbuild cannot follow; its ES module build bundles.
  mainFields: ['module', 'main'],
  define: { __NEWS_MARKUP_ENGINE__: JSON.stringify(engineVersion()) },
};

/**
 * A hash of everything that decides a corpus summary (the engine's and the corpus's sources, and
 * compromise's version): the corpus cache is keyed by it (src/corpus/version.ts).
 */
function engineVersion() {
  const hash = createHash('sha256');
  for (const dir of ['src/markup', 'src/corpus']) {
    for (const file of readdirSync(dir, { recursive: true }).map(String).sort()) {
      const full = path.join(dir, file);
      if (statSync(full).isFile()) hash.update(file).update(readFileSync(full));
    }
  }
  hash.update(JSON.parse(readFileSync('node_modules/compromise/package.json', 'utf8')).version);
  return hash.digest('hex').slice(0, 16);
}

if (existsSync('src/cli/main.ts')) {
  await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
} else {
  console.warn('build: src/cli/main.ts not found, CLI bundle skipped');
}
if (existsSync('src/extension/extension.ts')) {
  const extension = await build({
    ...common,
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/extension.js',
    format: 'cjs',
    external: ['vscode'],
    metafile: true,
  });
  failOnEngineIn('dist/extension.js', extension.metafile);
  // The engine in a worker thread for large articles (src/extension/analysisWorkerClient.ts); no vscode in it.
  if (existsSync('src/extension/analysisWorker.ts')) {
    await build({ ...common, entryPoints: ['src/extension/analysisWorker.ts'], outfile: 'dist/analysisWorker.js', format: 'cjs' });
  }
  // The corpus worker: reads, analyses and caches the workspace's articles (src/extension/corpus/service.ts).
  await build({ ...common, entryPoints: ['src/extension/corpusWorker.ts'], outfile: 'dist/corpusWorker.js', format: 'cjs' });
} else {
  console.warn('build: src/extension/extension.ts not found, extension bundle skipped');
}

// --- The web extension (package.json `browser`): the web worker extension host of vscode.dev and github.dev.
if (existsSync('src/extension/web.ts')) {
  const web = {
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    metafile: true,
    plugins: [browserCsvPlugin()],
  };
  const bundles = [
    await build({ ...web, entryPoints: ['src/extension/web.ts'], outfile: 'dist/web/extension.js', format: 'cjs', external: ['vscode'] }),
    await build({ ...web, entryPoints: ['src/extension/webAnalysisWorker.ts'], outfile: 'dist/web/analysisWorker.js', format: 'iife' }),
    // The corpus in the browser: summarises the articles the host reads for it, keeps the cache in memory.
    await build({ ...web, entryPoints: ['src/extension/webCorpusWorker.ts'], outfile: 'dist/web/corpusWorker.js', format: 'iife' }),
  ];
  failOnEngineIn('dist/web/extension.js', bundles[0].metafile);
  const problems = bundles.flatMap((result) => [...nodeBuiltinsIn(result.metafile), ...nodeGlobalsIn(result.metafile)]);
  if (problems.length) {
    console.error(`build: Node built-ins in the web bundles (they do not exist in the browser):\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
}

/**
 * The engine runs in its worker; an import of the `src/markup` barrel (which re-exports `analyze`) from
 * the extension's code pulled compromise into the extension bundle once (924 KB instead of 152 KB).
 */
function failOnEngineIn(bundle, metafile) {
  const engine = Object.keys(metafile.inputs).filter((p) => p.includes('node_modules/compromise/'));
  if (!engine.length) return;
  console.error(`build: ${bundle} includes the engine (${engine[0]} …): import from src/markup/corrections or types only`);
  process.exit(1);
}

/** Node built-ins (`fs`, `node:path`, …) that a web bundle imports or includes, as "bundle: import (from file)". */
function nodeBuiltinsIn(metafile) {
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  const isBuiltin = (p) => p.startsWith('node:') || builtins.has(p) || builtins.has(p.split('/')[0]);
  const found = [];
  for (const [file, input] of Object.entries(metafile.inputs)) {
    for (const imp of input.imports) if (isBuiltin(imp.path)) found.push(`${imp.path} (imported by ${file})`);
  }
  for (const [file, output] of Object.entries(metafile.outputs)) {
    for (const imp of output.imports) if (imp.external && imp.path !== 'vscode') found.push(`${imp.path} (external in ${file})`);
  }
  return found;
}
/**
 * Node's globals used unguarded in a web bundle (`Buffer.from(…)` at a module's top level stops the
 * extension from activating in the browser); `typeof process` checks are fine and are not matched.
 */
function nodeGlobalsIn(metafile) {
  const found = [];
  for (const file of Object.keys(metafile.outputs).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(file, 'utf8');
    // Not inside a string (a bundled polyfill's messages name Buffer's methods); a polyfill's own
    // Buffer is renamed by esbuild (Buffer2), so it does not match either.
    const patterns = [/(?<![\w$."'`])Buffer\.\w+\(/, /\brequire\(["'](?!vscode["'])[^"']+["']\)/, /\b__dirname\b/, /\bsetImmediate\(/];
    for (const pattern of patterns) {
      const match = pattern.exec(code);
      if (match) found.push(`${match[0]} (in ${file})`);
    }
  }
  return found;
}

/**
 * csv-stringify's browser build (its own Buffer inside) for the web bundles, and csv-parse's for the web
 * tests; their package exports maps name Node's only.
 */
function browserCsvPlugin() {
  return {
    name: 'browser-csv',
    setup(b) {
      b.onResolve({ filter: /^csv-(stringify|parse)\/sync$/ }, (args) => ({
        path: path.join(root, `node_modules/${args.path.split('/')[0]}/dist/esm/sync.js`),
      }));
    },
  };
}
// --- end web extension

// --- Corpus Report webview (src/extension/corpus/report.ts loads it): Chart.js bundled in, the page works offline.
if (existsSync('src/webview/report/main.ts')) {
  await build({
    bundle: true,
    entryPoints: ['src/webview/report/main.ts'],
    outfile: 'dist/webview/report.js',
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: true,
    sourcemap: !production,
    logLevel: 'warning',
  });
}
// --- end Corpus Report webview

if (!production && existsSync('test/host/index.ts')) {
  await build({
    ...common,
    sourcemap: 'inline',
    entryPoints: ['test/host/index.ts'],
    outfile: 'out/test/host/index.js',
    format: 'cjs',
    external: ['vscode', 'mocha'],
    plugins: [hostSuitesPlugin()],
  });
}

// The web tests (test/web/run.mjs): bundled for the web worker extension host, with the `assert`
// package for Node's, and the web runner's screenshot helper for the host runner's (which uses fs).
if (!production && existsSync('test/web/index.ts')) {
  await build({
    ...common,
    platform: 'browser',
    target: 'es2022',
    mainFields: ['browser', 'module', 'main'],
    sourcemap: 'inline',
    entryPoints: ['test/web/index.ts'],
    outfile: 'out/test/web/index.js',
    format: 'cjs',
    external: ['vscode'],
    // `assert` (and `util` under it) read Node's `process`; a web worker has none.
    inject: ['test/web/processShim.ts'],
    // Only the tests whose full title matches (the web host cannot read the runner's environment).
    define: { ...common.define, WEB_TEST_GREP: JSON.stringify(process.env.WEB_TEST_GREP ?? '') },
    plugins: [webScreenshotPlugin(), browserCsvPlugin()],
  });
}

function webScreenshotPlugin() {
  return {
    name: 'web-screenshot',
    setup(b) {
      b.onResolve({ filter: /^\.\.\/screenshot$/ }, (args) =>
        args.importer.endsWith(path.join('test', 'host', 'suite', 'markupHelpers.ts'))
          ? { path: path.join(root, 'test/web/screenshot.ts') }
          : undefined,
      );
    },
  };
}

/** Every test/host/suite/**\/*.test.ts, sorted, as paths relative to the repo root with forward slashes. */
function hostSuiteFiles() {
  const dir = 'test/host/suite';
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map((f) => path.join(dir, String(f)).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/**
 * The virtual module `host-test-suites` (typed in test/host/suites.d.ts): a list of
 * `{ file, load }` where `load()` requires that suite file. The `require` calls are bundled
 * lazily, so a suite's top-level `suite()`/`test()` calls run only when the entry calls `load()`
 * (after mocha has set up its globals).
 */
function hostSuitesPlugin() {
  return {
    name: 'host-test-suites',
    setup(b) {
      b.onResolve({ filter: /^host-test-suites$/ }, () => ({ path: 'host-test-suites', namespace: 'host-test-suites' }));
      b.onLoad({ filter: /.*/, namespace: 'host-test-suites' }, () => {
        const files = hostSuiteFiles();
        const entries = files.map((f) => `  { file: ${JSON.stringify(f)}, load: () => require(${JSON.stringify(path.join(root, f))}) },`);
        return {
          contents: `module.exports = [\n${entries.join('\n')}\n];\n`,
          loader: 'js',
          resolveDir: root,
          watchDirs: [path.join(root, 'test/host/suite')],
        };
      });
    },
  };
}
