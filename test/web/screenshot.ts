// The web build's stand-in for test/host/screenshot.ts: the extension host is a web worker with no
// disk, so the runner (test/web/run.mjs) takes the picture when it reads the request in the host's
// console output, and the test gives it a moment before the workbench changes.
export async function screenshot(name: string, settleMs = 1_500): Promise<string | undefined> {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`screenshot name must match [\\w.-]+: ${name}`);
  console.log(`__SCREENSHOT__:${name}`);
  await new Promise((r) => setTimeout(r, settleMs));
  return undefined;
}

/** Ask the runner to make the side bar `width` pixels wide: not done in the web runner. */
export function sidebarWidth(width: number): void {
  console.log(`__SIDEBAR_WIDTH__:${Math.round(width)}`);
}
