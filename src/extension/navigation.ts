import * as vscode from 'vscode';
import type { Quote } from '../markup';
import { entityById, plural, quotesOf } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';
import { isArticle } from './settings';

/** The article editor a command acts on: the active one, else a visible article editor. */
export function articleEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (isArticle(active?.document)) return active;
  return vscode.window.visibleTextEditors.find((e) => isArticle(e.document));
}

function toUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  return undefined;
}

/**
 * Selects [start, end) in the document and reveals it. Reuses the editor that already shows the
 * document (in its column), otherwise opens it in the active column.
 */
export async function revealSpan(uriArg: unknown, start: number, end: number): Promise<vscode.TextEditor | undefined> {
  const uri = toUri(uriArg);
  if (!uri || typeof start !== 'number' || typeof end !== 'number') return undefined;
  const existing =
    (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString() ? vscode.window.activeTextEditor : undefined) ??
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const document = existing?.document ?? (await vscode.workspace.openTextDocument(uri));
  const max = document.getText().length;
  const range = toRange(document, { start: Math.min(start, max), end: Math.min(Math.max(start, end), max) });
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: existing?.viewColumn,
    preserveFocus: false,
    preview: existing ? undefined : true,
  });
  select(editor, range);
  return editor;
}

export function select(editor: vscode.TextEditor, range: vscode.Range): void {
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** Next / Previous Quote: from the start of the selection, wrapping around at the ends. */
export async function stepQuote(store: MarkupStore, direction: 1 | -1): Promise<Quote | undefined> {
  const editor = articleEditor();
  if (!editor) {
    void vscode.window.setStatusBarMessage('News Markup: no article editor', 2000);
    return undefined;
  }
  const quotes = (await store.ready(editor.document)).markup?.quotes ?? [];
  if (quotes.length === 0) {
    void vscode.window.setStatusBarMessage('News Markup: no quotes in this article', 2000);
    return undefined;
  }
  const here = editor.document.offsetAt(editor.selection.start);
  let target = direction === 1 ? quotes.find((q) => q.start > here) : [...quotes].reverse().find((q) => q.start < here);
  if (!target) {
    target = direction === 1 ? quotes[0] : quotes[quotes.length - 1];
    void vscode.window.setStatusBarMessage(`News Markup: wrapped to the ${direction === 1 ? 'first' : 'last'} quote`, 2000);
  }
  select(editor, toRange(editor.document, target));
  return target;
}

/** Go to Speaker…: a quick pick of the speakers; going to the chosen one's first quote. */
export async function goToSpeaker(store: MarkupStore): Promise<void> {
  const editor = articleEditor();
  const markup = editor && (await store.ready(editor.document)).markup;
  if (!editor || !markup) {
    void vscode.window.showInformationMessage('News Markup: open an article to go to a speaker.');
    return;
  }
  type Item = vscode.QuickPickItem & { target: { start: number; end: number } };
  const items: Item[] = [];
  for (const s of markup.speakers) {
    const entity = entityById(markup, s.entityId);
    const first = quotesOf(markup, s.entityId)[0] ?? markup.reported.find((q) => q.speaker === s.entityId) ?? entity?.mentions[0];
    if (!first) continue;
    items.push({
      label: s.name,
      description: `${plural(s.quoteCount, 'quote')}${s.reportedCount ? ` · ${s.reportedCount} reported` : ''}`,
      detail: first.text.length > 120 ? `${first.text.slice(0, 120)}…` : first.text,
      target: first,
    });
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage('News Markup: no speakers in this article.');
    return;
  }
  const document = editor.document;
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Go to Speaker',
    placeHolder: 'Speaker (goes to their first quote)',
    matchOnDetail: true,
  });
  if (picked) await revealSpan(document.uri, picked.target.start, picked.target.end);
}
