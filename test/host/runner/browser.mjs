// Headless Chromium for the workbench, through playwright-core (no browser download:
// PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1). Debian's chromium where it is installed; otherwise the
// Chromium that ships inside the npm package @sparticuz/chromium (with the shared libraries it
// carries, for a machine that never installed Debian's), so `npm install && npm test` needs no apt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** The browser to run: { executablePath, args, env, source }. */
export async function findChromium() {
  const chosen = process.env.CHROMIUM || SYSTEM_CHROMIUM.find((p) => fs.existsSync(p));
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new Error(`CHROMIUM=${chosen} does not exist`);
    return { executablePath: chosen, args: FLAGS, env: process.env, source: chosen };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const executablePath = await packaged.executablePath();
  // The libraries Chromium needs beyond glibc (NSS, NSPR, expat), in case the system has none: the
  // package carries them but unpacks them only on AWS Lambda, so its own unpacker is called here
  // (the version is pinned exactly in package.json for that reason).
  const libs = path.join(os.tmpdir(), 'al2023', 'lib');
  if (!fs.existsSync(libs)) {
    let root = path.dirname(fileURLToPath(import.meta.resolve('@sparticuz/chromium')));
    while (!fs.existsSync(path.join(root, 'bin', 'al2023.tar.br')) && path.dirname(root) !== root) root = path.dirname(root);
    const { inflate } = await import(pathToFileURL(path.join(root, 'build', 'esm', 'lambdafs.js')).href);
    await inflate(path.join(root, 'bin', 'al2023.tar.br'));
  }
  const env = { ...process.env, LD_LIBRARY_PATH: [libs, process.env.LD_LIBRARY_PATH].filter(Boolean).join(':') };
  const args = [...new Set([...packaged.args.filter((a) => !a.startsWith('--headless')), ...FLAGS])];
  return { executablePath, args, env, source: `${executablePath} (from @sparticuz/chromium)` };
}

let found;
export async function launchChromium() {
  found ??= await findChromium();
  return chromium.launch({ executablePath: found.executablePath, headless: true, args: found.args, env: found.env });
}

/** Which browser the tests use, for the log. */
export async function chromiumSource() {
  found ??= await findChromium();
  return found.source;
}

/** The workbench URL for `folder`, with an optional `payload` (array of [key, value] pairs). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
