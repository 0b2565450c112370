import { stringify } from 'csv-stringify/sync';
import { CSV_OPTIONS } from '../corpus/rows';
import * as vscode from 'vscode';
import { markupToJson } from '../markup/serialize';
import type { Markup } from '../markup';
import { entityById } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { articleEditor } from './navigation';
import { writeFileAtomically } from './writeFile';

export const CSV_COLUMNS = [
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
] as const;

/** One row per direct quote and per reported-speech span, in text order, offsets in UTF-16 units. */
export function quotesToCsv(document: vscode.TextDocument, markup: Markup): string {
  const rows = [...markup.quotes.map((q) => ({ q, kind: 'quote' })), ...markup.reported.map((q) => ({ q, kind: 'reported' }))]
    .sort((a, b) => a.q.start - b.q.start)
    .map(({ q, kind }) => [
      kind,
      q.text,
      q.start,
      q.end,
      document.positionAt(q.start).line + 1,
      entityById(markup, q.speaker)?.name ?? '',
      q.speaker ?? '',
      q.speakerMention?.text ?? '',
      q.speakerMention?.start ?? '',
      q.speakerMention?.end ?? '',
      q.cue?.text ?? '',
      q.rule ?? '',
    ]);
  return stringify(rows, { header: true, columns: [...CSV_COLUMNS], ...CSV_OPTIONS });
}

function stem(uri: vscode.Uri): string {
  const base = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base || 'article';
}

/** The document a command works on: the URI it was given (explorer / editor title), else the active article. */
async function targetDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === resource.toString());
    return open ?? (await vscode.workspace.openTextDocument(resource));
  }
  const editor = articleEditor() ?? vscode.window.activeTextEditor;
  return editor?.document;
}

function defaultTarget(document: vscode.TextDocument, suffix: string): vscode.Uri {
  const name = `${stem(document.uri)}${suffix}`;
  if (document.uri.scheme !== 'untitled') return vscode.Uri.joinPath(document.uri, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
}

/**
 * Export Markup as JSON / Quotes as CSV. `target` (tests, scripts) skips the save dialog.
 * Returns the written file, or undefined when cancelled.
 */
export async function exportMarkup(
  store: MarkupStore,
  format: 'json' | 'csv',
  resource?: unknown,
  target?: unknown,
): Promise<vscode.Uri | undefined> {
  const document = await targetDocument(resource);
  if (!document) {
    void vscode.window.showInformationMessage('News Markup: open an article to export its markup.');
    return undefined;
  }
  const analysis = await store.ready(document);
  if (!analysis.markup) {
    void vscode.window.showWarningMessage(
      analysis.status === 'binary'
        ? 'News Markup: the file looks binary and was not analysed; nothing to export.'
        : 'News Markup: the analysis failed; nothing to export.',
    );
    return undefined;
  }
  const suffix = format === 'json' ? '.markup.json' : '.quotes.csv';
  let uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
  if (!uri) {
    uri = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document, suffix),
      filters: format === 'json' ? { JSON: ['json'] } : { CSV: ['csv'] },
      title: format === 'json' ? 'Export Markup as JSON' : 'Export Quotes as CSV',
    });
    if (!uri) return undefined;
  }
  const text = format === 'json' ? `${markupToJson(analysis.markup, stem(document.uri), 2)}\n` : quotesToCsv(document, analysis.markup);
  await writeFileAtomically(uri, text);
  const written = uri;
  void vscode.window
    .showInformationMessage(`News Markup: exported to ${written.path.slice(written.path.lastIndexOf('/') + 1)}`, 'Open')
    .then((choice) => {
      if (choice === 'Open') void vscode.window.showTextDocument(written);
    });
  return written;
}
