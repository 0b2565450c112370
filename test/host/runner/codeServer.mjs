// code-server (VS Code 1.100.3 server + web workbench, from the npm registry): install into a
// cache folder, start it on a loopback port with a throwaway profile, stop its process group.
// Used by test/host/runner/run.mjs (host tests) and scripts/start.mjs (`npm start`).
// Background: /work/shared/docs/real-vscode/README.md.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** `$NEWS_MARKUP_CACHE` or `<repo>/.cache/code-server`. */
export function cacheDir() {
  return path.resolve(process.env.NEWS_MARKUP_CACHE || path.join(REPO_ROOT, '.cache', 'code-server'));
}

const log = (msg) => console.log(`[code-server] ${msg}`);

/** Fails early, with the reason, when this machine cannot run code-server. */
export function checkPrerequisites() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20 && !process.env.FORCE_NODE_VERSION) {
    throw new Error(
      `code-server ${CODE_SERVER_VERSION} needs Node 20 (this is Node ${process.versions.node}); set FORCE_NODE_VERSION=${major} to try anyway`,
    );
  }
}

function installedIn(dir) {
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const rg = path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  return fs.existsSync(path.join(dir, '.complete')) && fs.existsSync(entry) && fs.existsSync(rg) ? entry : null;
}

/**
 * Returns the path of code-server's entry script, installing code-server@CODE_SERVER_VERSION
 * into `<cache>/<version>/` first if it is not there. The install is staged in a sibling folder
 * and renamed into place, so an interrupted install never looks complete.
 */
