#!/usr/bin/env node
// `npm start`: build, then serve VS Code (code-server 4.100.3) in the browser with the extension
// installed and the samples/ folder open. Open the printed URL; Ctrl+C stops the server.
//
//   node scripts/start.mjs [--port N] [--folder DIR] [--no-build] [--screenshot FILE]
//
//   --port N           port on 127.0.0.1 (default $PORT or 8765; a free one if that is taken)
//   --folder DIR       folder to open (default samples/)
//   --no-build         skip `npm run build`
//   --screenshot FILE  headless check instead of serving: open the workbench in /usr/bin/chromium,
//                      open the first sample, check the Article mode is active, save a PNG, exit
//   --vsix FILE        install this packaged extension (`npm run package`) instead of linking the repo
//
// code-server rejects --extensionDevelopmentPath, so the repo is linked into the profile's
// extensions folder as news-markup.news-markup-<version> (a symlink: after `npm run build`, reload
// the browser window to pick up the new dist/extension.js). The profile lives in .cache/start/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, cacheDir, ensureCodeServer, sleep, startCodeServer } from '../test/host/runner/codeServer.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(option('--port') ?? process.env.PORT ?? 8765);
const folder = path.resolve(option('--folder') ?? path.join(REPO_ROOT, 'samples'));
const screenshotFile = option('--screenshot');

const vsix = option('--vsix') && path.resolve(option('--vsix'));
if (!args.includes('--no-build') && !vsix) {
  const r = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
if (!vsix && !fs.existsSync(path.join(REPO_ROOT, 'dist', 'extension.js'))) {
  console.error('dist/extension.js is missing: the build did not produce the extension');
  process.exit(1);
}

if (screenshotFile) console.log(`browser: ${await (await import('../test/host/runner/browser.mjs')).chromiumSource()}`);
const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const entry = ensureCodeServer();

// A persistent profile (settings and UI state survive restarts), with a fresh extensions folder
// holding only the link to this repo (VS Code rescans the folder when extensions.json is missing).
const profile = path.join(path.dirname(cacheDir()), 'start');
const extensions = path.join(profile, 'extensions');
fs.rmSync(extensions, { recursive: true, force: true });
fs.mkdirSync(extensions, { recursive: true });
if (vsix) {
  const r = spawnSync(
    process.execPath,
    [entry, '--extensions-dir', extensions, '--user-data-dir', path.join(profile, 'user-data'), '--install-extension', vsix],
    {
      cwd: profile,
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg', 'config'), XDG_DATA_HOME: path.join(profile, 'xdg', 'data') },
    },
  );
  console.log((r.stdout + r.stderr).trim());
  if (r.status !== 0) process.exit(r.status ?? 1);
} else {
  fs.symlinkSync(REPO_ROOT, path.join(extensions, `${extensionId}-${manifest.version}`), 'dir');
}

const server = await startCodeServer({ entry, profileDir: profile, extensionsDir: extensions, port, quiet: true });
const url = `${server.url}/?folder=${encodeURIComponent(folder)}`;

if (screenshotFile) {
  process.exitCode = await check(url, path.resolve(screenshotFile));
  await server.stop();
} else {
  console.log(`\nNews Markup ${manifest.version} in VS Code (code-server) on ${folder}:\n\n    ${url}\n`);
  console.log(`Server log: ${server.logFile}. Rebuild with \`npm run build\`, then reload the page. Ctrl+C to stop.`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  setInterval(() => {}, 1 << 30); // keep running until a signal
}

/** Headless check: the workbench loads, a sample opens in the Article mode; saves a screenshot. */
async function check(url, file) {
  const { launchChromium } = await import('../test/host/runner/browser.mjs');
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 850 } })).newPage();
    if (process.env.VERBOSE) page.on('console', (m) => console.log(`[browser] ${m.type()} ${m.text().slice(0, 500)}`));
    await page.goto(url);
    await page.waitForSelector('.monaco-workbench .explorer-folders-view', { timeout: 60_000 });
    const sample = fs
      .readdirSync(folder)
      .filter((f) => /\.(article|news)$/.test(f))
      .sort()[0];
    if (sample) {
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: sample }).first().click();
    }
    const modeItem = page.locator('.statusbar-item[id="status.editor.mode"]');
    let mode = '';
    for (let i = 0; sample && i < 100 && mode !== 'Article'; i++) {
      await sleep(200); // the mode shows Plain Text for a moment while the editor opens
      mode = ((await modeItem.count()) ? await modeItem.first().innerText() : '').trim();
    }
    // The extension shows a status bar item once it has analysed the article (the workbench shows
    // the language mode earlier, from the manifest, before the extension host has even started).
    const ours = page.locator(`.statusbar-item[id^="${extensionId}"]`);
    const active = await ours
      .first()
      .waitFor({ timeout: 60_000 })
      .then(
        () => true,
        () => false,
      );
    const status = active
      ? (await ours.allInnerTexts())
          .map((t) => t.trim())
          .filter(Boolean)
          .join(' | ')
      : '(no status bar item from the extension)';
    await sleep(1_500); // let the decorations paint
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    console.log(`opened ${sample ?? '(no sample)'}; language mode: ${mode || '?'}; extension status: ${status}; screenshot ${file}`);
    return !sample || (mode === 'Article' && active) ? 0 : 1;
  } finally {
    await browser.close();
  }
}
