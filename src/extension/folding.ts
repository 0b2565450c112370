import * as vscode from 'vscode';
import type { Log } from './log';
import type { MarkupStore } from './markupStore';

/** One folding range per paragraph that spans more than one line. */
export class ParagraphFoldingProvider implements vscode.FoldingRangeProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideFoldingRanges(document: vscode.TextDocument): Promise<vscode.FoldingRange[]> {
    return this.log.guardAsync('folding', [], async () => {
      const markup = (await this.store.ready(document)).markup;
      if (!markup) return [];
      const ranges: vscode.FoldingRange[] = [];
      for (const p of markup.paragraphs) {
        const start = document.positionAt(p.start).line;
        // An end right after a line break belongs to the previous line.
        const endPos = document.positionAt(Math.max(p.start, p.end - 1));
        if (endPos.line > start) ranges.push(new vscode.FoldingRange(start, endPos.line));
      }
      return ranges;
    });
  }
}
