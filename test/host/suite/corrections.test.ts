import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import type { EntityNode, TreeNode } from '../../../src/extension/entityTrees';
import type { CorrectionNode } from '../../../src/extension/corrections/view';
import { api, closeAllEditors, openArticle, screenshot, sleep, waitFor, workspaceUri } from './markupHelpers';

// mall-closure.article: "Harbour Centre" (a place to the engine), Ola Brandt who speaks the first
// quote, a banner's words in quote marks nobody says, and "one shopper" who speaks the last quote.
const ARTICLE = 'mall-closure.article';
const FILE = '.news-markup.json';

const fileUri = () => workspaceUri(FILE);
const decoder = new TextDecoder();

async function readCorrections(): Promise<{ names: Record<string, unknown>[]; quotes: Record<string, unknown>[] }> {
  return JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(fileUri())));
}

async function removeFile(): Promise<void> {
  await Promise.resolve(vscode.workspace.fs.delete(fileUri())).catch(() => undefined);
  const a = await api();
  await waitFor('the corrections to be gone', () => a.corrections.all().every((f) => f.state === 'absent'));
}

async function writeFile(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fileUri(), new TextEncoder().encode(text));
}

const entityNames = (nodes: TreeNode[]) => nodes.filter((n): n is EntityNode => n.kind === 'entity').map((n) => n.entity.name);

async function markupOf(editor: vscode.TextEditor) {
  return (await api()).analysis(editor.document).markup;
}

/** The offsets of some words of the article. */
function at(editor: vscode.TextEditor, words: string, nth = 0): { start: number; end: number } {
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `the article has "${words}"`);
  return { start, end: start + words.length };
}

function select(editor: vscode.TextEditor, span: { start: number; end: number }): void {
  const doc = editor.document;
  editor.selection = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
}

async function quickFixes(editor: vscode.TextEditor): Promise<vscode.CodeAction[]> {
  return (
    (await vscode.commands.executeCommand<vscode.CodeAction[]>(
      'vscode.executeCodeActionProvider',
      editor.document.uri,
      editor.selection,
      vscode.CodeActionKind.QuickFix.value,
    )) ?? []
  );
}

async function runQuickFix(editor: vscode.TextEditor, title: string, answer?: string | null): Promise<unknown> {
  const actions = await quickFixes(editor);
  const action = actions.find((x) => x.title === title);
  assert.ok(action?.command, `a Quick Fix "${title}" among: ${actions.map((x) => x.title).join(' | ')}`);
  const args = [...(action.command.arguments ?? [])];
  if (answer !== undefined) args[3] = answer;
  return vscode.commands.executeCommand(action.command.command, ...args);
}

/** Waits for the editor's decorations of a kind to hold (or not) a span. */
async function waitForDecoration(
  editor: vscode.TextEditor,
  kind: 'organization' | 'place' | 'person' | 'quote',
  span: { start: number; end: number },
  present = true,
  timeoutMs = 10_000,
) {
  const a = await api();
  await waitFor(
    `${kind} highlight ${present ? 'on' : 'off'} ${span.start}-${span.end}`,
    () => {
      const ranges = a.decorationRanges(editor.document.uri)?.[kind] ?? [];
      const has = ranges.some((r) => editor.document.offsetAt(r.start) === span.start && editor.document.offsetAt(r.end) === span.end);
      return has === present;
    },
    timeoutMs,
  );
}

/** Runs a command that shows a quick pick, and accepts its first item once it shows. */
async function acceptFirstPick(run: () => Thenable<unknown>): Promise<unknown> {
  let finished = false;
  const running = Promise.resolve(run()).finally(() => (finished = true));
  for (let i = 0; i < 60 && !finished; i++) {
    await sleep(250);
    if (!finished) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
  }
  assert.ok(finished, 'the command finished once its quick pick was answered');
  return running;
}

