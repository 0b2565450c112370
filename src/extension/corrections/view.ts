import * as vscode from 'vscode';
import { nameCorrectionKind, quoteCorrectionKind, type NameCorrection, type QuoteCorrection } from '../../markup/corrections';
import { firstWords } from '../markupQueries';
import { TYPE_NAME } from './offers';
import { entryRange, type CorrectionProblems } from './stale';
import type { CorrectionsStore, FolderCorrections } from './store';

export const CORRECTIONS_VIEW = 'newsMarkup.corrections';

export interface FolderNode {
  readonly kind: 'folder';
  readonly file: FolderCorrections;
}

export interface CorrectionNode {
  readonly kind: 'correction';
  readonly file: FolderCorrections;
  readonly list: 'names' | 'quotes';
  readonly index: number;
  readonly entry: NameCorrection | QuoteCorrection;
  readonly label: string;
  /** Where it sits in the file's text. */
  readonly range?: { start: number; end: number };
  /** Article → why the correction no longer finds its words there. */
  readonly stale: ReadonlyMap<string, string>;
}

/** A file that does not parse: one item saying so, which opens it. */
export interface BrokenNode {
  readonly kind: 'broken';
  readonly file: FolderCorrections;
}

export type CorrectionsViewNode = FolderNode | CorrectionNode | BrokenNode;

const q = (s: string) => `“${s}”`;

/** A correction in a few words: "Harbour Centre → Place", "“We will stay …” → Ola Brandt". */
export function describeCorrection(list: 'names' | 'quotes', entry: NameCorrection | QuoteCorrection): string {
  if (list === 'names') {
    const c = entry as NameCorrection;
    switch (nameCorrectionKind(c)) {
      case 'retype':
        return `${c.name} → ${TYPE_NAME[c.type!]}`;
      case 'notAName':
        return `${c.name} → not a name`;
      case 'mark':
        return `${c.name} → marked ${TYPE_NAME[c.type!]}`;
      case 'sameAs':
        return `${c.name} = ${c.sameAs}`;
      case 'notSameAs':
        return `${c.name} ≠ ${c.notSameAs}`;
    }
  }
  const c = entry as QuoteCorrection;
  const words = q(firstWords(c.quote.replace(/^["“”«»'‘’]+|["“”«»'‘’]+$/gu, ''), 6, 40));
  const kind = quoteCorrectionKind(c);
  if (kind === 'notAQuote') return `${words} → not a quote`;
  const speaker = c.speaker === undefined ? '' : c.speaker === null ? ' → nobody named' : ` → ${c.speaker}`;
  return `${words}${kind === 'markAsQuote' ? ' → marked quote' : ''}${speaker}`;
}

/** The Corrections view: every correction of every folder, its scope, and whether it is stale. */
export class CorrectionsTreeProvider implements vscode.TreeDataProvider<CorrectionsViewNode> {
  private readonly emitter = new vscode.EventEmitter<CorrectionsViewNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(
    private readonly corrections: CorrectionsStore,
    private readonly problems: CorrectionProblems,
  ) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  getChildren(node?: CorrectionsViewNode): CorrectionsViewNode[] {
    const files = this.corrections.all().filter((f) => f.state !== 'absent');
    if (!node) return files.length === 1 ? this.entries(files[0]) : files.map((file) => ({ kind: 'folder', file }));
    return node.kind === 'folder' ? this.entries(node.file) : [];
  }

  private entries(file: FolderCorrections): CorrectionsViewNode[] {
    if (file.state === 'invalid') return [{ kind: 'broken', file }];
    return (['names', 'quotes'] as const).flatMap((list) =>
      file.corrections[list].map((entry, index) => ({
        kind: 'correction' as const,
        file,
        list,
        index,
        entry,
        label: describeCorrection(list, entry),
        range: entryRange(file, list, index),
        stale: this.problems.staleIn(entry),
      })),
    );
  }

  getTreeItem(node: CorrectionsViewNode): vscode.TreeItem {
    if (node.kind === 'folder') {
      const item = new vscode.TreeItem(node.file.folder.name, vscode.TreeItemCollapsibleState.Expanded);
      item.iconPath = new vscode.ThemeIcon(node.file.state === 'invalid' ? 'error' : 'root-folder');
      item.description =
        node.file.state === 'invalid' ? 'does not parse' : String(node.file.corrections.names.length + node.file.corrections.quotes.length);
      return item;
    }
    const open = { command: 'newsMarkup.openCorrectionsFile', title: 'Open Corrections File', arguments: [node] };
    if (node.kind === 'broken') {
      const first = node.file.problems[0];
      const item = new vscode.TreeItem(`${vscode.workspace.asRelativePath(node.file.uri)} does not parse`);
      item.description = 'corrections paused';
      const paused = 'The markup goes on without the corrections until the file is fixed; nothing is written to it meanwhile.';
      item.tooltip = `${first.path ? `${first.path}: ` : ''}${first.message}\n\n${paused}`;
      item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
      item.command = open;
      return item;
    }
    const item = new vscode.TreeItem(node.label);
    const article = node.list === 'quotes' || (node.entry as NameCorrection).article;
    const scope = article ? `only ${node.entry.article}` : 'all articles';
    const stale = [...node.stale].map(([uri, why]) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(uri))}: ${why}`);
    item.description = stale.length ? `${scope} · stale` : scope;
    item.iconPath = stale.length
      ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'))
      : new vscode.ThemeIcon(node.list === 'names' ? 'symbol-field' : 'quote');
    const applies = article ? `Applies to ${node.entry.article}` : `Applies to every article of ${node.file.folder.name}`;
    const staleNote = stale.length ? `\n\nStale (kept in the file, not applied):\n${stale.join('\n')}` : '';
    item.tooltip = `${node.label}\n${applies}${staleNote}`;
    item.contextValue = stale.length ? 'correction.stale' : 'correction';
    item.command = open;
    return item;
  }
}

export function createCorrectionsView(
  corrections: CorrectionsStore,
  problems: CorrectionProblems,
): {
  view: vscode.TreeView<CorrectionsViewNode>;
  provider: CorrectionsTreeProvider;
  dispose(): void;
} {
  const provider = new CorrectionsTreeProvider(corrections, problems);
  const view = vscode.window.createTreeView(CORRECTIONS_VIEW, { treeDataProvider: provider, showCollapseAll: false });
  const subscriptions = [view, problems.onDidChange(() => provider.refresh()), corrections.onDidChange(() => provider.refresh())];
  const updateContext = () => void vscode.commands.executeCommand('setContext', 'newsMarkup.canUndoCorrection', corrections.canUndo);
  subscriptions.push(corrections.onDidChange(updateContext));
  return { view, provider, dispose: () => subscriptions.forEach((d) => d.dispose()) };
}
