import * as vscode from 'vscode';
import type { Entity, Markup } from '../markup';
import type { Log } from './log';
import { entityAt, entitySpans } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { toRange } from './ranges';

/** Every place the article refers to the entity, as locations. */
export function entityLocations(document: vscode.TextDocument, markup: Markup, entity: Entity): vscode.Location[] {
  return entitySpans(markup, entity).map((m) => new vscode.Location(document.uri, toRange(document, m)));
}

/** Find All References on a mention lists all mentions of that entity. */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly store: MarkupStore,
    private readonly log: Log,
  ) {}

  async provideReferences(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Location[]> {
    return this.log.guardAsync('references', [], async () => {
      const markup = (await this.store.ready(document)).markup;
      const hit = markup && entityAt(markup, document.offsetAt(position));
      return markup && hit ? entityLocations(document, markup, hit.entity) : [];
    });
  }
}
