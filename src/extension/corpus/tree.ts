import * as vscode from 'vscode';
import type { ArticleRef, CorpusIndex, EntityRow, QuoteSummary, SpeakerRow } from '../../corpus';
import type { EntityType } from '../../markup';
import type { Log } from '../log';
import { escapeMarkdown } from '../markdown';
import { plural } from '../markupQueries';
import { formatCount } from '../settings';
import type { CorpusService } from './service';

export const CORPUS_VIEW_ID = 'newsMarkup.corpus';

/** Rows shown per group; a last item says how many more there are (the filter narrows them). */
export const ROWS_PER_GROUP = 200;

type Group = 'speakers' | EntityType;
const GROUPS: { group: Group; label: string }[] = [
  { group: 'speakers', label: 'Speakers' },
  { group: 'organization', label: 'Organizations' },
  { group: 'person', label: 'People' },
  { group: 'place', label: 'Places' },
];
const ICONS: Record<EntityType, string> = { person: 'person', organization: 'organization', place: 'location' };

export type CorpusNode =
  | { kind: 'group'; group: Group; count: number }
  | { kind: 'speaker'; row: SpeakerRow }
  | { kind: 'entity'; row: EntityRow }
  | { kind: 'article'; key: string; article: ArticleRef; quotes: Array<QuoteSummary & ArticleRef>; at: [number, number] | null }
  | { kind: 'quote'; quote: QuoteSummary & ArticleRef }
  | { kind: 'more'; count: number };

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

/**
 * The Corpus view: speakers across the workspace ranked by quotes, and organizations, people and
 * places by the number of articles that name them; each expands to its articles and quotes, and a
 * click opens the article at the span. The view's filter (text, type, date range) applies to all.
 */
export class CorpusTreeProvider implements vscode.TreeDataProvider<CorpusNode> {
  private readonly emitter = new vscode.EventEmitter<CorpusNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;

  constructor(
    private readonly corpus: CorpusService,
    private readonly log: Log,
  ) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private get index(): CorpusIndex {
    return this.corpus.index;
  }

  /** Each node's parent, as the view was last given it: what `reveal` needs. */
  private readonly parents = new WeakMap<CorpusNode, CorpusNode>();

  getChildren(node?: CorpusNode): CorpusNode[] {
    return this.log.guard('Corpus view', [], () =>
      this.log.timed('Corpus view', () => {
        const nodes = this.childrenOf(node);
        if (node) for (const child of nodes) this.parents.set(child, node);
        return nodes;
      }),
    );
  }

  getParent(node: CorpusNode): CorpusNode | undefined {
    return this.parents.get(node);
  }

  private childrenOf(node?: CorpusNode): CorpusNode[] {
    const f = this.corpus.filter;
    if (!node) {
      if (!this.index.size) return [];
      const counts = this.index.counts(f);
      return GROUPS.filter(({ group }) => !f.type || group === 'speakers' || group === f.type).map(({ group }) => ({
        kind: 'group',
        group,
        count: counts[group],
      }));
    }
    switch (node.kind) {
      case 'group': {
        const rows: CorpusNode[] =
          node.group === 'speakers'
            ? this.index.speakers(f).map((row) => ({ kind: 'speaker', row }))
            : this.index.entities(node.group, f).map((row) => ({ kind: 'entity', row }));
        const shown = rows.slice(0, ROWS_PER_GROUP);
        return rows.length > ROWS_PER_GROUP ? [...shown, { kind: 'more', count: rows.length - ROWS_PER_GROUP }] : shown;
      }
      case 'speaker':
        return this.speakerArticles(node.row.key);
      case 'entity':
        return this.entityArticles(node.row.key);
      case 'article':
        return node.quotes.map((quote) => ({ kind: 'quote', quote }));
      default:
        return [];
    }
  }

  /** A speaker's articles, most recent first, each with the speaker's quotes in it. */
  private speakerArticles(key: string): CorpusNode[] {
    const byArticle = new Map<string, Array<QuoteSummary & ArticleRef>>();
    for (const q of this.index.quotesOf(key, this.corpus.filter)) byArticle.set(q.file, [...(byArticle.get(q.file) ?? []), q]);
    return [...byArticle.values()]
      .sort((a, b) => (b[0].date ?? '').localeCompare(a[0].date ?? '') || a[0].file.localeCompare(b[0].file))
      .map((quotes) => ({
        kind: 'article',
        key,
        article: { file: quotes[0].file, date: quotes[0].date },
        quotes,
        at: [quotes[0].start, quotes[0].end],
      }));
  }

  /** The articles that name an entity, each opening at its first mention there. */
  private entityArticles(key: string): CorpusNode[] {
    return this.index.articlesOf(key, this.corpus.filter).map((article) => {
      const mention = this.index.get(article.file)?.entities.find((e) => this.index.canonical(e.key) === key);
      return { kind: 'article', key, article, quotes: [], at: mention?.first ?? null };
    });
  }

  getTreeItem(node: CorpusNode): vscode.TreeItem {
    return this.log.guard('Corpus view item', new vscode.TreeItem('…'), () => this.itemOf(node));
  }

