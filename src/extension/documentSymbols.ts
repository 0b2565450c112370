import * as vscode from 'vscode';
import type { Entity } from '../markup';
import type { Log } from './log';
import { entityById, firstWords, plural, quotesOf, reportedOf } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';

/**
 * Outline: a "Speakers" group (each speaker with their quotes), then an "Organizations" group.
 * The groups span the whole text, so the outline's sort by position keeps them in this order.
 */
export class MarkupDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideDocumentSymbols(document: vscode.TextDocument): Promise<vscode.DocumentSymbol[]> {
    return this.log.guardAsync('document symbols', [], async () => {
      const markup = (await this.store.ready(document)).markup;
      if (!markup) return [];
      const speakers: vscode.DocumentSymbol[] = [];
      const organizations: vscode.DocumentSymbol[] = [];
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
        speakers.push(symbol);
      }
      // The story's organizations: not an agency named only in a photo credit or a byline.
      for (const entity of markup.entities.filter((e) => e.type === 'organization' && !e.credit)) {
        organizations.push(entitySymbol(document, entity, [], plural(entity.mentions.length, 'mention')));
      }
      const whole = new vscode.Range(new vscode.Position(0, 0), document.lineAt(Math.max(0, document.lineCount - 1)).range.end);
      const group = (name: string, detail: string, children: vscode.DocumentSymbol[]) => {
        const symbol = new vscode.DocumentSymbol(name, detail, vscode.SymbolKind.Package, whole, new vscode.Range(0, 0, 0, 0));
        symbol.children = children;
        return symbol;
      };
      const symbols: vscode.DocumentSymbol[] = [];
      if (speakers.length) symbols.push(group('Speakers', plural(markup.quotes.length, 'quote'), speakers));
      if (organizations.length) symbols.push(group('Organizations', String(organizations.length), organizations));
      return symbols;
    });
  }
}

function entitySymbol(
  document: vscode.TextDocument,
  entity: Entity,
  children: vscode.DocumentSymbol[],
  detail: string,
): vscode.DocumentSymbol {
  const spans = [
    ...entity.mentions,
    ...children.map((c) => ({ start: document.offsetAt(c.range.start), end: document.offsetAt(c.range.end) })),
  ];
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  const range = toRange(document, { start, end });
  const first = entity.mentions[0] ?? { start, end: start };
  const kind =
    entity.type === 'person'
      ? vscode.SymbolKind.Object
      : entity.type === 'organization'
        ? vscode.SymbolKind.Namespace
        : vscode.SymbolKind.Module;
  const symbol = new vscode.DocumentSymbol(entity.name, detail, kind, range, toRange(document, first));
  symbol.children = children;
  return symbol;
}