export function ensureCodeServer() {
  checkPrerequisites();
  const root = cacheDir();
  const dir = path.join(root, CODE_SERVER_VERSION);
  const ready = installedIn(dir);
  if (ready) return ready;

  const started = Date.now();
  fs.mkdirSync(root, { recursive: true });
  // Leftovers of interrupted installs (an hour old: another run may be installing right now).
  for (const name of fs.readdirSync(root)) {
    const p = path.join(root, name);
    if (name.startsWith(`${CODE_SERVER_VERSION}.staging-`) && Date.now() - fs.statSync(p).mtimeMs > 3600_000) {
      fs.rmSync(p, { recursive: true, force: true });
    }
  }
  const staging = fs.mkdtempSync(path.join(root, `${CODE_SERVER_VERSION}.staging-`));
  const logFile = path.join(root, 'install.log');
  const logFd = fs.openSync(logFile, 'w');
  log(`installing code-server@${CODE_SERVER_VERSION} into ${dir} (log: ${logFile}) ...`);
  try {
    // @vscode/ripgrep's postinstall downloads rg from GitHub, unless the tarball is already in
    // $TMPDIR/vscode-ripgrep-cache-<its version>/: seed that with Debian's /usr/bin/rg.
    const tmp = path.join(staging, '.tmp');
    const rg = findRipgrep(staging, dir);
    const target = { x64: 'x86_64-unknown-linux-musl', arm64: 'aarch64-unknown-linux-musl' }[process.arch];
    if (!target) throw new Error(`unsupported architecture for code-server's ripgrep: ${process.arch}`);
    const rgCache = path.join(tmp, 'vscode-ripgrep-cache-1.15.11');
    const rgStage = path.join(tmp, 'rg-bin');
    fs.mkdirSync(rgCache, { recursive: true });
    fs.mkdirSync(rgStage, { recursive: true });
    fs.copyFileSync(rg, path.join(rgStage, 'rg'));
    fs.chmodSync(path.join(rgStage, 'rg'), 0o755);
    run('tar', ['czf', path.join(rgCache, `ripgrep-v13.0.0-10-${target}.tar.gz`), '-C', rgStage, 'rg'], { cwd: staging }, logFd);

    // npm >= 11.16 skips dependency install scripts unless allowed in the project's package.json
    // (`allowScripts`; older npm ignores the field and runs them all). code-server's postinstall
    // runs a nested `npm install` in lib/vscode, which needs its own allowScripts, so: install
    // without scripts, add allowScripts to lib/vscode/package.json, then run the scripts.
    fs.writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({ private: true, allowScripts: { 'code-server': true, argon2: true } }, null, 2) + '\n',
    );
    const env = {
      ...process.env,
      TMPDIR: tmp,
      npm_config_unsafe_perm: 'true', // code-server's postinstall.sh refuses to run as root without it
      npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`, which would wait for a "yes"
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
      JOBS: process.env.JOBS || 'max', // node-gyp: compile the native modules on every core
    };
    run('npm', ['install', '--ignore-scripts', '--no-save', `code-server@${CODE_SERVER_VERSION}`], { cwd: staging, env }, logFd);
    const vscodePkg = path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode', 'package.json');
    const pkg = JSON.parse(fs.readFileSync(vscodePkg, 'utf8'));
    pkg.allowScripts = Object.fromEntries(
      ['@parcel/watcher', '@vscode/deviceid', '@vscode/ripgrep', '@vscode/spdlog', 'native-watchdog', 'node-pty'].map((n) => [n, true]),
    );
    // Denied, not left out (an unlisted package still runs its scripts): kerberos's build needs the
    // Kerberos headers, an apt package, and the server loads it only for proxy authentication.
    pkg.allowScripts.kerberos = false;
    fs.writeFileSync(vscodePkg, JSON.stringify(pkg, null, 2) + '\n');
    run('npm', ['rebuild', '--foreground-scripts', 'argon2', 'code-server'], { cwd: staging, env }, logFd);

    fs.rmSync(tmp, { recursive: true, force: true });
    fs.writeFileSync(path.join(staging, '.complete'), `code-server@${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
    if (!installedIn(staging)) throw new Error('the install finished but code-server or its ripgrep binary is missing');
    if (installedIn(dir)) {
      fs.rmSync(staging, { recursive: true, force: true }); // another run finished first: use its install
    } else {
      fs.rmSync(dir, { recursive: true, force: true });
      fs.renameSync(staging, dir);
    }
  } catch (err) {
    fs.closeSync(logFd);
    const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    fs.rmSync(staging, { recursive: true, force: true });
    throw new Error(`installing code-server failed: ${err.message}\n---- last lines of ${logFile}\n${tail}`, { cause: err });
  }
  fs.closeSync(logFd);
  log(`installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return installedIn(dir);
}

/**
 * An `rg` for code-server (file search, `workspace.findFiles`): Debian's where it is installed, else
 * the WebAssembly build of ripgrep in the npm package `ripgrep`, copied into the install with a
 * wrapper script, so that no apt step is needed.
 */
function findRipgrep(installDir, finalDir) {
  for (const p of ['/usr/bin/rg', '/usr/local/bin/rg']) if (fs.existsSync(p)) return p;
  const wasm = path.join(REPO_ROOT, 'node_modules', 'ripgrep');
  if (!fs.existsSync(path.join(wasm, 'lib', 'rg.mjs')))
    throw new Error('no ripgrep: neither /usr/bin/rg nor the npm package ripgrep (npm install)');
  const copy = path.join(installDir, 'ripgrep-wasm');
  fs.cpSync(wasm, copy, { recursive: true });
  const wrapper = path.join(installDir, 'rg');
  // The install is staged, then renamed into place: the wrapper points where the copy will be.
  fs.writeFileSync(wrapper, `#!/bin/sh\nexec "${process.execPath}" "${path.join(finalDir, 'ripgrep-wasm', 'lib', 'rg.mjs')}" "$@"\n`);
  fs.chmodSync(wrapper, 0o755);
  return wrapper;
}

function run(cmd, args, options, logFd) {
  fs.writeSync(logFd, `\n$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, { ...options, stdio: ['ignore', logFd, logFd] });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` exited with ${r.status ?? r.signal}`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(preferred = 0) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (err) => (preferred ? freePort(0).then(resolve, reject) : reject(err)));
    server.listen(preferred, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const DEFAULT_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  // A remote extension host (code-server is one) looks for ports to forward every few seconds by running
  // `ps` and `ls /proc/...` with exec from its own thread, which held it 40-100 ms in the corpus bench's
  // profiles; desktop VS Code does not, and no test forwards a port. code-server has a tunnel provider,
  // so the search stops only when ports are found from terminal output instead.
  'remote.autoForwardPorts': false,
  'remote.autoForwardPortsSource': 'output',
};

/**
 * Starts code-server in its own process group. Returns { url, port, host, pid, logFile, stop }.
 * `profileDir` holds user data, extensions (unless `extensionsDir`), XDG folders and the config.
 */
export async function startCodeServer({ entry, profileDir, extensionsDir, settings = {}, port = 0, env = {}, quiet = true }) {
  const userData = path.join(profileDir, 'user-data');
  const exts = extensionsDir ?? path.join(profileDir, 'extensions');
  fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
  fs.mkdirSync(exts, { recursive: true });
  const settingsFile = path.join(userData, 'User', 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // fresh profile
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...existing, ...DEFAULT_SETTINGS, ...settings }, null, 2) + '\n');
  for (const d of ['config', 'data', 'cache']) fs.mkdirSync(path.join(profileDir, 'xdg', d), { recursive: true });

  const chosen = await freePort(port);
  const logFile = path.join(profileDir, 'code-server.log');
  const out = fs.openSync(logFile, 'w');
  const args = [
    entry,
    '--config',
    path.join(profileDir, 'config.yaml'),
    '--bind-addr',
    `127.0.0.1:${chosen}`,
    '--auth',
    'none',
    '--user-data-dir',
    userData,
    '--extensions-dir',
    exts,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, {
    cwd: profileDir,
    detached: true, // own process group: stop() kills it with every file watcher and extension host it started
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      XDG_CONFIG_HOME: path.join(profileDir, 'xdg', 'config'),
      XDG_DATA_HOME: path.join(profileDir, 'xdg', 'data'),
      XDG_CACHE_HOME: path.join(profileDir, 'xdg', 'cache'),
      ...env,
    },
  });
  fs.closeSync(out);
  let exited = null;
  child.on('exit', (code, signal) => (exited = { code, signal }));

  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  // Never leave the server behind, whatever way this process ends.
  const onExit = () => killGroup('SIGKILL');
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    killGroup('SIGTERM');
    for (let i = 0; i < 30 && exited === null; i++) await sleep(100);
    killGroup('SIGKILL'); // the group may still hold children after the leader left
  };

  const url = `http://127.0.0.1:${chosen}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) {
      throw new Error(`code-server exited during startup (${exited.code ?? exited.signal}):\n${tail(logFile, 30)}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on ${url}/healthz within 60 s:\n${tail(logFile, 30)}`);
    }
    await sleep(150);
  }
  if (!quiet) log(`listening on ${url} (pid ${child.pid}, log ${logFile})`);
  return { url, port: chosen, host: `127.0.0.1:${chosen}`, pid: child.pid, logFile, stop };
}

export function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}
