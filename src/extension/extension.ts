import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import type { NewsMarkupApi } from './api';
import { Decorations } from './decorations';
import { EntityHighlightProvider } from './documentHighlights';
import { MarkupDocumentSymbolProvider } from './documentSymbols';
import { EntityTrees, SORT_ORDERS, TreeKind, TreeNode, EntityTreeProvider, SortOrder } from './entityTrees';
import { exportMarkup } from './exportMarkup';
import { ParagraphFoldingProvider } from './folding';
import { MarkupHoverProvider } from './hover';
import { ArticleDetection } from './languageDetection';
import { Log } from './log';
import { entityByKey, entityKey, quotesOf } from './markupQueries';
import { MarkupStore } from './markupStore';
import { articleEditor, goToSpeaker, revealSpan, stepQuote } from './navigation';
import { EntityReferenceProvider, entityLocations } from './references';
import { LANGUAGE_ID } from './settings';
import { StatusBar } from './statusBar';

export type { NewsMarkupApi } from './api';

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function activate(context: vscode.ExtensionContext): NewsMarkupApi {
  const activationStart = performance.now();
  const log = new Log();
  const store = new MarkupStore(log, context.asAbsolutePath('dist'));
  context.subscriptions.push(new ArticleDetection(log));
  const article = new ActiveArticle(store);
  const decorations = new Decorations(store, log, context.workspaceState);
  const trees = new EntityTrees(article, store, log, context.globalState);
  const statusBar = new StatusBar(article, store, log);
  // Disposed in this order: the output channel last, so the others can still log while they stop.
  context.subscriptions.push(store, article, decorations, trees, statusBar);

  context.subscriptions.push(
    vscode.languages.registerHoverProvider(SELECTOR, new MarkupHoverProvider(store, log)),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new MarkupDocumentSymbolProvider(store, log), { label: 'News Markup' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new ParagraphFoldingProvider(store, log)),
    vscode.languages.registerDocumentHighlightProvider(SELECTOR, new EntityHighlightProvider(store, log)),
    vscode.languages.registerReferenceProvider(SELECTOR, new EntityReferenceProvider(store, log)),
  );

  const register = (id: string, fn: (...args: any[]) => unknown) =>
    context.subscriptions.push(vscode.commands.registerCommand(id, log.command(id, fn)));

  register('newsMarkup.nextQuote', () => stepQuote(store, 1));
  register('newsMarkup.previousQuote', () => stepQuote(store, -1));
  register('newsMarkup.toggleHighlights', async () => {
    await decorations.setEnabled(!decorations.highlightsEnabled);
    if (decorations.highlightsEnabled && decorations.onlyEntity) await decorations.setOnly(null);
    return decorations.highlightsEnabled;
  });
  register('newsMarkup.goToSpeaker', () => goToSpeaker(store));
  register('newsMarkup.exportMarkupAsJson', (resource?: unknown, target?: unknown) => exportMarkup(store, 'json', resource, target));
  register('newsMarkup.exportQuotesAsCsv', (resource?: unknown, target?: unknown) => exportMarkup(store, 'csv', resource, target));
  register('newsMarkup.reanalyzeArticle', (resource?: unknown) => {
    const uri = resource instanceof vscode.Uri ? resource : (articleEditor() ?? vscode.window.activeTextEditor)?.document.uri;
    if (uri) store.invalidate(uri);
    return uri;
  });
  register('newsMarkup.changeSortOrder', async (order?: unknown) => {
    let value = SORT_ORDERS.find((o) => o.value === order)?.value;
    if (!value) {
      const picked = await vscode.window.showQuickPick(
        SORT_ORDERS.map((o) => ({ ...o, description: o.value === trees.sortOrder ? '(current)' : undefined })),
        { title: 'Sort News Markup Views By', placeHolder: 'Sort speakers, people, organizations and places by…' },
      );
      value = picked?.value;
    }
    if (value) await trees.setSortOrder(value);
    return trees.sortOrder;
  });
  register('newsMarkup.revealSpan', (uri: unknown, start: number, end: number) => revealSpan(uri, start, end));

  const entityOf = async (node: unknown) => {
    const n = node as TreeNode | undefined;
    const entityNode = n?.kind === 'entity' ? n : n?.kind === 'span' ? n.parent : undefined;
    if (!entityNode) return undefined;
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === entityNode.uri.toString());
    const markup = document && (await store.ready(document)).markup;
    // Re-read from the current analysis: the node may be from an older version.
    const entity = markup ? entityByKey(markup, entityKey(entityNode.entity)) : undefined;
    return document && markup && entity ? { document, markup, entity } : undefined;
  };

  register('newsMarkup.copySpeakerQuotes', async (node?: unknown) => {
    const found = await entityOf(node);
    if (!found) return undefined;
    const quotes = quotesOf(found.markup, found.entity.id).map((q) => q.text.replace(/\s+/g, ' '));
    const text = quotes.join('\n');
    await vscode.env.clipboard.writeText(text);
    void vscode.window.setStatusBarMessage(
      `News Markup: copied ${quotes.length} quote${quotes.length === 1 ? '' : 's'} by ${found.entity.name}`,
      3000,
    );
    return text;
  });
  register('newsMarkup.findAllMentions', async (node?: unknown) => {
    const found = await entityOf(node);
    if (!found) return undefined;
    const locations = entityLocations(found.document, found.markup, found.entity);
    if (locations.length === 0) return locations;
    const first = locations[0].range;
    const editor = await revealSpan(found.document.uri, found.document.offsetAt(first.start), found.document.offsetAt(first.end));
    const commands = await vscode.commands.getCommands(true);
    if (editor && commands.includes('references-view.findReferences')) {
      // The References view ("reference results"), fed by our reference provider at the first mention.
      editor.selection = new vscode.Selection(first.start, first.start);
      await vscode.commands.executeCommand('references-view.findReferences');
    } else {
      await vscode.commands.executeCommand('editor.action.showReferences', found.document.uri, first.start, locations);
    }
    return locations;
  });
  register('newsMarkup.highlightOnlyEntity', async (node?: unknown) => {
    const found = await entityOf(node);
    if (found) await decorations.setOnly(entityKey(found.entity));
    return decorations.onlyEntity;
  });
  register('newsMarkup.showAllHighlights', async () => {
    await decorations.setOnly(null);
    if (!decorations.highlightsEnabled) await decorations.setEnabled(true);
  });

  context.subscriptions.push(log);
  // The engine is not loaded here: it starts in a worker thread on the first analysis.
  const activationMs = performance.now() - activationStart;
  log.info(`News Markup activated in ${activationMs.toFixed(0)} ms`);

  const providers = Object.fromEntries([...trees.providers]) as Record<TreeKind, EntityTreeProvider>;
  const views = Object.fromEntries([...trees.views]) as Record<TreeKind, vscode.TreeView<TreeNode>>;
  return {
    markup: (document) => store.markup(document),
    analysis: (document) => store.get(document),
    decorationRanges: (uri) => decorations.lastRanges(uri),
    onDidApplyDecorations: decorations.onDidApply,
    get pending() {
      return store.pending;
    },
    get analysisCount() {
      return store.analysisCount;
    },
    trees: providers,
    treeViews: views,
    get sortOrder(): SortOrder {
      return trees.sortOrder;
    },
    revealedAtCursor: (tree) => trees.revealedAtCursor.get(tree),
    statusBarItem: statusBar.item,
    get highlightsEnabled() {
      return decorations.highlightsEnabled;
    },
    get errorCount() {
      return log.errorCount;
    },
    slowOperations: log.slowOperations,
    activationMs,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
