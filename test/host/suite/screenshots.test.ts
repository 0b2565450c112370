import * as assert from 'assert';
import * as vscode from 'vscode';
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
    const putin = a.trees.speakers.getChildren()[0];
    await a.treeViews.speakers.reveal(putin, { expand: true, select: false, focus: false });
    const sco = a.trees.organization.getChildren()[0];
    await a.treeViews.organization.reveal(sco, { expand: true, select: false, focus: false });
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    editor.selection = new vscode.Selection(editor.document.positionAt(600), editor.document.positionAt(600));
    editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
    await sleep(600);
    assert.ok((a.decorationRanges(editor.document.uri)?.quote.length ?? 0) === 7);
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
    const running = vscode.commands.executeCommand('newsMarkup.goToSpeaker');
    await sleep(700);
    await screenshot('go-to-speaker');
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await running;
  });
});
