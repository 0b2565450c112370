// Smoke test for the host test infrastructure: the extension is installed in the host, activates,
// and the runner can take a screenshot of the live workbench.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { screenshot } from '../screenshot';

const EXTENSION_ID = 'news-markup.news-markup';

suite('Smoke', () => {
  test(`the extension ${EXTENSION_ID} is present and activates`, async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    await extension.activate();
    assert.strictEqual(extension.isActive, true);
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
