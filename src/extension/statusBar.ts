import * as vscode from 'vscode';
import type { ActiveArticle } from './activeArticle';
import type { Log } from './log';
import { plural } from './markupQueries';
import type { MarkupStore } from './markupStore';

/** "N quotes · M speakers" for the active article; a click opens the News Markup sidebar. */
export class StatusBar implements vscode.Disposable {
  readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly article: ActiveArticle,
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {
    this.item = vscode.window.createStatusBarItem('newsMarkup.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'News Markup';
    this.item.command = { command: 'workbench.view.extension.newsMarkup', title: 'Show the News Markup sidebar' };
    this.disposables.push(
      this.item,
      article.onDidChange(() => this.update()),
    );
    this.update();
  }

  update(): void {
    this.log.guard('status bar', undefined, () => {
      const document = this.article.document;
      if (!document) {
        this.item.hide();
        return;
      }
      const a = this.store.get(document);
      const tooltip = new vscode.MarkdownString(undefined, true);
      this.item.backgroundColor = undefined;
      if (a.status === 'pending') {
        this.item.text = '$(sync~spin) News Markup: analysing…';
        tooltip.appendMarkdown(`Analysing ${Math.min(a.length, a.cap).toLocaleString('en-US')} characters in the background.`);
      } else if (a.status === 'binary') {
        this.item.text = '$(circle-slash) News Markup: binary file, not analysed';
        tooltip.appendMarkdown('The file has a NUL character in its first 8 KB: it looks binary, so it was not analysed.');
      } else if (a.status === 'failed' || !a.markup) {
        this.item.text = '$(error) News Markup: analysis failed';
        tooltip.appendMarkdown('The analysis failed: see the "News Markup" output.');
        this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
      } else {
        const m = a.markup;
        const cap = a.cap.toLocaleString('en-US');
        this.item.text = `$(quote) ${plural(m.quotes.length, 'quote')} · ${plural(m.speakers.length, 'speaker')}`;
        const credits = m.entities.filter((e) => e.credit).length;
        const counts = [
          plural(m.quotes.length, 'quote'),
          plural(m.reported.length, 'reported speech span', 'reported speech spans'),
          plural(m.speakers.length, 'speaker'),
          plural(m.entities.length - credits, 'entity', 'entities') + (credits ? ` (and ${credits} in credits)` : ''),
        ];
        tooltip.appendMarkdown(`**News Markup** — ${counts.join(', ')}.\n\n`);
        if (a.status === 'truncated') {
          this.item.text += ` $(warning) first ${cap} chars`;
          const length = a.length.toLocaleString('en-US');
          tooltip.appendMarkdown(
            `Only the first ${cap} of ${length} characters were analysed (setting \`newsMarkup.maxAnalyzedSize\`).\n\n`,
          );
          this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
        } else {
          tooltip.appendMarkdown(`Analysed ${a.length.toLocaleString('en-US')} characters (cap ${cap}).\n\n`);
        }
        for (const notice of m.notices) tooltip.appendText(`${notice}\n\n`);
        tooltip.appendMarkdown('Click to show the News Markup sidebar.');
      }
      this.item.tooltip = tooltip;
      this.item.show();
    });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
