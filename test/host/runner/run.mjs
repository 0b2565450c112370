#!/usr/bin/env node
// Runs the host tests (out/test/host/index.js, built by `npm run build`) inside the real extension
// host of a code-server (VS Code 1.100.3) driven by headless Chromium, and exits with the host's
// exit code. `npm run test:host` builds first and then runs this.
//
//   node test/host/runner/run.mjs [--grep REGEXP]
//
// Environment:
//   HOST_TEST_TIMEOUT_S   whole run (server start + tests; not the one-time install), default 600
//   HOST_TEST_GREP        only tests whose full title matches (same as --grep)
//   NEWS_MARKUP_CACHE     where code-server is installed (default <repo>/.cache/code-server)
//   CHROMIUM              browser binary (default /usr/bin/chromium)
//   VERBOSE=1             also print the workbench page's own console
//   HOST_TEST_EXTENSION_PATH  the extension folder to test (default: the repo); e.g. an unpacked
//                         .vsix's extension/ folder, to test exactly what `npm run package` ships
//   KEEP_PROFILE=1        keep the temp profile/workspace folder (always kept when the run fails)
//   HOST_TEST_WORKSPACE   open this folder as it is instead of a copy of test/fixtures/workspace
//                         (the corpus benchmark's 2,000 generated articles)
//
// The host test code can ask for a PNG of the live workbench by logging `__SCREENSHOT__:<name>`
// (test/host/screenshot.ts does that and waits for the file): it lands in
// test-results/screenshots/<name>.png.
import fs from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { chromiumSource, launchChromium, workbenchUrl } from './browser.mjs';
import { REPO_ROOT, ensureCodeServer, startCodeServer, tail, tempDir } from './codeServer.mjs';

const t0 = Date.now();
const say = (msg) => console.log(`[host-runner] ${msg}`);
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

const argv = process.argv.slice(2);
const grepAt = argv.indexOf('--grep');
if (grepAt >= 0) process.env.HOST_TEST_GREP = argv[grepAt + 1] ?? '';

const TESTS = path.join(REPO_ROOT, 'out', 'test', 'host', 'index.js');
const EXTENSION = path.resolve(process.env.HOST_TEST_EXTENSION_PATH || REPO_ROOT);
const FIXTURE_WORKSPACE = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const SHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');
const TIMEOUT_S = Number(process.env.HOST_TEST_TIMEOUT_S) || 600;

let server;
let browser;
let profile;

