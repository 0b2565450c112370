// Ask the runner (test/host/runner/run.mjs) for a PNG of the live workbench.
// The runner watches the host's console for `__SCREENSHOT__:<name>` and writes
// <NEWS_MARKUP_SCREENSHOT_DIR>/<name>.png (test-results/screenshots/ by default).
// This helper waits until the file is written (or `timeoutMs` passes, e.g. under desktop VS Code
// where nobody takes screenshots), so the workbench does not change before the picture is taken.
import * as fs from 'fs';
import * as path from 'path';

export async function screenshot(name: string, timeoutMs = 5_000): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must match [\\w.-]+: ${name}`);
  const dir = process.env.NEWS_MARKUP_SCREENSHOT_DIR;
  const started = Date.now();
  console.log(`__SCREENSHOT__:${name}`);
  if (!dir) return undefined;
  const file = path.join(dir, `${name}.png`);
  while (Date.now() - started < timeoutMs) {
    try {
      if (fs.statSync(file).mtimeMs >= started - 1000) return file;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return undefined;
}

/** Ask the runner to make the side bar `width` pixels wide for the next pictures (0: as it was). */
export function sidebarWidth(width: number): void {
  console.log(`__SIDEBAR_WIDTH__:${Math.round(width)}`);
}
