// Smoke test for the host test infrastructure: the extension is installed in the host, activates,
// and the runner can take a screenshot of the live workbench.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsMarkupApi } from '../../../src/extension/api';
import { screenshot } from '../screenshot';

const EXTENSION_ID = 'news-markup.news-markup';

suite('Smoke', () => {
  test(`the extension ${EXTENSION_ID} is present and activates`, async () => {
    const extension = vscode.extensions.getExtension<NewsMarkupApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    const api = await extension.activate();
    assert.strictEqual(extension.isActive, true);
    assert.ok(api.activationMs > 0);
    // A figure for the benchmark (npm run bench reads it), not an assertion: timings belong there.
    const dir = process.env.NEWS_MARKUP_SCREENSHOT_DIR;
    if (dir)
      fs.writeFileSync(
        path.join(dir, '..', 'activation.json'),
        JSON.stringify({ activationMs: api.activationMs, date: new Date().toISOString() }),
      );
    console.log(`activation: ${api.activationMs.toFixed(1)} ms`);
  });

  test('an untitled document in the Article mode shows in the workbench (screenshot "smoke")', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'article',
      content: 'date 2024-05-02 BERLIN, May 2 (Reuters) - "The host tests run," the engineer said.\n',
    });
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'article');
    await screenshot('smoke');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
