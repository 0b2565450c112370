// What only the web build has to show: it is the browser entry that runs, the engine answers from its
// Web Worker, files are written through workspace.fs on the virtual workspace test-web mounts (the
// corpus: ./corpus.test.ts). The features themselves are checked by the host suites run here too.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode, SpanNode } from '../../../src/extension/entityTrees';
import type { NewsMarkupApi } from '../../../src/extension/web';
import {
  closeAllEditors,
  decorated,
  EXTENSION_ID,
  openArticle,
  pairs,
  readGold,
  SAMPLE,
  waitFor,
  workspaceUri,
} from '../../host/suite/markupHelpers';
import { screenshot } from '../screenshot';

const CORRECTIONS = '.news-markup.json';

async function webApi(): Promise<NewsMarkupApi> {
  const ext = vscode.extensions.getExtension<NewsMarkupApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in the host`);
  return ext.isActive ? ext.exports : await ext.activate();
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

suite('News Markup in the browser (web extension host)', () => {
  teardown(closeAllEditors);

  test('the web entry point runs, in the web UI, on a virtual workspace', async () => {
    const a = await webApi();
    assert.strictEqual(vscode.env.uiKind, vscode.UIKind.Web);
    assert.ok(
      a.corpus.platform.workerReads(workspaceUri()) === false,
      'the browser entry (web.ts) was activated: the host reads the articles',
    );
    assert.notStrictEqual(workspaceUri().scheme, 'file', 'the workspace is a virtual file system');
  });

  test('the sample article: Article mode, the 7 quotes decorated, Vladimir Putin in Speakers, hover', async () => {
    const gold = await readGold();
    const editor = await openArticle(SAMPLE);
    const a = await webApi();
    assert.strictEqual(editor.document.languageId, 'article');
    assert.strictEqual(a.analysis(editor.document).status, 'ok', 'analysed by the engine in its Web Worker');
    assert.deepStrictEqual(await decorated(editor, 'quote'), pairs(gold.quotes));
    const speakers = a.trees.speakers.getChildren().filter((n): n is EntityNode => n.kind === 'entity');
    assert.deepStrictEqual(
      speakers.map((n) => n.entity.name),
      ['Vladimir Putin'],
    );
    const quotes = (a.trees.speakers.getChildren(speakers[0]) as SpanNode[]).filter((c) => c.role === 'quote');
    assert.strictEqual(quotes.length, 7);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(875), // "Putin" in `," Putin said`
    );
    assert.match(hoverText(hovers), /Vladimir Putin[\s\S]*7 quotes/);
    await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
    await screenshot('web-workbench');
  });

  test('Export Markup as JSON writes the file through workspace.fs', async () => {
    const editor = await openArticle(SAMPLE);
    const target = workspaceUri('out', 'web.markup.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsMarkup.exportMarkupAsJson', editor.document.uri, target);
    assert.strictEqual(written?.toString(), target.toString());
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.strictEqual(json.quotes.length, 7);
    await vscode.workspace.fs.delete(target);
  });

  test('a correction Quick Fix writes .news-markup.json and the markup follows', async () => {
    const editor = await openArticle('mall-closure.article');
    const a = await webApi();
    const start = editor.document.getText().indexOf('Harbour Centre');
    assert.ok(start >= 0);
    editor.selection = new vscode.Selection(editor.document.positionAt(start + 2), editor.document.positionAt(start + 2));
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        editor.document.uri,
        editor.selection,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    const fix = actions.find((x) => x.title === '“Harbour Centre” is an Organization');
    assert.ok(fix?.command, `the Quick Fix among: ${actions.map((x) => x.title).join(' | ')}`);
    try {
      await vscode.commands.executeCommand(fix.command.command, ...(fix.command.arguments ?? []));
      const file = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(CORRECTIONS))));
      assert.deepStrictEqual(file.names, [{ name: 'Harbour Centre', type: 'organization' }]);
      await waitFor('Harbour Centre as an organization', () =>
        a.trees.organization.getChildren().some((n) => n.kind === 'entity' && n.entity.name === 'Harbour Centre'),
      );
    } finally {
      await Promise.resolve(vscode.workspace.fs.delete(workspaceUri(CORRECTIONS))).catch(() => undefined);
      await waitFor('the corrections to be gone', () => a.corrections.all().every((f) => f.state === 'absent'));
    }
  });

  test('every command of package.json is registered', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed = (ext.packageJSON.contributes.commands as { command: string }[]).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepStrictEqual(
      contributed.filter((id) => !registered.has(id)),
      [],
    );
  });
});
