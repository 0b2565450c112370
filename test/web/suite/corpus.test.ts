// The workspace corpus in the browser: the articles listed by findFiles and read through workspace.fs
// on the virtual workspace test-web mounts, summarised in the corpus Web Worker, the cache written to
// the extension's storage and read back, the exports written through workspace.fs.
import * as assert from 'assert';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import type { CorpusNode } from '../../../src/extension/corpus/tree';
import { api, closeAllEditors, waitFor, workspaceUri } from '../../host/suite/markupHelpers';
import { HARBOUR_ARTICLES, HARBOUR_EXTRA } from '../../fixtures/harbourCorpus';
import { screenshot } from '../screenshot';

const FOLDER = 'harbour';
const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const uriOf = (name: string) => workspaceUri(FOLDER, name);

async function write(name: string, text: string): Promise<vscode.Uri> {
  await vscode.workspace.fs.writeFile(uriOf(name), encode(text));
  return uriOf(name);
}

async function corpus() {
  return (await api()).corpus;
}

async function children(node?: CorpusNode): Promise<CorpusNode[]> {
  return (await api()).corpusTree.getChildren(node);
}

async function speakerNode(name: string): Promise<CorpusNode | undefined> {
  const speakers = (await children()).find((n) => n.kind === 'group' && n.group === 'speakers');
  assert.ok(speakers, 'the Speakers group');
  return (await children(speakers)).find((n) => n.kind === 'speaker' && n.row.name === name);
}

