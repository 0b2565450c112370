import * as vscode from 'vscode';
import type { Log } from './log';
import { LANGUAGE_ID, SECTION } from './settings';

/** The language contribution's `firstLine`: an exported corpus article starts with `date YYYY-MM-DD`. */
export const ARTICLE_FIRST_LINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\b/;
const SCHEMES = new Set(['file', 'vscode-remote', 'vscode-vfs']);
/**
 * A close then an open of the same URI within this window is a language change by hand: VS Code sends
 * the two together. A wider window took a tab closed and opened again at once (a test, a quick reader)
 * for an opt-out, and the article stayed Plain Text for the session.
 */
const REOPEN_MS = 50;

/**
 * A file of the disk or of the workspace: a virtual workspace's own scheme counts (github.dev's
 * `vscode-vfs`, vscode.dev's, test-web's `vscode-test-web`), output channels and diffs' `git:` do not.
 */
function isWorkspaceFile(uri: vscode.Uri): boolean {
  return SCHEMES.has(uri.scheme) || vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/**
 * VS Code maps `.txt` to Plain Text by extension before it looks at `firstLine`, so the language
 * contribution alone never opens `tass-2022-12-09.txt` as an article. This switches plain-text
 * files whose first line is `date YYYY-MM-DD` to the Article mode when they open — unless the user
 * has just switched that file to Plain Text by hand (then it is left alone for the session).
 */
export class ArticleDetection implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly recentlyClosedArticles = new Map<string, number>();
  private readonly optedOut = new Set<string>();

  constructor(private readonly log: Log) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((doc) => void this.check(doc)),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc.languageId === LANGUAGE_ID) this.recentlyClosedArticles.set(doc.uri.toString(), Date.now());
      }),
    );
    for (const doc of vscode.workspace.textDocuments) void this.check(doc);
  }

  private enabled(): boolean {
    return vscode.workspace.getConfiguration(SECTION).get<boolean>('detectArticlesInTextFiles', true) !== false;
  }

  private async check(doc: vscode.TextDocument): Promise<void> {
    try {
      if (doc.languageId !== 'plaintext' || !isWorkspaceFile(doc.uri) || doc.isClosed || !this.enabled()) return;
      const key = doc.uri.toString();
      const closedAt = this.recentlyClosedArticles.get(key);
      this.recentlyClosedArticles.delete(key);
      if (closedAt !== undefined && Date.now() - closedAt < REOPEN_MS) this.optedOut.add(key);
      if (this.optedOut.has(key)) return;
      if (doc.lineCount === 0 || !ARTICLE_FIRST_LINE.test(doc.lineAt(0).text.slice(0, 200))) return;
      await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
    } catch (err) {
      this.log.error(`article detection for ${doc.uri.toString()}`, err);
    }
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
