// The time from opening the sample to its first decorations: the web-vs-desktop figure of the README
// ("In the browser"). It includes the engine's start in its worker, so it is the first open's time only
// when the test runs alone in a fresh host:
//   npm run build && node test/host/runner/run.mjs --grep 'first decorations'
//   WEB_TEST_GREP='first decorations' npm run test:web
// A figure in the log, not an assertion; what is asserted is that the 7 quotes get decorated.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, SAMPLE, workspaceUri } from './markupHelpers';

/** code-server's UI is a browser too (uiKind Web): the kind of extension host tells desktop from web. */
function nodeHost(): boolean {
  return !!(globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
}

suite('First decorations', () => {
  teardown(closeAllEditors);

  test('first decorations of the sample: its 7 quotes (the time from opening is logged)', async () => {
    const a = await api();
    const uri = workspaceUri(SAMPLE);
    const t0 = performance.now();
    const decorated = new Promise<number>((resolve) => {
      const listener = a.onDidApplyDecorations((applied) => {
        if (applied.toString() !== uri.toString() || a.decorationRanges(uri)?.quote.length !== 7) return;
        listener.dispose();
        resolve(performance.now() - t0);
      });
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const ms = await Promise.race([decorated, new Promise<undefined>((r) => setTimeout(r, 20_000))]);
    assert.ok(ms !== undefined, `the sample's 7 quotes were decorated (${a.decorationRanges(uri)?.quote.length ?? 'no'} decorations)`);
    console.log(`first decorations of ${SAMPLE}: ${ms.toFixed(0)} ms from opening (${nodeHost() ? 'Node' : 'web worker'} extension host)`);
  });
});