async function main() {
  if (!fs.existsSync(TESTS))
    throw new Error(`${path.relative(REPO_ROOT, TESTS)} is missing: run \`npm run build\` first (npm run test:host does)`);
  if (!fs.existsSync(path.join(EXTENSION, 'dist', 'extension.js')))
    say(`warning: ${path.join(EXTENSION, 'dist', 'extension.js')} is missing, the extension cannot activate`);
  if (EXTENSION !== REPO_ROOT) say(`testing the extension in ${EXTENSION}`);

  say(`browser: ${await chromiumSource()}`);
  const tInstall = Date.now();
  const entry = ensureCodeServer();
  say(`code-server ready (${seconds(tInstall)})`);

  const tRun = Date.now();
  const deadline = setTimeout(() => finish('timeout'), TIMEOUT_S * 1000);
  deadline.unref();

  profile = tempDir('news-markup-host-');
  const workspace = process.env.HOST_TEST_WORKSPACE ? path.resolve(process.env.HOST_TEST_WORKSPACE) : path.join(profile, 'workspace');
  if (process.env.HOST_TEST_WORKSPACE) say(`workspace given: ${workspace} (used as it is)`);
  else if (fs.existsSync(FIXTURE_WORKSPACE)) fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  else fs.mkdirSync(workspace);
  fs.rmSync(SHOT_DIR, { recursive: true, force: true });
  fs.mkdirSync(SHOT_DIR, { recursive: true });

  server = await startCodeServer({
    entry,
    profileDir: profile,
    // The extension host is a child of the server and inherits this environment.
    env: { NEWS_MARKUP_SCREENSHOT_DIR: SHOT_DIR, NEWS_MARKUP_HOST_TEST: '1' },
  });
  say(`code-server on ${server.url} (pid ${server.pid}), workspace ${workspace}`);

  browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();

  let shots = Promise.resolve();
  const screenshot = (name) => {
    shots = shots.then(async () => {
      const file = path.join(SHOT_DIR, `${name}.png`);
      const partial = `${file}.partial`;
      try {
        await page.screenshot({ path: partial, type: 'png' });
        fs.renameSync(partial, file); // appears whole: test/host/screenshot.ts polls for it
        say(`screenshot ${path.relative(REPO_ROOT, file)}`);
      } catch (err) {
        say(`screenshot ${name} failed: ${err.message}`);
      }
    });
    return shots;
  };

  // `__SIDEBAR_WIDTH__:N` drags the sash right of the side bar so a picture shows whole names; `:0`
  // puts back the width it had. Queued with the screenshots, so a picture asked for next sees it.
  let sidebarWidth;
  const resizeSidebar = (width) => {
    shots = shots.then(async () => {
      try {
        const box = await page.locator('.part.sidebar').boundingBox();
        if (!box) return;
        sidebarWidth ??= box.width;
        const y = box.y + box.height / 2;
        await page.mouse.move(box.x + box.width, y);
        await page.mouse.down();
        await page.mouse.move(box.x + (width || sidebarWidth), y, { steps: 5 });
        await page.mouse.up();
      } catch (err) {
        say(`side bar resize failed: ${err.message}`);
      }
    });
  };

  let exitCode;
  const exited = new Promise((resolve) => (exitCode = resolve));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The host forwards console calls unformatted (mocha's reporter logs printf-style: '%d) %s').
    const text = format(...(Array.isArray(args) ? args : [args]));
    if (NOISE.some((re) => re.test(text))) return;
    (type === 'error' || type === 'warn' ? process.stderr : process.stdout).write(`${text}\n`);
    const m = /__SCREENSHOT__:([\w.-]+)/.exec(text);
    if (m) screenshot(m[1]);
    const w = /__SIDEBAR_WIDTH__:(\d+)/.exec(text);
    if (w) resizeSidebar(Number(w[1]));
  });
  await page.exposeFunction('codeAutomationExit', (code) => exitCode(code));
  page.on('pageerror', (e) => console.error(`[pageerror] ${e.message}`));
  page.on('crash', () => exitCode('page crashed'));
  if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser] ${m.type()} ${m.text().slice(0, 400)}`));

  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${server.host}${EXTENSION}`],
    ['extensionTestsPath', `vscode-remote://${server.host}${TESTS}`],
    ['skipWelcome', 'true'],
    ['skipReleaseNotes', 'true'],
  ];
  finishHook = async (reason) => {
    say(`timed out after ${TIMEOUT_S} s (HOST_TEST_TIMEOUT_S)`);
    await screenshot('timeout');
    exitCode(reason);
  };
  await page.goto(workbenchUrl(server.url, workspace, payload));
  const code = await exited;
  await shots;
  say(`extension host exit code: ${code} (tests ${seconds(tRun)}, total ${seconds(t0)})`);
  return typeof code === 'number' ? code : 1;
}

let finishHook = null;
// Workbench chatter that every run prints (no internet: the extension gallery is unreachable).
const NOISE = [/ENOTFOUND open-vsx\.org/, /^ChatSessionStore: /, /^Updating additional builtin extensions cache$/];
function finish(reason) {
  if (finishHook) finishHook(reason);
  else {
    say(`timed out after ${TIMEOUT_S} s (HOST_TEST_TIMEOUT_S) before the workbench opened`);
    cleanup(1).then((c) => process.exit(c));
  }
}

async function cleanup(code) {
  await browser?.close().catch(() => {});
  await server?.stop();
  if (code !== 0 && server) console.log(`---- last lines of the code-server log (${server.logFile})\n${tail(server.logFile, 25)}`);
  if (profile) {
    if (code === 0 && !process.env.KEEP_PROFILE) fs.rmSync(profile, { recursive: true, force: true });
    else say(`profile and workspace kept in ${profile}`);
  }
  return code;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    say(`${signal}: stopping`);
    cleanup(130).then(() => process.exit(130));
  });
}

main()
  .then(cleanup, async (err) => {
    console.error(`[host-runner] ${err.stack || err}`);
    return cleanup(2);
  })
  .then((code) => process.exit(code));
