import * as vscode from 'vscode';
import type { Entity } from '../markup';
import type { Log } from './log';
import type { MarkupStore } from './markupStore';
import { entityById, firstWords, plural, quotesOf, reportedOf, toRange } from './spans';

/** Outline: speakers with their quotes, then organizations (with their mentions' extent). */
export class MarkupDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  provideDocumentSymbols(document: vscode.TextDocument): vscode.DocumentSymbol[] {
    return this.log.guard('document symbols', [], () => {
      const markup = this.store.markup(document);
      if (!markup) return [];
      const symbols: vscode.DocumentSymbol[] = [];
      for (const speaker of markup.speakers) {
        const entity = entityById(markup, speaker.entityId);
        if (!entity) continue;
        const quotes = [...quotesOf(markup, entity.id), ...reportedOf(markup, entity.id)].sort((a, b) => a.start - b.start);
        const children = quotes.map((q) => {
          const range = toRange(document, q);
          const reported = markup.reported.includes(q);
          return new vscode.DocumentSymbol(firstWords(q.text), reported ? 'reported' : 'quote', vscode.SymbolKind.String, range, range);
        });
        const symbol = entitySymbol(document, entity, children, `${plural(speaker.quoteCount, 'quote')}`);
        symbols.push(symbol);
      }
      for (const entity of markup.entities.filter((e) => e.type === 'organization')) {
        symbols.push(entitySymbol(document, entity, [], plural(entity.mentions.length, 'mention')));
      }
      return symbols;
    });
  }
}

function entitySymbol(document: vscode.TextDocument, entity: Entity, children: vscode.DocumentSymbol[], detail: string): vscode.DocumentSymbol {
  const spans = [...entity.mentions, ...children.map((c) => ({ start: document.offsetAt(c.range.start), end: document.offsetAt(c.range.end) }))];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const range = toRange(document, { start, end });
  const first = entity.mentions[0] ?? { start, end: start };
  const kind = entity.type === 'person' ? vscode.SymbolKind.Object : entity.type === 'organization' ? vscode.SymbolKind.Namespace : vscode.SymbolKind.Module;
  const symbol = new vscode.DocumentSymbol(entity.name, detail, kind, range, toRange(document, first));
  symbol.children = children;
  return symbol;
}
