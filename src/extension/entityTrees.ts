import * as vscode from 'vscode';
import type { Entity, EntityType, Markup, Quote } from '../markup';
import { touches } from '../markup/spans';
import type { ActiveArticle } from './activeArticle';
import type { Log } from './log';
import { escapeMarkdown } from './markdown';
import { entityKey, firstWords, plural, quotesOf, reportedOf } from './markupQueries';
import type { MarkupStore } from './markupStore';
import { followCursor } from './settings';

export type TreeKind = 'speakers' | EntityType;
export type SortOrder = 'count' | 'first' | 'name';
export const SORT_ORDERS: { value: SortOrder; label: string; detail: string }[] = [
  { value: 'count', label: 'Count', detail: 'Most quotes or mentions first' },
  { value: 'first', label: 'First Appearance', detail: 'In the order they first appear in the article' },
  { value: 'name', label: 'Name', detail: 'Alphabetically' },
];
const SORT_STATE = 'newsMarkup.sortOrder';

export const VIEW_IDS: Record<TreeKind, string> = {
  speakers: 'newsMarkup.speakers',
  person: 'newsMarkup.people',
  organization: 'newsMarkup.organizations',
  place: 'newsMarkup.places',
};

export interface EntityNode {
  readonly kind: 'entity';
  readonly id: string;
  readonly entity: Entity;
  readonly isSpeaker: boolean;
  readonly count: number;
  readonly first: number;
  readonly children: SpanNode[];
  readonly uri: vscode.Uri;
  readonly tree: TreeKind;
  /** The "Credits" group holding it, for an entity named only in bylines, photo credits and teasers. */
  group?: GroupNode;
}

/**
 * "Credits": the entities of a view that the article names only in its furniture (a photographer, a
 * reporter), kept apart from the story's and collapsed, at the end of the People, Organizations and
 * Places views.
 */
export interface GroupNode {
  readonly kind: 'group';
  readonly id: string;
  readonly children: EntityNode[];
  readonly uri: vscode.Uri;
  readonly tree: TreeKind;
}

export interface SpanNode {
  readonly kind: 'span';
  readonly id: string;
  readonly parent: EntityNode;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 'quote' | 'reported' in the Speakers view, the mention kind elsewhere. */
  readonly role: 'quote' | 'reported' | 'name' | 'descriptor' | 'pronoun';
  readonly line: number;
  /** A quote whose speaker (or whose being a quote) the reader's corrections decided. */
  readonly corrected?: boolean;
}

export type TreeNode = GroupNode | EntityNode | SpanNode;
type RootNode = EntityNode | GroupNode;

const ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

/** One of the four sidebar trees, built once per analysis of the current article. */
export class EntityTreeProvider implements vscode.TreeDataProvider<TreeNode> {
  private readonly emitter = new vscode.EventEmitter<TreeNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private roots: RootNode[] | undefined;
  private builtFor: { uri: string; version: number; sort: SortOrder } | undefined;

  constructor(
    readonly tree: TreeKind,
    private readonly article: ActiveArticle,
    private readonly store: MarkupStore,
    private readonly log: Log,
    private readonly sortOrder: () => SortOrder,
  ) {}

  refresh(): void {
    this.builtFor = undefined;
    this.emitter.fire(undefined);
  }

  /** The root nodes for the current article (what getChildren() returns), built if needed. */
  rootsNow(): RootNode[] {
    return this.log.guard(`tree ${this.tree}`, [], () => {
      const document = this.article.document;
      if (!document) return [];
      const sameDocument = this.roots !== undefined && this.roots[0]?.uri.toString() === document.uri.toString();
      // While the user types, keep the last tree: the store refreshes it after the debounce.
      if (sameDocument && this.store.isSettling(document.uri)) return this.roots!;
      const analysis = this.store.get(document);
      if (analysis.status === 'pending') {
        // Keep showing the last tree of this article until the worker is done.
        return this.roots && this.roots[0]?.uri.toString() === document.uri.toString() ? this.roots : [];
      }
      const sort = this.sortOrder();
      const key = { uri: document.uri.toString(), version: document.version, sort };
      if (
        !this.roots ||
        !this.builtFor ||
        this.builtFor.uri !== key.uri ||
        this.builtFor.version !== key.version ||
        this.builtFor.sort !== sort
      ) {
        const markup = analysis.markup;
        this.roots = markup ? this.log.timed(`tree ${this.tree}`, () => this.build(document, markup, sort)) : [];
        this.builtFor = key;
      }
      return this.roots;
    });
  }