  private itemOf(node: CorpusNode): vscode.TreeItem {
    const { Collapsed, None } = vscode.TreeItemCollapsibleState;
    switch (node.kind) {
      case 'group': {
        const item = new vscode.TreeItem(GROUPS.find((g) => g.group === node.group)!.label, node.count ? Collapsed : None);
        item.description = formatCount(node.count);
        item.id = `group:${node.group}`;
        return item;
      }
      case 'speaker':
        return this.speakerItem(node.row);
      case 'entity': {
        const { row } = node;
        const item = new vscode.TreeItem(row.name, Collapsed);
        item.description = `${plural(row.articles, 'article')} · ${plural(row.mentions, 'mention')}`;
        item.iconPath = new vscode.ThemeIcon(ICONS[row.type]);
        item.contextValue = 'corpusEntity';
        item.id = `entity:${row.key}`;
        return item;
      }
      case 'article':
        return this.articleItem(node);
      case 'quote':
        return this.quoteItem(node.quote);
      case 'more': {
        const item = new vscode.TreeItem(`${formatCount(node.count)} more…`, None);
        item.tooltip = 'Filter the Corpus view to narrow the list.';
        item.command = { command: 'newsMarkup.corpus.filter', title: 'Filter Corpus…' };
        return item;
      }
    }
  }

  private speakerItem(row: SpeakerRow): vscode.TreeItem {
    const item = new vscode.TreeItem(row.name, vscode.TreeItemCollapsibleState.Collapsed);
    const reported = row.reported ? ` · ${formatCount(row.reported)} reported` : '';
    item.description = `${plural(row.quotes, 'quote')}${reported} · ${plural(row.articles, 'article')}`;
    item.iconPath = new vscode.ThemeIcon(ICONS[row.type]);
    const gender = row.type === 'person' ? `\n\nGender as the articles state it: ${row.gender ?? 'not stated'}` : '';
    item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(row.name)}** (${row.type})\n\n${item.description}${gender}`);
    item.contextValue = 'corpusSpeaker';
    item.id = `speaker:${row.key}`;
    return item;
  }

  private articleItem(node: Extract<CorpusNode, { kind: 'article' }>): vscode.TreeItem {
    const { article, quotes, at } = node;
    const item = new vscode.TreeItem(
      fileName(article.file),
      quotes.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    const uri = vscode.Uri.parse(article.file);
    item.resourceUri = uri;
    // The theme's icon for the file's type: an article with quotes under it is not a folder.
    item.iconPath = vscode.ThemeIcon.File;
    item.description = [article.date, quotes.length ? plural(quotes.length, 'quote') : ''].filter(Boolean).join(' · ');
    item.tooltip = vscode.workspace.asRelativePath(uri);
    if (at) item.command = { command: 'newsMarkup.revealSpan', title: 'Open Article', arguments: [uri, at[0], at[1]] };
    item.id = `article:${node.key}:${article.file}`;
    return item;
  }

  private quoteItem(q: QuoteSummary & ArticleRef): vscode.TreeItem {
    const item = new vscode.TreeItem(q.snippet, vscode.TreeItemCollapsibleState.None);
    item.description = [q.kind === 'reported' ? 'reported' : '', q.cue ?? '', `line ${q.line}`].filter(Boolean).join(' · ');
    item.iconPath = new vscode.ThemeIcon(q.kind === 'quote' ? 'quote' : 'comment');
    item.tooltip = `${fileName(q.file)}, line ${q.line}${q.date ? ` (${q.date})` : ''}`;
    item.command = { command: 'newsMarkup.revealSpan', title: 'Open Quote', arguments: [vscode.Uri.parse(q.file), q.start, q.end] };
    item.id = `quote:${q.file}:${q.start}`;
    return item;
  }
}

/** What the Corpus view's header says: the filter, or the indexing. */
export function describeFilter(corpus: CorpusService): string {
  const f = corpus.filter;
  const parts = [f.text ? `"${f.text}"` : '', f.type ?? '', f.from || f.to ? `${f.from ?? '…'} – ${f.to ?? '…'}` : ''];
  return parts.filter(Boolean).join(' · ');
}

/** The view, its message (indexing, nothing found) and its description (the filter), kept up to date. */
export function createCorpusView(
  corpus: CorpusService,
  log: Log,
): { view: vscode.TreeView<CorpusNode>; provider: CorpusTreeProvider } & vscode.Disposable {
  const provider = new CorpusTreeProvider(corpus, log);
  const view = vscode.window.createTreeView(CORPUS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const update = () =>
    log.guard('Corpus view', undefined, () => {
      const p = corpus.progress;
      view.description = describeFilter(corpus);
      if (!p.done && !p.cancelled)
        view.message = p.found ? `Indexing ${formatCount(p.indexed)} / ${formatCount(p.found)} articles…` : 'Looking for articles…';
      else if (p.cancelled)
        view.message = `Indexing stopped at ${formatCount(p.indexed)} / ${formatCount(p.found)} articles. Re-index to resume.`;
      else if (!corpus.index.size)
        view.message = 'No articles in this workspace (.article, .news, or .txt files that start with a date line).';
      else
        view.message = p.more ? `Only the first ${formatCount(p.found)} articles are indexed (newsMarkup.corpus.maxArticles).` : undefined;
      provider.refresh();
    });
  const disposables = [
    provider,
    view,
    corpus.onDidChange(update),
    // Indexing starts the first time the view is shown, not at activation.
    view.onDidChangeVisibility((e) => {
      if (e.visible) void corpus.ready();
    }),
  ];
  if (view.visible) void corpus.ready();
  update();
  return { view, provider, dispose: () => disposables.forEach((d) => 'dispose' in d && (d as vscode.Disposable).dispose()) };
}
