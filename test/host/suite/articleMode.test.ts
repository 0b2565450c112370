import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, decorated, openArticle, SAMPLE, settled, waitFor, workspaceUri } from './markupHelpers';

suite('News Markup: Article mode', () => {
  suiteSetup(async () => {
    await api();
  });
  teardown(closeAllEditors);

  test('the sample .txt export (first line "date …") opens in the Article mode and is analysed', async () => {
    const editor = await openArticle(SAMPLE);
    assert.strictEqual(editor.document.languageId, 'article');
    const a = await api();
    const analysis = a.analysis(editor.document);
    assert.strictEqual(analysis.status, 'ok');
    assert.strictEqual(analysis.markup?.length, editor.document.getText().length);
    assert.ok((analysis.markup?.quotes.length ?? 0) > 0, 'the sample has quotes');
  });

  test('a .txt article switched to Plain Text by hand stays Plain Text; closed and opened again at once, it is an article', async () => {
    const editor = await openArticle(SAMPLE);
    const plain = await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(plain.languageId, 'plaintext', 'the reader’s choice is kept');
    assert.ok(vscode.workspace.textDocuments.some((d) => d.uri.toString() === plain.uri.toString() && d.languageId === 'plaintext'));
    await vscode.languages.setTextDocumentLanguage(plain, 'article');
    await closeAllEditors();
    const again = await openArticle(SAMPLE);
    assert.strictEqual(again.document.languageId, 'article');
  });

  test('a plain .txt without a date line is not an article and gets no decorations', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('notes.txt'));
    const editor = await vscode.window.showTextDocument(document);
    assert.notStrictEqual(document.languageId, 'article');
    const a = await api();
    await new Promise((r) => setTimeout(r, 300));
    assert.strictEqual(a.decorationRanges(editor.document.uri), undefined);
  });

  test('switching any text file to the Article mode by hand marks it up', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceUri('notes.txt'));
    await vscode.window.showTextDocument(document);
    const article = await vscode.languages.setTextDocumentLanguage(document, 'article');
    assert.strictEqual(article.languageId, 'article');
    const a = await api();
    const editor = await waitFor('an editor on the article', () =>
      vscode.window.visibleTextEditors.find(
        (e) => e.document.uri.toString() === article.uri.toString() && e.document.languageId === 'article',
      ),
    );
    await settled(editor);
    const quotes = await decorated(editor, 'quote');
    const expected = a.markup(editor.document)!.quotes.map((q) => [q.start, q.end]);
    assert.ok(expected.length >= 1, 'the engine finds the quote in notes.txt');
    assert.deepStrictEqual(quotes, expected);
    await waitFor('status bar with the quote count', () => a.statusBarItem.text.includes('1 quote'));
  });
});
