import * as assert from 'assert';
import * as vscode from 'vscode';
import type { EntityNode } from '../../../src/extension/entityTrees';
import { EDIT_DEBOUNCE_MS } from '../../../src/extension/settings';
import { api, closeAllEditors, decorated, openArticle, SAMPLE, waitFor } from './markupHelpers';

suite('News Markup: edits', () => {
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await closeAllEditors();
  });

  test('adding a quoted sentence with a speaker updates decorations, trees and status bar', async () => {
    const editor = await openArticle(SAMPLE);
    const a = await api();
    const before = await decorated(editor, 'quote');
    assert.strictEqual(before.length, 7);
    const end = editor.document.positionAt(editor.document.getText().length);
    const added = '\n\n"We will hold the next meeting in Minsk," Defense Minister Sergei Shoigu said.\n';
    const ok = await editor.edit((b) => b.insert(end, added));
    assert.ok(ok);
    const start = editor.document.getText().indexOf('"We will hold');
    const quoteSpan: [number, number] = [start, start + '"We will hold the next meeting in Minsk,"'.length];
    await waitFor('the new quote decorated', () => {
      const r = a.decorationRanges(editor.document.uri)?.quote;
      return (
        r &&
        r.length === 8 &&
        r.some((x) => editor.document.offsetAt(x.start) === quoteSpan[0] && editor.document.offsetAt(x.end) === quoteSpan[1])
      );
    });
    const speakers = await waitFor('a second speaker in the tree', () => {
      const roots = a.trees.speakers.getChildren() as EntityNode[];
      return roots.length === 2 ? roots : undefined;
    });
    const shoigu = speakers.find((s) => s.entity.name.includes('Shoigu'));
    assert.ok(shoigu, speakers.map((s) => s.entity.name).join(', '));
    assert.strictEqual(a.trees.speakers.getTreeItem(shoigu).description, '1');
    assert.strictEqual(a.treeViews.speakers.badge?.value, 8);
    await waitFor('status bar updated', () => /8 quotes · 2 speakers/.test(a.statusBarItem.text));
    const speakerMentions = (await decorated(editor, 'speaker')).map(([s, e]) => editor.document.getText().slice(s, e));
    assert.ok(
      speakerMentions.some((t) => t.includes('Shoigu')),
      speakerMentions.join(' | '),
    );
  });

  test('typing is debounced: one analysis for a burst of edits', async () => {
    const editor = await openArticle(SAMPLE);
    const a = await api();
    a.markup(editor.document);
    const before = a.analysisCount;
    const times: number[] = [];
    for (const ch of ' Quick edits.') {
      await editor.edit((b) => b.insert(editor.document.positionAt(editor.document.getText().length), ch));
      times.push(Date.now());
    }
    await waitFor('decorations after the burst', () => !a.pending && a.decorationRanges(editor.document.uri));
    await new Promise((r) => setTimeout(r, 300));
    // One analysis after the burst, plus one for each pause longer than the debounce (a loaded machine).
    const pauses = times.slice(1).filter((t, i) => t - times[i] >= EDIT_DEBOUNCE_MS).length;
    const analyses = a.analysisCount - before;
    assert.ok(
      analyses >= 1 && analyses <= 1 + pauses,
      `analyses for 13 keystrokes: ${analyses} (pauses over ${EDIT_DEBOUNCE_MS} ms: ${pauses})`,
    );
    assert.strictEqual(a.analysis(editor.document).version, editor.document.version);
  });
});
