import * as assert from 'assert';
import * as vscode from 'vscode';
import type { HighlightKind } from '../../../src/extension/settings';
import { api, closeAllEditors, decorated, Gold, openArticle, pairs, readGold, SAMPLE, setSetting, waitFor } from './markupHelpers';

function contained(haystack: [number, number][], needles: [number, number][]): [number, number][] {
  const set = new Set(haystack.map(([s, e]) => `${s}:${e}`));
  return needles.filter(([s, e]) => !set.has(`${s}:${e}`));
}

suite('News Markup: decorations', () => {
  let gold: Gold;
  let editor: vscode.TextEditor;

  suiteSetup(async () => {
    gold = await readGold();
  });
  setup(async () => {
    editor = await openArticle(SAMPLE);
  });
  teardown(async () => {
    await setSetting('newsMarkup.highlight.organizations', undefined);
    await closeAllEditors();
  });

  test('quotes are decorated exactly on the 7 gold quote spans', async () => {
    assert.deepStrictEqual(await decorated(editor, 'quote'), pairs(gold.quotes));
  });

  test('speaker mentions, people, organizations and places land on the gold spans', async () => {
    const speakerGold = pairs([...gold.quotes, ...gold.reportedSpeech].map((q) => q.speakerMention));
    assert.deepStrictEqual(contained(await decorated(editor, 'speaker'), speakerGold), [], 'every gold speaker mention is decorated');
    for (const type of ['person', 'organization', 'place'] as const) {
      const goldSpans = pairs(gold.entities.filter((e) => e.type === type).flatMap((e) => e.mentions));
      assert.ok(goldSpans.length > 0);
      assert.deepStrictEqual(contained(await decorated(editor, type), goldSpans), [], `every gold ${type} mention is decorated as ${type}`);
    }
    assert.deepStrictEqual(await decorated(editor, 'reported'), pairs(gold.reportedSpeech));
  });

  test('each decoration kind gets exactly the spans of the engine result, nothing else', async () => {
    const a = await api();
    const markup = a.markup(editor.document)!;
    const byKind: Record<HighlightKind, [number, number][]> = {
      quote: pairs(markup.quotes),
      reported: pairs(markup.reported),
      speaker: pairs([...markup.quotes, ...markup.reported].flatMap((q) => (q.speakerMention ? [q.speakerMention] : []))),
      person: pairs(markup.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions)),
      organization: pairs(markup.entities.filter((e) => e.type === 'organization').flatMap((e) => e.mentions)),
      place: pairs(markup.entities.filter((e) => e.type === 'place').flatMap((e) => e.mentions)),
    };
    for (const kind of Object.keys(byKind) as HighlightKind[]) {
      assert.deepStrictEqual(await decorated(editor, kind), byKind[kind], kind);
    }
  });

  test('newsMarkup.highlight.organizations = false turns organizations off and only them', async () => {
    assert.ok((await decorated(editor, 'organization')).length > 0);
    await setSetting('newsMarkup.highlight.organizations', false);
    const a = await api();
    await waitFor('organization decorations cleared', () => a.decorationRanges(editor.document.uri)?.organization.length === 0);
    assert.ok((await decorated(editor, 'quote')).length === 7, 'quotes stay');
    assert.ok((await decorated(editor, 'person')).length > 0, 'people stay');
    await setSetting('newsMarkup.highlight.organizations', undefined);
    await waitFor('organization decorations back', () => (a.decorationRanges(editor.document.uri)?.organization.length ?? 0) > 0);
  });

  test('Toggle Highlights clears every kind and brings them back', async () => {
    const a = await api();
    const before = await decorated(editor, 'person');
    await vscode.commands.executeCommand('newsMarkup.toggleHighlights');
    assert.strictEqual(a.highlightsEnabled, false);
    for (const kind of ['quote', 'speaker', 'person', 'organization', 'place'] as const) {
      assert.deepStrictEqual(await decorated(editor, kind), [], kind);
    }
    await vscode.commands.executeCommand('newsMarkup.toggleHighlights');
    assert.strictEqual(a.highlightsEnabled, true);
    assert.deepStrictEqual(await decorated(editor, 'person'), before);
  });

  test('Highlight Only This (tree context) keeps one entity; Show All Highlights restores', async () => {
    const a = await api();
    const orgs = a.trees.organization.getChildren();
    const sco = orgs.find((n) => n.kind === 'entity' && n.entity.aliases.includes('SCO'));
    assert.ok(sco && sco.kind === 'entity', 'the SCO is in the Organizations tree');
    await vscode.commands.executeCommand('newsMarkup.highlightOnlyEntity', sco);
    const goldSco = gold.entities.find((e) => e.aliases?.includes('SCO'))!;
    assert.deepStrictEqual(await decorated(editor, 'organization'), pairs(goldSco.mentions));
    assert.deepStrictEqual(await decorated(editor, 'person'), []);
    assert.deepStrictEqual(await decorated(editor, 'quote'), [], 'the SCO says nothing');
    await vscode.commands.executeCommand('newsMarkup.showAllHighlights');
    assert.deepStrictEqual(await decorated(editor, 'quote'), pairs(gold.quotes));
    assert.ok((await decorated(editor, 'organization')).length > goldSco.mentions.length);
  });
});