  getChildren(element?: TreeNode): TreeNode[] {
    if (!element) return this.rootsNow();
    return element.kind === 'span' ? [] : element.children;
  }

  getParent(element: TreeNode): TreeNode | undefined {
    return element.kind === 'span' ? element.parent : element.kind === 'entity' ? element.group : undefined;
  }

  getTreeItem(node: TreeNode): vscode.TreeItem {
    return this.log.guard(`tree item ${this.tree}`, new vscode.TreeItem('?'), () =>
      node.kind === 'entity' ? this.entityItem(node) : node.kind === 'group' ? this.groupItem(node) : this.spanItem(node),
    );
  }

  /** The node for the cursor: the quote or mention containing `offset`, else the entity mentioned there. */
  nodeAt(offset: number): TreeNode | undefined {
    const entities = this.rootsNow().flatMap((root) => (root.kind === 'group' ? root.children : [root]));
    for (const node of entities) {
      for (const child of node.children) if (touches(child, offset)) return child;
    }
    for (const node of entities) {
      if (node.entity.mentions.some((m) => touches(m, offset))) return node;
    }
    return undefined;
  }

  private groupItem(node: GroupNode): vscode.TreeItem {
    const item = new vscode.TreeItem('Credits', vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = String(node.children.length);
    item.iconPath = new vscode.ThemeIcon('tag');
    item.contextValue = 'credits';
    item.tooltip = 'Named only in bylines, photo credits or teasers for other stories, not in the story itself.';
    return item;
  }

  private entityItem(node: EntityNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = node.id;
    item.description = node.entity.corrected?.length ? `${node.count} · corrected` : String(node.count);
    item.iconPath = new vscode.ThemeIcon(ICONS[node.entity.type]);
    item.contextValue = node.isSpeaker ? 'speaker' : 'entity';
    const md = new vscode.MarkdownString();
    md.appendMarkdown(
      `**${escapeMarkdown(node.entity.name)}** — ${node.entity.type}${node.entity.credit ? ' · credit (photo/byline)' : ''}\n\n`,
    );
    if (node.entity.aliases.length) md.appendMarkdown(`Also: ${node.entity.aliases.map(escapeMarkdown).join(', ')}\n\n`);
    if (node.entity.corrected?.length) md.appendMarkdown(`*Corrected by you* (${node.entity.corrected.join(', ')})\n\n`);
    const quotes = node.children.filter((c) => c.role === 'quote').length;
    const reported = node.children.filter((c) => c.role === 'reported').length;
    const speech = `${plural(quotes, 'quote')}${reported ? `, ${reported} reported speech` : ''}`;
    md.appendMarkdown(
      this.tree === 'speakers' ? `${speech} · ${plural(node.entity.mentions.length, 'mention')}` : plural(node.count, 'mention'),
    );
    item.tooltip = md;
    return item;
  }

  private spanItem(node: SpanNode): vscode.TreeItem {
    const isQuote = node.role === 'quote' || node.role === 'reported';
    const item = new vscode.TreeItem(
      isQuote ? firstWords(node.text) : node.text.replace(/\s+/g, ' '),
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = node.id;
    // A quote or a name needs no note: reported speech, descriptors and pronouns are told apart.
    const extra = node.role === 'quote' || node.role === 'name' ? '' : ` · ${node.role}`;
    item.description = `line ${node.line + 1}${extra}${node.corrected ? ' · corrected' : ''}`;
    item.iconPath = new vscode.ThemeIcon(node.role === 'quote' ? 'quote' : node.role === 'reported' ? 'comment' : 'mention');
    item.contextValue = isQuote ? 'quote' : 'mention';
    item.tooltip = node.text.length > 500 ? `${node.text.slice(0, 500)}…` : node.text;
    item.command = {
      command: 'newsMarkup.revealSpan',
      title: 'Reveal in Editor',
      arguments: [node.parent.uri, node.start, node.end],
    };
    item.accessibilityInformation = { label: `${isQuote ? 'Quote' : 'Mention'} on line ${node.line + 1}: ${item.label as string}` };
    return item;
  }

  /** The story's entities of this view, then a collapsed "Credits" group of those named only in furniture. */
  private build(document: vscode.TextDocument, markup: Markup, sort: SortOrder): RootNode[] {
    const entities =
      this.tree === 'speakers'
        ? markup.speakers.map((s) => markup.entities.find((e) => e.id === s.entityId)).filter((e): e is Entity => !!e)
        : markup.entities.filter((e) => e.type === this.tree);
    const usedIds = new Set<string>();
    const story = this.entityNodes(
      document,
      markup,
      entities.filter((e) => !e.credit),
      sort,
      usedIds,
    );
    const credits = this.entityNodes(
      document,
      markup,
      entities.filter((e) => e.credit),
      sort,
      usedIds,
    );
    if (!credits.length || this.tree === 'speakers') return story;
    const group: GroupNode = { kind: 'group', id: `${this.tree}|credits`, children: credits, uri: document.uri, tree: this.tree };
    for (const node of credits) node.group = group;
    return [...story, group];
  }

  private entityNodes(document: vscode.TextDocument, markup: Markup, entities: Entity[], sort: SortOrder, usedIds: Set<string>) {
    const speakerIds = new Set(markup.speakers.map((s) => s.entityId));
    const nodes = entities.map((entity) => {
      let id = `${this.tree}|${entityKey(entity)}`;
      while (usedIds.has(id)) id += '+';
      usedIds.add(id);
      const spans: { start: number; end: number; text: string; role: SpanNode['role']; rule?: string | null }[] =
        this.tree === 'speakers'
          ? [
              ...quotesOf(markup, entity.id).map((q: Quote) => ({ ...q, role: 'quote' as const })),
              ...reportedOf(markup, entity.id).map((q: Quote) => ({ ...q, role: 'reported' as const })),
            ].sort((a, b) => a.start - b.start)
          : entity.mentions.map((m) => ({ ...m, role: m.kind }));
      const node: EntityNode = {
        kind: 'entity',
        id,
        entity,
        isSpeaker: speakerIds.has(entity.id),
        count: this.tree === 'speakers' ? spans.filter((s) => s.role === 'quote').length : entity.mentions.length,
        first: Math.min(entity.mentions[0]?.start ?? Infinity, spans[0]?.start ?? Infinity),
        children: [],
        uri: document.uri,
        tree: this.tree,
      };
      const counters = new Map<string, number>();
      for (const s of spans) {
        const prefix = s.role === 'quote' ? 'q' : s.role === 'reported' ? 'r' : 'm';
        const n = (counters.get(prefix) ?? 0) + 1;
        counters.set(prefix, n);
        node.children.push({
          kind: 'span',
          id: `${id}|${prefix}${n}`,
          parent: node,
          start: s.start,
          end: s.end,
          text: s.text,
          role: s.role,
          line: document.positionAt(s.start).line,
          ...(s.rule?.startsWith('user-correction') ? { corrected: true } : {}),
        });
      }
      return node;
    });
    const byName = (a: EntityNode, b: EntityNode) => a.entity.name.localeCompare(b.entity.name, undefined, { sensitivity: 'base' });
    const byFirst = (a: EntityNode, b: EntityNode) => a.first - b.first;
    if (sort === 'name') nodes.sort((a, b) => byName(a, b) || byFirst(a, b));
    else if (sort === 'first') nodes.sort((a, b) => byFirst(a, b) || byName(a, b));
    else nodes.sort((a, b) => b.count - a.count || byFirst(a, b));
    return nodes;
  }
}

/** The four tree views, their refresh, sort order, badge and follow-the-cursor. */
export class EntityTrees implements vscode.Disposable {
  readonly providers = new Map<TreeKind, EntityTreeProvider>();
  readonly views = new Map<TreeKind, vscode.TreeView<TreeNode>>();
  private readonly disposables: vscode.Disposable[] = [];
  private sort: SortOrder;
  /** The id of the item last revealed for the cursor in each view (read by the host tests). */
  readonly revealedAtCursor = new Map<TreeKind, string>();
  private cursorTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly article: ActiveArticle,
    private readonly store: MarkupStore,
    private readonly log: Log,
    private readonly state: vscode.Memento,
  ) {
    const saved = state.get<SortOrder>(SORT_STATE, 'count');
    this.sort = SORT_ORDERS.some((o) => o.value === saved) ? saved : 'count';
    for (const tree of Object.keys(VIEW_IDS) as TreeKind[]) {
      const provider = new EntityTreeProvider(tree, article, store, log, () => this.sort);
      const view = vscode.window.createTreeView(VIEW_IDS[tree], { treeDataProvider: provider, showCollapseAll: true });
      this.providers.set(tree, provider);
      this.views.set(tree, view);
      this.disposables.push(
        view,
        view.onDidChangeVisibility((e) => {
          // Give the workbench a moment to render the tree before revealing in it.
          if (e.visible) setTimeout(() => this.revealCursor(tree), 250);
        }),
      );
    }
    void vscode.commands.executeCommand('setContext', 'newsMarkup.sortOrder', this.sort);
    this.disposables.push(
      article.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document !== this.article.document) return;
        if (this.cursorTimer) clearTimeout(this.cursorTimer);
        this.cursorTimer = setTimeout(() => this.revealCursorAll(), 100);
      }),
    );
    this.refresh();
  }

  get sortOrder(): SortOrder {
    return this.sort;
  }

  async setSortOrder(sort: SortOrder): Promise<void> {
    this.sort = sort;
    await this.state.update(SORT_STATE, sort);
    await vscode.commands.executeCommand('setContext', 'newsMarkup.sortOrder', sort);
    this.refresh();
  }

  refresh(): void {
    for (const provider of this.providers.values()) provider.refresh();
    this.log.guard('tree badge', undefined, () => this.updateBadgeAndMessages());
  }

  private updateBadgeAndMessages(): void {
    const document = this.article.document;
    const analysis = document ? this.store.get(document) : undefined;
    const markup = analysis?.markup;
    const speakers = this.views.get('speakers')!;
    const quotes = markup?.quotes.length ?? 0;
    speakers.badge =
      quotes > 0
        ? { value: quotes, tooltip: `${plural(quotes, 'quote')} in ${document ? basename(document.uri) : 'the article'}` }
        : undefined;
    for (const [tree, view] of this.views) {
      let message: string | undefined;
      if (analysis?.status === 'pending') message = view.message?.startsWith('Only the first') ? view.message : undefined;
      else if (analysis?.status === 'binary') message = 'Binary content: the file was not analysed.';
      else if (analysis?.status === 'failed') message = 'The analysis failed: see the "News Markup" output.';
      else if (markup) {
        // From the markup, not the tree: a hidden view's tree is built only when it is shown.
        const empty = tree === 'speakers' ? markup.speakers.length === 0 : !markup.entities.some((e) => e.type === tree && !e.credit);
        const credits = tree !== 'speakers' && markup.entities.some((e) => e.type === tree && e.credit);
        const things = tree === 'person' ? 'people' : tree === 'place' ? 'places' : 'organizations';
        if (empty)
          message =
            tree === 'speakers'
              ? 'No quotes attributed in this article.'
              : credits
                ? `No ${things} named in the story, only in its credits.`
                : `No ${things} found in this article.`;
        else if (analysis?.status === 'truncated')
          message = `Only the first ${analysis.cap.toLocaleString('en-US')} characters were analysed.`;
      }
      view.message = message;
    }
  }

  private revealCursorAll(): void {
    this.cursorTimer = undefined;
    for (const tree of this.views.keys()) this.revealCursor(tree);
  }

  private revealCursor(tree: TreeKind, attempt = 0): void {
    const view = this.views.get(tree)!;
    const editor = this.article.editor;
    if (!view.visible || !editor || !followCursor()) return;
    const offset = editor.document.offsetAt(editor.selection.active);
    const node = this.providers.get(tree)!.nodeAt(offset);
    if (!node) return;
    // Already selected (revealed for an earlier cursor move, or clicked): it is the item at the cursor
    // all the same. Returning without saying so left the record on the previous item.
    if (view.selection[0]?.id === node.id) {
      this.revealedAtCursor.set(tree, node.id);
      return;
    }
    // A reveal can race the workbench (tree not rendered yet, or refreshed meanwhile): try again a
    // little later, and never report it as an error.
    view.reveal(node, { select: true, focus: false, expand: false }).then(
      () => this.revealedAtCursor.set(tree, node.id),
      (err) => {
        if (attempt < 8) setTimeout(() => this.revealCursor(tree, attempt + 1), 300);
        else this.log.warn(`reveal in ${tree}: ${String(err)}`);
      },
    );
  }

  dispose(): void {
    if (this.cursorTimer) clearTimeout(this.cursorTimer);
    for (const d of this.disposables) d.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
