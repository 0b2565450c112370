import * as assert from 'assert';
import * as fs from 'fs';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import { generateCorpus } from '../../../bench/corpus.mjs';
import type { CorpusNode } from '../../../src/extension/corpus/tree';
import { screenshot, sidebarWidth } from '../screenshot';
import { api, closeAllEditors, waitFor, workspaceUri } from './markupHelpers';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const GENERATED = generateCorpus(12, 11);
const EXTRA = `date 2025-02-03\n\n"The harbour will reopen in May," said Ingrid Halvorsen, the central bank governor.\n`;

async function write(path: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(...path.split('/'));
  await vscode.workspace.fs.writeFile(uri, encode(text));
  return uri;
}

async function corpus() {
  return (await api()).corpus;
}

async function children(node?: CorpusNode): Promise<CorpusNode[]> {
  return (await api()).corpusTree.getChildren(node);
}

async function group(name: 'speakers' | 'organization' | 'person' | 'place'): Promise<CorpusNode> {
  const found = (await children()).find((n) => n.kind === 'group' && n.group === name);
  assert.ok(found, `group ${name}`);
  return found;
}

const label = (n: CorpusNode) => (n.kind === 'speaker' || n.kind === 'entity' ? n.row.name : n.kind);

suite('News Markup: the workspace corpus', function () {
  this.timeout(120_000);

  suiteSetup(async () => {
    for (const { name, text } of GENERATED) await write(`corpus/${name}`, text);
    await write('corpus/export.txt', 'date 2023-06-09\n\n"We are ready," said Priya Raman.\n');
    await write('corpus/readme.txt', 'How this folder was collected.\n');
    // search.exclude leaves node_modules out by default.
    await write('node_modules/pkg/vendored.article', '"Not part of the corpus," said Nobody Here.\n');
    await vscode.commands.executeCommand('newsMarkup.corpus.focus');
    await (await corpus()).ready();
  });

  suiteTeardown(async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand('newsMarkup.corpus.clearFilter');
  });

  test('indexes every article of the workspace once, and nothing else', async () => {
    const c = await corpus();
    const files = c.index
      .files()
      .map((f) => vscode.workspace.asRelativePath(vscode.Uri.parse(f), false))
      .sort();
    const expected = [...GENERATED.map((g) => `corpus/${g.name}`), 'corpus/export.txt'];
    for (const file of expected) assert.ok(files.includes(file), `${file} indexed (have ${files.join(', ')})`);
    assert.ok(files.includes('tass-2022-12-09.txt'), 'a .txt export that starts with a date line is an article');
    assert.ok(!files.some((f) => f.endsWith('readme.txt') || f.startsWith('node_modules/')), files.join(', '));
    assert.strictEqual(c.progress.done, true);
    assert.strictEqual(c.progress.failed, 0);
  });

  test('the corpus worker runs as a child process of the host at the lowest CPU priority', async function () {
    if (process.platform !== 'linux') this.skip();
    await corpus();
    // Each process's niceness (the 19th field of /proc/PID/stat) and parent, for those running the worker.
    const workers = fs
      .readdirSync('/proc')
      .filter((pid) => /^\d+$/.test(pid))
      .flatMap((pid) => {
        try {
          const args = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          if (!args.includes('corpusWorker.js')) return [];
          const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
          return [{ parent: Number(fields[1]), nice: Number(fields[16]) }];
        } catch {
          return []; // gone meanwhile
        }
      });
    const ours = workers.filter((w) => w.parent === process.pid);
    assert.ok(ours.length >= 1, `a corpus worker process under the host (${JSON.stringify(workers)})`);
    assert.ok(
      ours.every((w) => w.nice === 19),
      `at the lowest priority: ${JSON.stringify(ours)}`,
    );
  });

  test('the Corpus view ranks speakers by quotes, expands to articles and quotes, and a click opens the quote', async () => {
    const c = await corpus();
    const speakers = await children(await group('speakers'));
    const top = c.index.speakers()[0];
    assert.strictEqual(label(speakers[0]), top.name);
    const item = (await api()).corpusTree.getTreeItem(speakers[0]);
    assert.match(String(item.description), new RegExp(`^${top.quotes} quotes?`));
    const articles = await children(speakers[0]);
    assert.strictEqual(articles.length, top.articles);
    const quotes = await children(articles[0]);
    assert.ok(quotes.length > 0 && quotes[0].kind === 'quote');
    const quote = quotes[0].kind === 'quote' ? quotes[0].quote : assert.fail('a quote');
    const command = (await api()).corpusTree.getTreeItem(quotes[0]).command!;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    const editor = await waitFor('the article opened', () => vscode.window.activeTextEditor);
    assert.strictEqual(editor.document.uri.toString(), quote.file);
    assert.strictEqual(editor.document.getText(editor.selection), editor.document.getText().slice(quote.start, quote.end));
    assert.ok(editor.document.getText(editor.selection).startsWith(quote.snippet.slice(0, 20)));
  });

  test('ranks organizations, people and places by the number of articles', async () => {
    const c = await corpus();
    for (const type of ['organization', 'person', 'place'] as const) {
      const rows = await children(await group(type));
      assert.ok(rows.length > 0, type);
      assert.strictEqual(label(rows[0]), c.index.entities(type)[0].name);
      const counts = rows.flatMap((r) => (r.kind === 'entity' ? [r.row.articles] : []));
      assert.deepStrictEqual(
        counts,
        [...counts].sort((a, b) => b - a),
      );
    }
  });

  test('the filter (text, type) and the date range narrow every list, and show in the view header', async () => {
    const c = await corpus();
    const name = c.index.speakers()[0].name;
    await vscode.commands.executeCommand('newsMarkup.corpus.filter', { text: name.split(' ')[1].toLowerCase(), type: 'person' });
    assert.deepStrictEqual(
      (await children()).map((n) => (n.kind === 'group' ? n.group : n.kind)),
      ['speakers', 'person'],
    );
    assert.deepStrictEqual((await children(await group('speakers'))).map(label), [name]);
    assert.match((await api()).corpusView.description ?? '', /person/);
    await vscode.commands.executeCommand('newsMarkup.corpus.clearFilter');
    await vscode.commands.executeCommand('newsMarkup.corpus.dateRange', '2023');
    const dated = await children(await group('speakers'));
    assert.deepStrictEqual(dated.map(label), ['Priya Raman'], 'only the article dated 2023');
    assert.match((await api()).corpusView.description ?? '', /2023-01-01 – 2023-12-31/);
    await vscode.commands.executeCommand('newsMarkup.corpus.clearFilter');
  });

  test('a new, changed or deleted file updates the index; unsaved text wins over the file until it is closed', async () => {
    const c = await corpus();
    const speaks = (name: string) => c.index.speakers().find((s) => s.name === name);
    const uri = await write('corpus/new.article', EXTRA);
    const before = speaks('Ingrid Halvorsen')?.quotes ?? 0;
    await waitFor('the new article indexed', () => c.index.get(uri.toString()));
    assert.strictEqual(speaks('Ingrid Halvorsen')?.quotes, before + 1);
    await write('corpus/new.article', EXTRA.replace('Ingrid Halvorsen', 'Hugo Lindqvist'));
    await waitFor('the changed article re-indexed', () => c.index.get(uri.toString())?.entities.some((e) => e.name === 'Hugo Lindqvist'));
    const editor = await vscode.window.showTextDocument(uri);
    await editor.edit((e) => e.insert(new vscode.Position(3, 0), '\n"Nobody told us," said Nadia Castellano.\n'));
    await waitFor('the unsaved text indexed', () => c.index.get(uri.toString())?.entities.some((e) => e.name === 'Nadia Castellano'));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor(
      () => {
        const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        const names = c.index.get(uri.toString())?.entities.map((e) => e.name);
        return `the file on disk indexed again (document ${doc ? (doc.isDirty ? 'dirty' : 'clean') : 'closed'}; names ${names?.join(', ')})`;
      },
      () => !c.index.get(uri.toString())?.entities.some((e) => e.name === 'Nadia Castellano'),
      30_000,
    );
    await vscode.workspace.fs.delete(uri);
    await waitFor('the deleted article gone', () => !c.index.get(uri.toString()));
  });

  test('re-indexing reads every unchanged article from the cache on disk, not the engine', async () => {
    const c = await corpus();
    const before = c.index.speakers();
    await vscode.commands.executeCommand('newsMarkup.corpus.reindex');
    assert.strictEqual(c.progress.cached, c.index.size, c.describeProgress());
    assert.deepStrictEqual(c.index.speakers(), before);
  });

  test('re-indexing shows the cache at once, then settles what changed behind it: a changed article analysed, a deleted one gone', async () => {
    const c = await corpus();
    const gone = await write('corpus/behind.article', EXTRA);
    await waitFor('the new article indexed', () => c.index.get(gone.toString()), 30_000);
    const changed = workspaceUri('corpus', GENERATED[0].name);
    const original = c.index.get(changed.toString())!.date;
    // Node's fs, not VS Code's: the re-index is what must see these, whatever the watcher does.
    fs.writeFileSync(changed.fsPath, 'date 2025-06-01\n\n"Nothing changes," said Grace Mwangi, the election commissioner.\n');
    fs.rmSync(gone.fsPath);
    await vscode.commands.executeCommand('newsMarkup.corpus.reindex');
    assert.strictEqual(c.index.get(gone.toString()), undefined, 'the deleted article is gone');
    assert.strictEqual(c.index.get(changed.toString())?.date, '2025-06-01', 'the changed article is analysed again');
    // The changed article may have reached the cache through the watcher before the re-index began.
    assert.ok(c.progress.cached >= c.index.size - 1, `the others from the cache: ${c.describeProgress()}`);
    await write(`corpus/${GENERATED[0].name}`, GENERATED[0].text);
    await waitFor('the article as it was', () => c.index.get(changed.toString())?.date === original, 30_000);
  });

  test('Export Corpus Quotes as CSV and Corpus Markup as JSONL write one row per quote and one line per article', async () => {
    const c = await corpus();
    const csvTarget = workspaceUri('out', 'corpus-quotes.csv');
    await vscode.commands.executeCommand('newsMarkup.corpus.exportQuotesCsv', csvTarget);
    const rows = parse(decode(await vscode.workspace.fs.readFile(csvTarget)), { columns: true }) as Record<string, string>[];
    assert.deepStrictEqual(Object.keys(rows[0]), ['file', 'date', 'kind', 'speaker', 'speakerType', 'quote', 'cue', 'rule', 'line']);
    const quotes = c.index.files().reduce((n, f) => n + c.index.get(f)!.quotes.length, 0);
    assert.strictEqual(rows.length, quotes);
    const raman = rows.find((r) => r.file === 'corpus/export.txt');
    assert.deepStrictEqual(raman && [raman.date, raman.kind, raman.speaker, raman.quote, raman.line], [
      '2023-06-09',
      'quote',
      'Priya Raman',
      '"We are ready,"',
      '3',
    ]);
    const jsonlTarget = workspaceUri('out', 'corpus-markup.jsonl');
    await vscode.commands.executeCommand('newsMarkup.corpus.exportMarkupJsonl', jsonlTarget);
    const lines = decode(await vscode.workspace.fs.readFile(jsonlTarget))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; quotes: unknown[] });
    assert.deepStrictEqual(
      lines.map((l) => l.id),
      c.index.files().sort(),
    );
    const folder = await vscode.workspace.fs.readDirectory(workspaceUri('out'));
    assert.ok(!folder.some(([name]) => name.endsWith('.tmp')), 'no temporary file left');
  });

  test('the Corpus Report restores into a panel VS Code hands back after a reload, and stays one', async () => {
    const a = await api();
    await closeAllEditors();
    const rendered = () =>
      new Promise<number>((resolve) => {
        const listener = a.corpusReport.onDidRender((r) => {
          listener.dispose();
          resolve(r.charts.length);
        });
      });
    // What VS Code does after a reload: a bare panel of the report's type, given to its serializer.
    const restored = vscode.window.createWebviewPanel('newsMarkup.corpusReport', 'Corpus Report', vscode.ViewColumn.Active);
    const drawn = rendered();
    a.corpusReport.restore(restored);
    assert.strictEqual(await drawn, 6, 'the restored page drew the six charts');
    // A second restored panel while one is open is closed.
    const second = vscode.window.createWebviewPanel('newsMarkup.corpusReport', 'Corpus Report', vscode.ViewColumn.Beside);
    let disposed = false;
    second.onDidDispose(() => (disposed = true));
    a.corpusReport.restore(second);
    assert.ok(disposed, 'one report at a time');
    await vscode.commands.executeCommand('newsMarkup.corpus.report');
    const reports = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview);
    assert.strictEqual(reports.length, 1, 'the command brings the restored report forward');
    await closeAllEditors();
  });

  test('screenshot: the Corpus view with the top speaker expanded, and one of their quotes open', async () => {
    const a = await api();
    // The per-article views step aside for the picture, and come back after it.
    const articleViews = ['newsMarkup.speakers', 'newsMarkup.organizations', 'newsMarkup.people', 'newsMarkup.places'];
    for (const id of articleViews) await vscode.commands.executeCommand(`${id}.toggleVisibility`);
    try {
      await vscode.commands.executeCommand('newsMarkup.corpus.focus');
      const top = (await children(await group('speakers')))[0];
      const article = (await children(top))[0];
      const quote = (await children(article))[1] ?? (await children(article))[0];
      const command = a.corpusTree.getTreeItem(quote).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      await a.corpusView.reveal(quote, { select: true, focus: false });
      await vscode.commands.executeCommand('notifications.clearAll');
      sidebarWidth(380);
      const shot = await screenshot('corpus-view');
      if (process.env.NEWS_MARKUP_SCREENSHOT_DIR) assert.ok(shot, 'the screenshot was written');
    } finally {
      for (const id of articleViews) await vscode.commands.executeCommand(`${id}.toggleVisibility`);
      sidebarWidth(0);
    }
  });

  test('a correction in .news-markup.json reaches the corpus: the speaker retyped, only its article analysed again', async () => {
    const c = await corpus();
    const priya = () => c.index.speakers().find((r) => r.name === 'Priya Raman');
    assert.strictEqual(priya()?.type, 'person');
    // Every article in the cache first (earlier tests left some summarised from an editor's text).
    await closeAllEditors();
    await vscode.commands.executeCommand('newsMarkup.corpus.reindex');
    await c.ready();
    const file = workspaceUri('.news-markup.json');
    await vscode.workspace.fs.writeFile(
      file,
      encode(JSON.stringify({ version: 1, names: [{ name: 'Priya Raman', type: 'organization' }] })),
    );
    try {
      await waitFor('Priya Raman an organization in the corpus', () => priya()?.type === 'organization', 60_000);
      await c.ready();
      // Only the articles that hold the name are analysed again: every other one keeps its cached summary.
      const holding = GENERATED.filter((g) => g.text.includes('Priya') && g.text.includes('Raman')).length + 1;
      assert.ok(holding < GENERATED.length, 'some articles do not name her');
      assert.strictEqual(c.progress.indexed - c.progress.cached, holding, JSON.stringify(c.progress));
    } finally {
      await vscode.workspace.fs.delete(file);
    }
    await waitFor('Priya Raman a person again', () => priya()?.type === 'person', 60_000);
  });
});
