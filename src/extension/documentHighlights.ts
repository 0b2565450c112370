import * as vscode from 'vscode';
import type { Log } from './log';
import { entityAt, entitySpans } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';

/** With the cursor on a mention, highlights every mention of the same entity. */
export class EntityHighlightProvider implements vscode.DocumentHighlightProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.DocumentHighlight[]> {
    return this.log.guardAsync('document highlights', [], async () => {
      const markup = (await this.store.ready(document)).markup;
      const hit = markup && entityAt(markup, document.offsetAt(position));
      if (!markup || !hit) return [];
      return entitySpans(markup, hit.entity).map(
        (m) => new vscode.DocumentHighlight(toRange(document, m), vscode.DocumentHighlightKind.Text),
      );
    });
  }
}
