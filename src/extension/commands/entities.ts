import * as vscode from 'vscode';
import type { Entity, Markup } from '../../markup';
import type { TreeNode } from '../entityTrees';
import { entityByKey, entityKey, quotesOf } from '../markupQueries';
import type { MarkupStore } from '../markupStore';
import { revealSpan } from '../navigation';
import { entityLocations } from '../references';
import type { CommandHandlers, CommandServices } from './types';

interface FoundEntity {
  document: vscode.TextDocument;
  markup: Markup;
  entity: Entity;
}

/** The commands on an entity (or one of its quotes or mentions) in the sidebar trees. */
export function entityCommands({ store, decorations }: CommandServices): CommandHandlers {
  return {
    'newsMarkup.copySpeakerQuotes': async (node?: unknown) => {
      const found = await entityOf(store, node);
      return found && copySpeakerQuotes(found);
    },
    'newsMarkup.findAllMentions': async (node?: unknown) => {
      const found = await entityOf(store, node);
      return found && findAllMentions(found);
    },
    'newsMarkup.highlightOnlyEntity': async (node?: unknown) => {
      const found = await entityOf(store, node);
      if (found) await decorations.setOnly(entityKey(found.entity));
      return decorations.onlyEntity;
    },
  };
}

async function entityOf(store: MarkupStore, node: unknown): Promise<FoundEntity | undefined> {
  const n = node as TreeNode | undefined;
  const entityNode = n?.kind === 'entity' ? n : n?.kind === 'span' ? n.parent : undefined;
  if (!entityNode) return undefined;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entityNode.uri.toString());
  const markup = document && (await store.ready(document)).markup;
  // Re-read from the current analysis: the node may be from an older version.
  const entity = markup ? entityByKey(markup, entityKey(entityNode.entity)) : undefined;
  return document && markup && entity ? { document, markup, entity } : undefined;
}

async function copySpeakerQuotes({ markup, entity }: FoundEntity): Promise<string> {
  const quotes = quotesOf(markup, entity.id).map((q) => q.text.replace(/\s+/g, ' '));
  const text = quotes.join('\n');
  await vscode.env.clipboard.writeText(text);
  void vscode.window.setStatusBarMessage(
    `News Markup: copied ${quotes.length} quote${quotes.length === 1 ? '' : 's'} by ${entity.name}`,
    3000,
  );
  return text;
}

async function findAllMentions({ document, markup, entity }: FoundEntity): Promise<vscode.Location[]> {
  const locations = entityLocations(document, markup, entity);
  if (locations.length === 0) return locations;
  const first = locations[0].range;
  const editor = await revealSpan(document.uri, document.offsetAt(first.start), document.offsetAt(first.end));
  const commands = await vscode.commands.getCommands(true);
  if (editor && commands.includes('references-view.findReferences')) {
    // The References view ("reference results"), fed by our reference provider at the first mention.
    editor.selection = new vscode.Selection(first.start, first.start);
    await vscode.commands.executeCommand('references-view.findReferences');
  } else {
    await vscode.commands.executeCommand('editor.action.showReferences', document.uri, first.start, locations);
  }
  return locations;
}