suite('News Markup in the browser: the workspace corpus', function () {
  this.timeout(120_000);

  suiteSetup(async () => {
    for (const [name, text] of Object.entries(HARBOUR_ARTICLES)) await write(name, text);
    await write('readme.txt', 'How these articles were collected.\n');
    await vscode.commands.executeCommand('newsMarkup.corpus.focus');
    await (await corpus()).ready();
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('newsMarkup.corpus.clearFilter');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true });
  });

  test('indexes the articles findFiles lists, read through workspace.fs, and nothing else', async () => {
    const c = await corpus();
    const files = c.index.files().map((f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f), false));
    for (const name of Object.keys(HARBOUR_ARTICLES))
      assert.ok(files.includes(`${FOLDER}/${name}`), `${name} indexed (have ${files.join(', ')})`);
    assert.ok(files.includes('tass-2022-12-09.txt'), 'a .txt export that starts with a date line is an article');
    assert.ok(!files.some((f) => f.endsWith('readme.txt') || f.endsWith('notes.txt')), files.join(', '));
    assert.strictEqual(c.progress.done, true);
    assert.strictEqual(c.progress.failed, 0, c.describeProgress());
    assert.notStrictEqual(workspaceUri().scheme, 'file', 'a virtual file system, which only the host can read');
  });

  test('the Corpus view: a speaker with 3 quotes in 2 articles, expanded to the articles and their quotes', async () => {
    const a = await api();
    const marta = await speakerNode('Marta Okonkwo');
    assert.ok(marta, 'Marta Okonkwo among the speakers');
    assert.match(String(a.corpusTree.getTreeItem(marta).description), /^3 quotes/);
    const articles = await children(marta);
    assert.deepStrictEqual(
      articles
        .map((n) => (n.kind === 'article' ? vscode.workspace.asRelativePath(vscode.Uri.parse(n.article.file), false) : n.kind))
        .sort(),
      [`${FOLDER}/harbour-budget.article`, `${FOLDER}/harbour-dredging.article`],
    );
    const dredging = articles.find((n) => n.kind === 'article' && n.article.file.endsWith('harbour-dredging.article'))!;
    const quotes = (await children(dredging)).flatMap((n) => (n.kind === 'quote' && n.quote.kind === 'quote' ? [n.quote.snippet] : []));
    assert.strictEqual(quotes.length, 2, quotes.join(' | '));
    assert.ok(
      quotes.some((q) => q.includes('silting up')),
      quotes.join(' | '),
    );
    const places = (await children()).find((n) => n.kind === 'group' && n.group === 'place');
    assert.ok(places && (await children(places)).some((n) => n.kind === 'entity' && n.row.name === 'Cape Varna'));
  });

  test('the date range narrows the view to the articles of those dates', async () => {
    await vscode.commands.executeCommand('newsMarkup.corpus.dateRange', '2023-11');
    try {
      const speakers = (await children()).find((n) => n.kind === 'group' && n.group === 'speakers')!;
      const names = (await children(speakers)).flatMap((n) => (n.kind === 'speaker' ? [n.row.name] : []));
      // The trust speaks in reported speech.
      assert.deepStrictEqual(names, ['Anders Lund', 'Coastal Heritage Trust']);
    } finally {
      await vscode.commands.executeCommand('newsMarkup.corpus.clearFilter');
    }
  });

  test('an article added, changed or deleted through workspace.fs updates the index', async () => {
    const c = await corpus();
    const quotesOf = (name: string) => c.index.speakers().find((s) => s.name === name)?.quotes ?? 0;
    const uri = await write('harbour-reopening.article', HARBOUR_EXTRA);
    await waitFor('the new article indexed', () => c.index.get(uri.toString()), 30_000);
    assert.strictEqual(quotesOf('Ilse Brandt'), 2, 'her quote in the new article counted');
    await write('harbour-reopening.article', HARBOUR_EXTRA.replace(/Ilse Brandt/g, 'Hugo Lindqvist'));
    await waitFor('the changed article indexed', () => quotesOf('Hugo Lindqvist') === 1, 30_000);
    assert.strictEqual(quotesOf('Ilse Brandt'), 1);
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article gone', () => !c.index.get(uri.toString()), 30_000);
  });

  test('Export Corpus Quotes as CSV and Markup as JSONL write through workspace.fs', async () => {
    const c = await corpus();
    const csvTarget = workspaceUri('out', 'web-corpus-quotes.csv');
    await vscode.commands.executeCommand('newsMarkup.corpus.exportQuotesCsv', csvTarget);
    const rows = parse(decode(await vscode.workspace.fs.readFile(csvTarget)), { columns: true }) as Record<string, string>[];
    const quotes = c.index.files().reduce((n, f) => n + c.index.get(f)!.quotes.length, 0);
    assert.strictEqual(rows.length, quotes);
    const marta = rows.filter((r) => r.speaker === 'Marta Okonkwo' && r.kind === 'quote');
    assert.deepStrictEqual(marta.map((r) => [r.file, r.date, r.line]).sort(), [
      [`${FOLDER}/harbour-budget.article`, '2024-05-10', '5'],
      [`${FOLDER}/harbour-dredging.article`, '2024-03-04', '5'],
      [`${FOLDER}/harbour-dredging.article`, '2024-03-04', '9'],
    ]);
    const jsonlTarget = workspaceUri('out', 'web-corpus-markup.jsonl');
    await vscode.commands.executeCommand('newsMarkup.corpus.exportMarkupJsonl', jsonlTarget);
    const lines = decode(await vscode.workspace.fs.readFile(jsonlTarget))
      .trimEnd()
      .split('\n');
    assert.deepStrictEqual(
      lines.map((l) => (JSON.parse(l) as { id: string }).id),
      c.index.files().sort(),
    );
    const folder = await vscode.workspace.fs.readDirectory(workspaceUri('out'));
    assert.ok(!folder.some(([name]) => name.endsWith('.tmp')), 'no temporary file left');
    await vscode.workspace.fs.delete(csvTarget);
    await vscode.workspace.fs.delete(jsonlTarget);
  });

  test('the cache is written to the extension’s storage, and a re-index is answered from it', async () => {
    const c = await corpus();
    const cacheFile = c.cacheFile;
    assert.ok(cacheFile, 'the extension has storage');
    const before = c.index.speakers();
    // A re-index writes the old worker's cache first, then reads it back.
    await vscode.commands.executeCommand('newsMarkup.corpus.reindex');
    const lines = decode(await vscode.workspace.fs.readFile(cacheFile))
      .trimEnd()
      .split('\n');
    const cached = lines.slice(1).map((l) => (JSON.parse(l) as { file: string }).file);
    for (const name of Object.keys(HARBOUR_ARTICLES)) assert.ok(cached.includes(uriOf(name).toString()), `${name} in the cache`);
    assert.strictEqual(c.progress.cached, c.index.size, c.describeProgress());
    assert.deepStrictEqual(c.index.speakers(), before);
  });

  test('a correction in .news-markup.json reaches the corpus: only the articles that name her analysed again', async () => {
    const c = await corpus();
    const marta = () => c.index.speakers().find((r) => r.name === 'Marta Okonkwo');
    assert.strictEqual(marta()?.type, 'person');
    await closeAllEditors();
    const file = workspaceUri('.news-markup.json');
    await vscode.workspace.fs.writeFile(
      file,
      encode(JSON.stringify({ version: 1, names: [{ name: 'Marta Okonkwo', type: 'organization' }] })),
    );
    try {
      await waitFor('Marta Okonkwo an organization in the corpus', () => marta()?.type === 'organization', 60_000);
      await c.ready();
      assert.strictEqual(c.progress.indexed - c.progress.cached, 2, JSON.stringify(c.progress));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor('Marta Okonkwo a person again', () => marta()?.type === 'person', 60_000);
  });

  test('the Corpus Report opens and draws its charts (screenshot web-corpus-report)', async () => {
    const a = await api();
    await closeAllEditors();
    const drawn = new Promise<number>((resolve) => {
      const listener = a.corpusReport.onDidRender((r) => {
        listener.dispose();
        resolve(r.charts.length);
      });
    });
    await vscode.commands.executeCommand('newsMarkup.corpus.report');
    assert.strictEqual(await drawn, 6, 'the six charts drawn');
    const reports = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.strictEqual(reports.length, 1, 'one report panel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await screenshot('web-corpus-report');
    await closeAllEditors();
  });
});
