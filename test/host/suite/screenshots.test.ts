import * as assert from 'assert';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/extension/entityTrees';
import { api, closeAllEditors, openArticle, SAMPLE, screenshot, sleep, waitFor } from './markupHelpers';

// Pictures of the live workbench for the README and for reviewing the look (the runner saves them
// under test-results/screenshots/). Each test still checks the state it pictures.
suite('News Markup: screenshots', () => {
  teardown(closeAllEditors);

  test('editor with highlights and the sidebar open', async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.action.closePanel');
    const editor = await openArticle(SAMPLE);
    await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
    await waitFor('the Speakers view visible', () => a.treeViews.speakers.visible);
    // The workbench renders the trees asynchronously: retry the reveal until the node exists there.
    const expand = async (view: vscode.TreeView<TreeNode>, node: TreeNode) => {
      for (let i = 0; ; i++) {
        try {
          return await view.reveal(node, { expand: true, select: false, focus: false });
        } catch (err) {
          if (i > 20) throw err;
          await sleep(150);
        }
      }
    };
    await expand(a.treeViews.speakers, a.trees.speakers.getChildren()[0]);
    await expand(a.treeViews.organization, a.trees.organization.getChildren()[0]);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    editor.selection = new vscode.Selection(editor.document.positionAt(600), editor.document.positionAt(600));
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(600);
    const ranges = a.decorationRanges(editor.document.uri);
    assert.strictEqual(
      ranges?.quote.length,
      7,
      `language ${editor.document.languageId}, status ${a.analysis(editor.document).status}, quotes ${a.markup(editor.document)?.quotes.length}, errors ${a.errorCount}, ranges ${JSON.stringify(Object.entries(ranges ?? {}).map(([k, v]) => [k, v.length]))}`,
    );
    await screenshot('editor-highlights-sidebar');
  });

  test('hover on a mention', async () => {
    const editor = await openArticle(SAMPLE);
    await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const pos = editor.document.positionAt(875); // "Putin"
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.showHover');
    await sleep(800);
    await screenshot('hover-on-mention');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    assert.ok(hovers.length > 0);
  });

  test('the Go to Speaker quick pick', async () => {
    const editor = await openArticle(SAMPLE);
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    let finished = false;
    const running = Promise.resolve(vscode.commands.executeCommand('newsMarkup.goToSpeaker')).finally(() => (finished = true));
    await sleep(1000);
    await screenshot('go-to-speaker');
    for (let i = 0; i < 60 && !finished; i++) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      await sleep(250);
    }
    await running;
    assert.ok(finished, 'the quick pick closed');
  });

  for (const [theme, name] of [
    ['Default Dark Modern', 'editor-highlights-dark'],
    ['Default High Contrast', 'editor-highlights-high-contrast'],
  ] as const) {
    test(`the highlights in ${theme}`, async () => {
      const config = vscode.workspace.getConfiguration('workbench');
      await config.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
      try {
        const a = await api();
        const editor = await openArticle(SAMPLE);
        await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
        await waitFor('the Speakers view visible', () => a.treeViews.speakers.visible);
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        editor.selection = new vscode.Selection(editor.document.positionAt(0), editor.document.positionAt(0));
        await sleep(800);
        assert.strictEqual(
          vscode.window.activeColorTheme.kind,
          theme.includes('High') ? vscode.ColorThemeKind.HighContrast : vscode.ColorThemeKind.Dark,
        );
        await screenshot(name);
      } finally {
        await config.update('colorTheme', undefined, vscode.ConfigurationTarget.Global);
      }
    });
  }

  test('the sidebar with no article open shows its welcome content', async () => {
    const a = await api();
    await closeAllEditors();
    await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
    await waitFor('the Speakers view visible', () => a.treeViews.speakers.visible);
    await waitFor('empty trees', () => a.trees.speakers.getChildren().length === 0 && a.trees.organization.getChildren().length === 0);
    await sleep(400);
    await screenshot('sidebar-welcome');
  });
});
