// Headless Debian Chromium through playwright-core (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
import fs from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Throws with what to do when the browser is missing. */
export function checkChromium() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium, as .ci/run does) or set CHROMIUM=/path/to/chromium.`,
    );
  }
}

export async function launchChromium() {
  checkChromium();
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** The workbench URL for `folder`, with an optional `payload` (array of [key, value] pairs). */
export function workbenchUrl(base, folder, payload) {
  let url = `${base}/?folder=${encodeURIComponent(folder)}`;
  if (payload) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}
