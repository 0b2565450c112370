import * as vscode from 'vscode';
import type { MarkupStore } from './markupStore';
import { isArticle } from './settings';

/**
 * The article the sidebar and the status bar follow: the active editor's document when it is an
 * article; kept while focus is in a view or panel and the article is still visible; cleared when a
 * non-article editor becomes active, no editor shows it, or it closes. Fires when it changes or
 * its analysis changes.
 */
export class ActiveArticle implements vscode.Disposable {
  private current: vscode.TextDocument | undefined;
  private readonly emitter = new vscode.EventEmitter<vscode.TextDocument | undefined>();
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(store: MarkupStore) {
    this.update();
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.update()),
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.current) {
          this.current = undefined;
          this.update(true);
        }
      }),
      store.onDidChange((e) => {
        if (this.current && e.uri.toString() === this.current.uri.toString()) this.emitter.fire(this.current);
      }),
    );
  }

  get document(): vscode.TextDocument | undefined {
    return this.current && !this.current.isClosed && isArticle(this.current) ? this.current : undefined;
  }

  /** The visible editor showing the current article, if any. */
  get editor(): vscode.TextEditor | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    const active = vscode.window.activeTextEditor;
    if (active?.document === doc) return active;
    return vscode.window.visibleTextEditors.find((e) => e.document === doc);
  }

  private update(force = false): void {
    const editor = vscode.window.activeTextEditor;
    let next = this.current;
    if (editor) next = isArticle(editor.document) ? editor.document : undefined;
    if (next && (next.isClosed || !isArticle(next))) next = undefined;
    // No editor shows it any more (all closed, or another kind of editor on top): follow nothing.
    if (next && !editor && !vscode.window.visibleTextEditors.some((e) => e.document === next)) next = undefined;
    // A language change by hand reopens the document as a new object with the same URI.
    if (!next && editor && isArticle(editor.document)) next = editor.document;
    if (next !== this.current || force) {
      this.current = next;
      void vscode.commands.executeCommand('setContext', 'newsMarkup.hasArticle', !!next);
      this.emitter.fire(next);
    } else if (next === undefined && this.current === undefined) {
      void vscode.commands.executeCommand('setContext', 'newsMarkup.hasArticle', false);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
