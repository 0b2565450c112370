import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import type { EngineHost } from './analysisWorkerClient';
import type { NewsMarkupCoreApi } from './api';
import { registerCommands } from './commands';
import type { CommandHandlers } from './commands/types';
import { CorrectionCodeActions } from './corrections/codeActions';
import { CorrectionCommands } from './corrections/commands';
import { CorrectionProblems } from './corrections/stale';
import { CorrectionsStore } from './corrections/store';
import { createCorrectionsView, type CorrectionsTreeProvider, type CorrectionsViewNode } from './corrections/view';
import { Decorations } from './decorations';
import { EntityHighlightProvider } from './documentHighlights';
import { MarkupDocumentSymbolProvider } from './documentSymbols';
import { EntityTrees, TreeKind, TreeNode, EntityTreeProvider, SortOrder } from './entityTrees';
import { ParagraphFoldingProvider } from './folding';
import { MarkupHoverProvider } from './hover';
import { ArticleDetection } from './languageDetection';
import { Log } from './log';
import { MarkupStore } from './markupStore';
import { EntityReferenceProvider } from './references';
import { LANGUAGE_ID } from './settings';
import { StatusBar } from './statusBar';

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

/** What a corpus implementation is given to build on. */
export interface CorpusParts {
  context: vscode.ExtensionContext;
  store: MarkupStore;
  log: Log;
  corrections: CorrectionsStore;
}

/** The corpus as a platform provides it: its commands, what to dispose, and what the API adds. */
export interface CorpusFeature<CorpusApi> {
  handlers: CommandHandlers;
  disposables: vscode.Disposable[];
  api: CorpusApi;
}

/**
 * What differs between the desktop (Node extension host: worker threads, fs) and the browser (web
 * worker extension host: Web Workers, workspace.fs only): given by the entry point, extension.ts or web.ts.
 */
export interface Platform<CorpusApi> {
  engine(context: vscode.ExtensionContext): EngineHost;
  corpus(parts: CorpusParts): CorpusFeature<CorpusApi>;
}

/** Activation shared by both entry points: every feature but the corpus is the same code. */
export function activateWith<CorpusApi extends object>(
  context: vscode.ExtensionContext,
  platform: Platform<CorpusApi>,
): NewsMarkupCoreApi & CorpusApi {
  const activationStart = performance.now();
  const log = new Log();
  // The reader's corrections are an input of every analysis, so they are read first.
  const corrections = new CorrectionsStore(log);
  const store = new MarkupStore(log, platform.engine(context), corrections);
  const problems = new CorrectionProblems(corrections, store);
  const correctionsView = createCorrectionsView(corrections, problems);
  const correctionCommands = new CorrectionCommands(store, corrections, log);
  context.subscriptions.push(new ArticleDetection(log));
  const article = new ActiveArticle(store);
  const decorations = new Decorations(store, log, context.workspaceState);
  const trees = new EntityTrees(article, store, log, context.globalState);
  const statusBar = new StatusBar(article, store, log);
  // The workspace as a corpus: nothing is read until the Corpus view, the report or an export asks.
  const corpus = platform.corpus({ context, store, log, corrections });
  // Disposed in this order: the output channel last, so the others can still log while they stop.
  context.subscriptions.push(corrections, store, problems, correctionsView, article, decorations, trees, statusBar);
  context.subscriptions.push(...corpus.disposables);
  context.subscriptions.push(...registerLanguageProviders(store, log));
  const commandServices = { store, decorations, trees, corpus: corpus.handlers, corrections: correctionCommands };
  context.subscriptions.push(...registerCommands(commandServices, log));
  context.subscriptions.push(log);
  // The engine is not loaded here: it starts in a worker on the first analysis.
  const activationMs = performance.now() - activationStart;
  log.info(`News Markup activated in ${activationMs.toFixed(0)} ms`);
  // Plain values only in corpus.api: assigning them leaves the core API's getters live.
  return Object.assign(publicApi({ log, store, decorations, trees, statusBar, activationMs, corrections, correctionsView }), corpus.api);
}

function registerLanguageProviders(store: MarkupStore, log: Log): vscode.Disposable[] {
  return [
    vscode.languages.registerHoverProvider(SELECTOR, new MarkupHoverProvider(store, log)),
    vscode.languages.registerDocumentSymbolProvider(SELECTOR, new MarkupDocumentSymbolProvider(store, log), { label: 'News Markup' }),
    vscode.languages.registerFoldingRangeProvider(SELECTOR, new ParagraphFoldingProvider(store, log)),
    vscode.languages.registerDocumentHighlightProvider(SELECTOR, new EntityHighlightProvider(store, log)),
    vscode.languages.registerReferenceProvider(SELECTOR, new EntityReferenceProvider(store, log)),
    vscode.languages.registerCodeActionsProvider(SELECTOR, new CorrectionCodeActions(store, log), {
      providedCodeActionKinds: CorrectionCodeActions.kinds,
    }),
  ];
}

interface ApiSources {
  log: Log;
  store: MarkupStore;
  decorations: Decorations;
  trees: EntityTrees;
  statusBar: StatusBar;
  activationMs: number;
  corrections: CorrectionsStore;
  correctionsView: { view: vscode.TreeView<CorrectionsViewNode>; provider: CorrectionsTreeProvider };
}

/** The API object, with getters where the host tests read live state. */
function publicApi(sources: ApiSources): NewsMarkupCoreApi {
  const { log, store, decorations, trees, statusBar, activationMs, corrections, correctionsView } = sources;
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
    corrections,
    correctionsTree: correctionsView.provider,
  };
}
