// Shared helpers for the News Markup feature suites: they drive the real extension through its
// commands and read outcomes through the API `activate` returns (no mocks of vscode).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { NewsMarkupApi } from '../../../src/extension/api';
import type { HighlightKind } from '../../../src/extension/settings';

export const EXTENSION_ID = 'news-markup.news-markup';
export const SAMPLE = 'tass-2022-12-09.txt';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}
export interface Gold {
  entities: {
    name: string;
    type: 'person' | 'organization' | 'place';
    aliases?: string[];
    mentions: GoldSpan[];
    descriptors?: GoldSpan[];
  }[];
  quotes: (GoldSpan & { speaker: string; speakerMention: GoldSpan; cue: GoldSpan })[];
  reportedSpeech: (GoldSpan & { speaker: string; speakerMention: GoldSpan; cue: GoldSpan })[];
}

export async function api(): Promise<NewsMarkupApi> {
  const ext = vscode.extensions.getExtension<NewsMarkupApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed in the host`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function workspaceUri(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the runner opened a workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

export async function readGold(): Promise<Gold> {
  const bytes = await vscode.workspace.fs.readFile(workspaceUri('tass-2022-12-09.gold.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as Gold;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `condition` until it returns a truthy value; fails with `what` after `timeoutMs`. */
export async function waitFor<T>(
  what: string | (() => string),
  condition: () => T | undefined | null | false,
  timeoutMs = 10_000,
): Promise<T> {
  const t0 = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = condition();
      if (value) return value;
    } catch (err) {
      last = err;
    }
    if (Date.now() - t0 > timeoutMs)
      assert.fail(
        `timed out after ${timeoutMs} ms waiting for ${typeof what === 'string' ? what : what()}${last ? ` (${String(last)})` : ''}`,
      );
    await sleep(50);
  }
}

/** Opens a workspace file in an editor and waits until its decorations are applied. */
export async function openArticle(name: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  await api();
  const document = await vscode.workspace.openTextDocument(workspaceUri(name));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: column, preview: false });
  // A .txt export opens as Plain Text and the extension switches it to the Article mode.
  await waitFor(
    () => `${name} in the Article mode (is ${document.languageId})`,
    () => document.languageId === 'article',
  );
  await settled(editor);
  return editor;
}

/** Waits until no edit is pending and the editor's decorations match its current version. */
export async function settled(editor: vscode.TextEditor, timeoutMs = 10_000): Promise<void> {
  const a = await api();
  const doc = editor.document;
  await waitFor(
    () =>
      `decorations of ${doc.uri.path} (language ${doc.languageId}, pending ${a.pending}, status ${a.analysis(doc).status}, errors ${a.errorCount})`,
    () => !a.pending && a.decorationRanges(doc.uri) && a.analysis(doc),
    timeoutMs,
  );
  await sleep(50);
}

export function offsets(document: vscode.TextDocument, ranges: readonly vscode.Range[]): [number, number][] {
  return ranges
    .map((r) => [document.offsetAt(r.start), document.offsetAt(r.end)] as [number, number])
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export function pairs(spans: readonly { start: number; end: number }[]): [number, number][] {
  return spans.map((s) => [s.start, s.end] as [number, number]).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
}

export async function decorated(editor: vscode.TextEditor, kind: HighlightKind): Promise<[number, number][]> {
  const a = await api();
  const ranges = a.decorationRanges(editor.document.uri);
  assert.ok(ranges, 'decorations were applied');
  return offsets(editor.document, ranges[kind]);
}

export function selectionOffsets(editor: vscode.TextEditor): [number, number] {
  return [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
}

export { screenshot } from '../screenshot';

/**
 * Runs a command that shows a quick pick, then runs `action` (accept / close) until the command
 * finishes: the quick pick may take a while to appear on a loaded machine.
 */
export async function answerQuickPick(command: string, action: string, timeoutMs = 15_000): Promise<unknown> {
  let finished = false;
  const running = Promise.resolve(vscode.commands.executeCommand(command)).finally(() => (finished = true));
  const t0 = Date.now();
  while (!finished && Date.now() - t0 < timeoutMs) {
    await sleep(250);
    if (!finished) await vscode.commands.executeCommand(action);
  }
  assert.ok(finished, `${command} finished after ${action}`);
  return running;
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await sleep(100);
}

/** Updates a setting (workspace scope) and waits for the change event to reach the extension. */
export async function setSetting(key: string, value: unknown): Promise<void> {
  const [section, ...rest] = key.split('.');
  await vscode.workspace.getConfiguration(section).update(rest.join('.'), value, vscode.ConfigurationTarget.Workspace);
  await sleep(150);
}
