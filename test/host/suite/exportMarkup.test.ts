import * as assert from 'assert';
import * as vscode from 'vscode';
import { api, closeAllEditors, Gold, openArticle, pairs, readGold, SAMPLE, workspaceUri } from './markupHelpers';

/** A small RFC 4180 reader, enough to check what csv-stringify wrote. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

suite('News Markup: export', () => {
  let gold: Gold;
  suiteSetup(async () => {
    gold = await readGold();
  });
  teardown(closeAllEditors);

  test('Export Markup as JSON writes the CLI format (markupToJson) with the gold quotes', async () => {
    const editor = await openArticle(SAMPLE);
    const target = workspaceUri('out', 'sample.markup.json');
    const written = await vscode.commands.executeCommand<vscode.Uri>('newsMarkup.exportMarkupAsJson', undefined, target);
    assert.strictEqual(written?.toString(), target.toString());
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    assert.strictEqual(json.id, 'tass-2022-12-09');
    assert.strictEqual(json.length, editor.document.getText().length);
    assert.deepStrictEqual(pairs(json.quotes), pairs(gold.quotes));
    const a = await api();
    const { id: _id, ...rest } = json;
    assert.deepStrictEqual(rest, JSON.parse(JSON.stringify(a.markup(editor.document))), 'the same Markup the editor shows');
  });

  test('Export Quotes as CSV: one row per quote and reported speech with speaker, mention, cue', async () => {
    const editor = await openArticle(SAMPLE);
    const target = workspaceUri('out', 'sample.quotes.csv');
    await vscode.commands.executeCommand('newsMarkup.exportQuotesAsCsv', editor.document.uri, target);
    const rows = parseCsv(new TextDecoder().decode(await vscode.workspace.fs.readFile(target)));
    const [header, ...records] = rows;
    assert.deepStrictEqual(header, [
      'kind',
      'text',
      'start',
      'end',
      'line',
      'speaker',
      'speakerId',
      'speakerMention',
      'speakerMentionStart',
      'speakerMentionEnd',
      'cue',
      'rule',
    ]);
    const quotes = records.filter((r) => r[0] === 'quote');
    assert.strictEqual(quotes.length, 7);
    assert.strictEqual(records.filter((r) => r[0] === 'reported').length, gold.reportedSpeech.length);
    quotes.forEach((r, i) => {
      const g = gold.quotes[i];
      assert.strictEqual(r[1], g.text, 'text with its quote marks and commas survives the CSV');
      assert.deepStrictEqual([Number(r[2]), Number(r[3])], [g.start, g.end]);
      assert.strictEqual(r[5], 'Vladimir Putin');
      assert.strictEqual(r[7], g.speakerMention.text);
      assert.strictEqual(r[10], g.cue.text);
    });
  });
});
