import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  answerQuickPick,
  api,
  closeAllEditors,
  Gold,
  openArticle,
  pairs,
  readGold,
  SAMPLE,
  selectionOffsets,
  settled,
  sleep,
  waitFor,
} from './markupHelpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Markdown as a reader sees it: escapes removed. */
const unescaped = (markdown: string) => markdown.replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');

suite('News Markup: editor features and commands', () => {
  let gold: Gold;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    gold = await readGold();
  });
  setup(async () => {
    editor = await openArticle(SAMPLE);
  });
  teardown(closeAllEditors);

  test('hover on a mention: type, canonical name, aliases, mentions and quotes', async () => {
    const at = (offset: number) =>
      vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        editor.document.uri,
        editor.document.positionAt(offset),
      );
    const putin = hoverText(await at(875)); // "Putin" in `," Putin said`
    assert.match(putin, /Person/);
    assert.match(putin, /Vladimir Putin/);
    assert.match(putin, /7 quotes/);
    assert.match(putin, /Why a person:.*`title` \+3.*settled by `titled-person`/);
    const sco = hoverText(await at(309)); // "SCO"
    assert.match(sco, /Organization/);
    assert.match(sco, /Shanghai Cooperation Organization/);
    assert.match(sco, /SCO/);
    assert.match(sco, /6 mentions/);
    assert.match(sco, /Why an organization:.*`lexicon-organization`/);
    const quote = hoverText(await at(400)); // inside the first quote, on no mention
    assert.match(quote, /Quote\*\* 1 of 7/);
    assert.match(quote, /Vladimir Putin/);
    assert.match(unescaped(quote), /Why:\* quote-speaker-cue: .*; descriptor: /);
  });

  test('document symbols: the speaker with his quotes, then the organizations', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    assert.deepStrictEqual(
      symbols.map((s) => s.name),
      ['Speakers', 'Organizations'],
    );
    const [speakers, organizations] = symbols;
    assert.deepStrictEqual(
      speakers.children.map((s) => s.name),
      ['Vladimir Putin'],
    );
    const quotes = speakers.children[0].children.filter((c) => c.detail === 'quote');
    assert.deepStrictEqual(
      quotes.map((c) => [editor.document.offsetAt(c.range.start), editor.document.offsetAt(c.range.end)]),
      pairs(gold.quotes),
    );
    const orgNames = organizations.children.map((s) => s.name).sort();
    assert.deepStrictEqual(
      orgNames,
      gold.entities
        .filter((e) => e.type === 'organization')
        .map((e) => e.name)
        .sort(),
    );
  });

  test('document highlights and references: every mention of the entity under the cursor', async () => {
    const pos = editor.document.positionAt(1411); // "SCO"
    const sco = gold.entities.find((e) => e.aliases?.includes('SCO'))!;
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      editor.document.uri,
      pos,
    );
    assert.deepStrictEqual(
      highlights.map((h) => [editor.document.offsetAt(h.range.start), editor.document.offsetAt(h.range.end)]).sort((x, y) => x[0] - y[0]),
      pairs(sco.mentions),
    );
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', editor.document.uri, pos);
    assert.deepStrictEqual(
      refs.map((l) => [editor.document.offsetAt(l.range.start), editor.document.offsetAt(l.range.end)]).sort((x, y) => x[0] - y[0]),
      pairs(sco.mentions),
    );
    const putinRefs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      editor.document.positionAt(255),
    );
    const putinSpans = putinRefs.map((l) => editor.document.offsetAt(l.range.start));
    for (const m of gold.quotes.map((q) => q.speakerMention).filter((m) => m.text !== 'the address')) {
      assert.ok(putinSpans.includes(m.start), `reference at ${m.start} "${m.text}"`);
    }
  });

  test('folding ranges come from paragraphs (none in a one-line-per-paragraph article)', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', editor.document.uri);
    const a = await api();
    const multiLine = a
      .markup(editor.document)!
      .paragraphs.filter((p) => editor.document.positionAt(p.start).line !== editor.document.positionAt(Math.max(p.start, p.end - 1)).line);
    assert.strictEqual(ranges.length, multiLine.length);
  });

  test('Next Quote walks the quotes in order and wraps; Previous Quote walks back', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: [number, number][] = [];
    for (let i = 0; i < gold.quotes.length; i++) {
      await vscode.commands.executeCommand('newsMarkup.nextQuote');
      seen.push(selectionOffsets(editor));
    }
    assert.deepStrictEqual(seen, pairs(gold.quotes));
    await vscode.commands.executeCommand('newsMarkup.nextQuote');
    assert.deepStrictEqual(selectionOffsets(editor), [gold.quotes[0].start, gold.quotes[0].end], 'wraps to the first');
    await vscode.commands.executeCommand('newsMarkup.previousQuote');
    assert.deepStrictEqual(selectionOffsets(editor), [gold.quotes[6].start, gold.quotes[6].end], 'wraps to the last');
    await vscode.commands.executeCommand('newsMarkup.previousQuote');
    assert.deepStrictEqual(selectionOffsets(editor), [gold.quotes[5].start, gold.quotes[5].end]);
  });

  test('Next / Previous Quote have keybindings only in article editors', async () => {
    const pkg = vscode.extensions.getExtension('news-markup.news-markup')!.packageJSON as {
      contributes: { keybindings: { command: string; when: string }[] };
    };
    for (const id of ['newsMarkup.nextQuote', 'newsMarkup.previousQuote']) {
      const binding = pkg.contributes.keybindings.find((k) => k.command === id);
      assert.ok(binding && /editorLangId == article/.test(binding.when), id);
    }
  });

  test('Go to Speaker… picks a speaker and goes to the first quote', async () => {
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await answerQuickPick('newsMarkup.goToSpeaker', 'workbench.action.acceptSelectedQuickOpenItem');
    assert.deepStrictEqual(selectionOffsets(vscode.window.activeTextEditor!), [gold.quotes[0].start, gold.quotes[0].end]);
  });

  test('status bar: "7 quotes · 1 speaker", click shows the sidebar', async () => {
    const a = await api();
    assert.match(a.statusBarItem.text, /7 quotes · 1 speaker\b/);
    const cmd = a.statusBarItem.command;
    assert.strictEqual(typeof cmd === 'string' ? cmd : cmd?.command, 'workbench.view.extension.newsMarkup');
    await vscode.commands.executeCommand('workbench.view.extension.newsMarkup');
    await sleep(200);
    assert.ok(a.treeViews.speakers.visible, 'the Speakers view shows');
  });

  test('one analysis per document version, shared by every feature', async () => {
    const a = await api();
    const before = a.analysisCount;
    await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(875));
    await vscode.commands.executeCommand('vscode.executeDocumentSymbolProvider', editor.document.uri);
    await vscode.commands.executeCommand('vscode.executeReferenceProvider', editor.document.uri, editor.document.positionAt(875));
    a.trees.speakers.getChildren();
    assert.strictEqual(a.analysisCount, before, 'no feature re-analysed the same version');
    await vscode.commands.executeCommand('newsMarkup.reanalyzeArticle');
    a.markup(editor.document);
    // The engine runs in a worker thread: the count moves when its result arrives.
    await waitFor('the re-analysis', () => a.analysisCount > before && !a.pending);
    await settled(editor);
    assert.strictEqual(a.analysisCount, before + 1, 'Re-analyze runs the engine once more, and only once');
  });
});