suite('News Markup: corrections', () => {
  suiteSetup(removeFile);
  teardown(async () => {
    await closeAllEditors();
    await removeFile();
  });

  test('a Quick Fix retypes a name: the file, the trees, the decorations, the hover and the export follow', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    const name = at(editor, 'Harbour Centre');
    select(editor, { start: name.start + 2, end: name.start + 2 });
    const titles = (await quickFixes(editor)).map((x) => x.title);
    for (const t of ['“Harbour Centre” is an Organization', '“Harbour Centre” is not a name', 'Correct in this article only…'])
      assert.ok(titles.includes(t), `${t} among ${titles.join(' | ')}`);
    await waitForDecoration(editor, 'place', name);
    await runQuickFix(editor, '“Harbour Centre” is an Organization');
    assert.deepStrictEqual(await readCorrections(), { version: 1, names: [{ name: 'Harbour Centre', type: 'organization' }], quotes: [] });
    await waitForDecoration(editor, 'organization', name);
    await waitForDecoration(editor, 'place', name, false);
    assert.ok(entityNames(a.trees.organization.getChildren()).includes('Harbour Centre'));
    assert.ok(!entityNames(a.trees.place.getChildren()).includes('Harbour Centre'), 'no longer a place');
    const node = a.trees.organization
      .getChildren()
      .find((n): n is EntityNode => n.kind === 'entity' && n.entity.name === 'Harbour Centre')!;
    assert.match(String(a.trees.organization.getTreeItem(node).description), /corrected/);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      editor.document.positionAt(name.start + 1),
    );
    const hoverText = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.match(hoverText, /Organization/);
    assert.match(hoverText, /Corrected by you/);
    const target = workspaceUri('mall-closure.json');
    await vscode.commands.executeCommand('newsMarkup.exportMarkupAsJson', undefined, target);
    const exported = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(target)));
    await vscode.workspace.fs.delete(target);
    const entity = exported.entities.find((e: { name: string }) => e.name === 'Harbour Centre');
    assert.strictEqual(entity.type, 'organization');
    assert.deepStrictEqual(entity.corrected, ['retype']);
    // The Corrections view lists it, for all articles.
    const items = a.correctionsTree.getChildren() as CorrectionNode[];
    assert.deepStrictEqual(
      items.map((n) => [n.label, a.correctionsTree.getTreeItem(n).description]),
      [['Harbour Centre → Organization', 'all articles']],
    );
  });

  test('the sidebar’s "Correct…": not a name, and a speaker picked from the article’s names', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    const england = a.trees.place.getChildren().find((n): n is EntityNode => n.kind === 'entity' && n.entity.name === 'England');
    assert.ok(england, 'England among the places');
    assert.ok(await vscode.commands.executeCommand('newsMarkup.correctItem', england, '“England” is not a name'));
    await waitFor('England no longer a place', () => !entityNames(a.trees.place.getChildren()).includes('England'));
    // The last quote has no speaker; the reader gives it one from the quick pick (its first item: the most mentioned).
    const lastQuote = at(editor, 'It is the end of an era');
    const markup = await markupOf(editor);
    assert.strictEqual(markup!.quotes.find((q) => q.start <= lastQuote.start && lastQuote.end <= q.end)?.speaker, null);
    select(editor, { start: lastQuote.start + 3, end: lastQuote.start + 3 });
    await acceptFirstPick(() => vscode.commands.executeCommand('newsMarkup.correctMarkup', 'Set the speaker of this quote…'));
    const file = await readCorrections();
    assert.deepStrictEqual(file.names, [{ name: 'England', notAName: true }]);
    assert.strictEqual(file.quotes.length, 1);
    assert.deepStrictEqual({ ...file.quotes[0], quote: undefined }, { article: ARTICLE, quote: undefined, speaker: 'Ola Brandt' });
    assert.match(String(file.quotes[0].quote), /It is the end of an era/);
    const speaker = await waitFor('Ola Brandt speaks the last quote', () => {
      const found = a.trees.speakers.getChildren().find((n): n is EntityNode => n.kind === 'entity' && n.entity.name === 'Ola Brandt');
      return found && found.children.filter((c) => c.role === 'quote').length === 2 ? found : undefined;
    });
    const corrected = speaker.children.filter((c) => a.trees.speakers.getTreeItem(c).description?.toString().endsWith('· corrected'));
    assert.deepStrictEqual(
      corrected.map((c) => c.text.includes('It is the end of an era')),
      [true],
      'only the corrected quote says so',
    );
  });

  test('selected words marked as a person and as a quote; two corrections in a row both land; undo takes back the last', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    const britons = at(editor, 'Twelve Britons');
    select(editor, britons);
    const banner = at(editor, 'Everything Must Go');
    // Two corrections without waiting for the first: the second is written on top of the first.
    const marked = vscode.commands.executeCommand('newsMarkup.correctMarkup', 'Mark “Twelve Britons” as a Person');
    select(editor, banner);
    const quoted = vscode.commands.executeCommand('newsMarkup.correctMarkup', 'Mark the selection as a quote…', null);
    assert.deepStrictEqual(await Promise.all([marked, quoted]), [true, true]);
    const file = await readCorrections();
    assert.deepStrictEqual(file.names, [{ name: 'Twelve Britons', type: 'person', mark: true }]);
    assert.deepStrictEqual(file.quotes, [{ article: ARTICLE, quote: 'Everything Must Go', markAsQuote: true }]);
    await waitFor('Twelve Britons among the people', () => entityNames(a.trees.person.getChildren()).includes('Twelve Britons'));
    const quote = await waitFor('the banner’s words a quote', () =>
      a.analysis(editor.document).markup?.quotes.find((q) => q.start <= banner.start && banner.end <= q.end),
    );
    await waitForDecoration(editor, 'quote', quote);
    assert.ok(await vscode.commands.executeCommand('newsMarkup.undoCorrection'));
    const after = await readCorrections();
    assert.strictEqual(after.names.length + after.quotes.length, 1, 'one correction left after undo');
    await screenshot('corrections-view');
  });

  test('same entity and not the same: a surname split from the full name, two places merged into one', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    const surname = at(editor, 'Brandt said');
    select(editor, { start: surname.start + 1, end: surname.start + 1 });
    await runQuickFix(editor, '“Brandt” is not “Ola Brandt”');
    await waitFor('Brandt apart from Ola Brandt', () => entityNames(a.trees.person.getChildren()).includes('Brandt'));
    const leeds = at(editor, 'LEEDS');
    select(editor, { start: leeds.start + 1, end: leeds.start + 1 });
    assert.ok(await runQuickFix(editor, '“Leeds” is the same as…', 'England'));
    await waitFor('one place for Leeds and England', () => {
      const places = entityNames(a.trees.place.getChildren());
      return places.filter((p) => p === 'Leeds' || p === 'England').length === 1 ? places : undefined;
    });
    assert.deepStrictEqual((await readCorrections()).names, [
      { name: 'Brandt', notSameAs: 'Ola Brandt' },
      { name: 'Leeds', sameAs: 'England' },
    ]);
  });

  test('a hand edit is picked up; a file that does not parse pauses the corrections, is reported, and is never written', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    const errorsBefore = a.errorCount;
    const name = at(editor, 'Harbour Centre');
    // A hand edit (or a git pull): the watcher re-reads the file and the article is marked up again.
    await writeFile(JSON.stringify({ version: 1, names: [{ name: 'Harbour Centre', type: 'organization' }], quotes: [] }));
    await waitForDecoration(editor, 'organization', name);
    const broken = '{ "version": 1, "names": [ { "name": "Harbour Centre", "type": "organisation" } ] ';
    await writeFile(broken);
    await waitFor('the corrections paused', () => a.corrections.all()[0]?.state === 'invalid');
    await waitForDecoration(editor, 'place', name);
    const items = a.correctionsTree.getChildren();
    assert.strictEqual(items.length, 1);
    assert.strictEqual(items[0].kind, 'broken');
    assert.match(String(a.correctionsTree.getTreeItem(items[0]).label), /does not parse/);
    const diagnostics = await waitFor('diagnostics in the corrections file', () => {
      const found = vscode.languages.getDiagnostics(fileUri());
      return found.length ? found : undefined;
    });
    assert.strictEqual(diagnostics[0].severity, vscode.DiagnosticSeverity.Error);
    // A correction now is refused, and the file stays as the reader left it.
    select(editor, { start: name.start + 1, end: name.start + 1 });
    assert.strictEqual(await vscode.commands.executeCommand('newsMarkup.correctMarkup', '“Harbour Centre” is not a name'), false);
    assert.strictEqual(decoder.decode(await vscode.workspace.fs.readFile(fileUri())), broken);
    assert.strictEqual(a.errorCount, errorsBefore, 'no error logged: the reader was told');
  });

  test('a correction whose words the article no longer holds is kept, and reported stale in the view and in the file', async () => {
    const editor = await openArticle(ARTICLE);
    const a = await api();
    await writeFile(
      JSON.stringify({
        version: 1,
        names: [],
        quotes: [{ article: ARTICLE, quote: 'We will close on Friday', speaker: 'Ola Brandt' }],
      }),
    );
    const stale = await waitFor('a stale entry in the Corrections view', () => {
      const node = (a.correctionsTree.getChildren() as CorrectionNode[]).find((n) => n.kind === 'correction');
      return node && node.stale.size ? node : undefined;
    });
    const item = a.correctionsTree.getTreeItem(stale);
    assert.match(String(item.description), /only mall-closure\.article · stale/);
    assert.strictEqual(item.contextValue, 'correction.stale');
    const warnings = await waitFor('a stale warning in the corrections file', () =>
      vscode.languages.getDiagnostics(fileUri()).filter((d) => d.severity === vscode.DiagnosticSeverity.Warning && /stale/.test(d.message)),
    );
    assert.strictEqual(warnings.length, 1);
    assert.ok(editor.document.getText().includes('Everything Must Go'), 'the article is unchanged');
    // Removing it from the view empties the file's lists.
    assert.ok(await vscode.commands.executeCommand('newsMarkup.removeCorrection', stale));
    assert.deepStrictEqual(await readCorrections(), { version: 1, names: [], quotes: [] });
  });

  test('a correction re-marks a 100 KB article: the time to new decorations, beside a full analysis', async function () {
    this.timeout(180_000);
    const a = await api();
    // Numbered paragraphs, so that no paragraph is in the engine's cache from another test.
    const paragraphs = Array.from({ length: 1000 }, (_, i) =>
      i % 3 === 0
        ? `"We expect ${i + 7} more tenants by spring," said Ola Brandt, the manager of Harbour Centre, in statement ${i}.`
        : `Harbour Centre reported ${i * 13} visitors on day ${i}, and the Leeds council counted ${i * 5} cars in its lots.`,
    );
    const text = ['date 2026-03-02', 'title: Harbour Centre traffic', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
    assert.ok(text.length > 100_000 && text.length < 120_000, `${text.length} characters`);
    const uri = workspaceUri('harbour-100kb.article');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const t0 = performance.now();
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
      const name = at(editor, 'Harbour Centre', 1);
      await waitForDecoration(editor, 'place', name, true, 90_000);
      const fullMs = performance.now() - t0;
      const engineFullMs = a.analysis(editor.document).ms;
      select(editor, { start: name.start + 1, end: name.start + 1 });
      const t1 = performance.now();
      await vscode.commands.executeCommand('newsMarkup.correctMarkup', '“Harbour Centre” is an Organization');
      await waitForDecoration(editor, 'organization', name, true, 90_000);
      const correctionMs = performance.now() - t1;
      const engineCorrectionMs = a.analysis(editor.document).ms;
      const centre = a.analysis(editor.document).markup?.entities.find((e) => e.name === 'Harbour Centre');
      assert.strictEqual(centre?.type, 'organization');
      assert.ok(centre.mentions.length >= 1000, `${centre.mentions.length} mentions, every one corrected`);
      const figures = { chars: text.length, fullMs, correctionMs, ratio: correctionMs / fullMs, engineFullMs, engineCorrectionMs };
      console.log(`corrections timing: ${JSON.stringify(figures)}`);
      const dir = process.env.NEWS_MARKUP_SCREENSHOT_DIR;
      if (dir) fs.writeFileSync(path.join(dir, '..', 'corrections-timing.json'), JSON.stringify(figures, null, 2));
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });

  test('screenshots: the Quick Fix menu on a name, and the Corrections view', async () => {
    const a = await api();
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('notifications.clearAll');
    await writeFile(
      JSON.stringify({
        version: 1,
        names: [
          { name: 'England', notAName: true },
          { name: 'Twelve Britons', type: 'person', mark: true },
        ],
        quotes: [
          { article: ARTICLE, quote: 'It is the end of an era', speaker: 'Ola Brandt' },
          { article: ARTICLE, quote: 'We will close on Friday', speaker: 'Ola Brandt' },
        ],
      }),
    );
    const editor = await openArticle(ARTICLE);
    await vscode.commands.executeCommand('newsMarkup.corrections.focus');
    await waitFor('four corrections listed, one stale', () => {
      const nodes = a.correctionsTree.getChildren() as CorrectionNode[];
      return nodes.length === 4 && nodes.filter((n) => n.stale.size).length === 1;
    });
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const name = at(editor, 'Harbour Centre');
    select(editor, { start: name.start + 3, end: name.start + 3 });
    await sleep(300);
    await vscode.commands.executeCommand('editor.action.quickFix');
    await sleep(1200);
    await screenshot('corrections-quick-fix');
    await vscode.commands.executeCommand('hideCodeActionWidget');
    await sleep(300);
    await screenshot('corrections-view');
    assert.strictEqual((await readCorrections()).names.length, 2, 'showing the menu wrote nothing');
  });
});
