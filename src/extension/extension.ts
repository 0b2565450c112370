import * as vscode from 'vscode';
import { ActiveArticle } from './activeArticle';
import type { NewsMarkupApi } from './api';
import { registerCommands } from './commands';
import { CorpusReport } from './corpus/report';
import { CorpusService } from './corpus/service';
import { createCorpusView, type CorpusNode, type CorpusTreeProvider } from './corpus/tree';
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

export type { NewsMarkupApi } from './api';

const SELECTOR: vscode.DocumentSelector = { language: LANGUAGE_ID };

export function activate(context: vscode.ExtensionContext): NewsMarkupApi {
  const activationStart = performance.now();
  const log = new Log();
  // The reader's corrections are an input of every analysis, so they are read first.
  const corrections = new CorrectionsStore(log);
  const store = new MarkupStore(log, context.asAbsolutePath('dist'), corrections);
  const problems = new CorrectionProblems(corrections, store);
  const correctionsView = createCorrectionsView(corrections, problems);
  const correctionCommands = new CorrectionCommands(store, corrections, log);
  context.subscriptions.push(new ArticleDetection(log));
  const article = new ActiveArticle(store);
  const decorations = new Decorations(store, log, context.workspaceState);
  const trees = new EntityTrees(article, store, log, context.globalState);
  const statusBar = new StatusBar(article, store, log);
  // The workspace as a corpus: nothing is read until the Corpus view, the report or an export asks.
  const corpus = new CorpusService(context.storageUri, context.asAbsolutePath('dist'), store, log, corrections);
  const corpusView = createCorpusView(corpus, log);
  const report = new CorpusReport(context.extensionUri, corpus, log);
  // Disposed in this order: the output channel last, so the others can still log while they stop.
  context.subscriptions.push(corrections, store, problems, correctionsView, article, decorations, trees, statusBar);
  context.subscriptions.push(corpus, corpusView, report, report.registerSerializer());
  context.subscriptions.push(...registerLanguageProviders(store, log));
  context.subscriptions.push(...registerCommands({ store, decorations, trees, corpus, report, corrections: correctionCommands }, log));
  context.subscriptions.push(log);
  // The engine is not loaded here: it starts in a worker thread on the first analysis.
  const activationMs = performance.now() - activationStart;
  log.info(`News Markup activated in ${activationMs.toFixed(0)} ms`);
  return publicApi({ log, store, decorations, trees, statusBar, activationMs, corpus, corpusView, report, corrections, correctionsView });
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
  corpus: CorpusService;
  corpusView: { view: vscode.TreeView<CorpusNode>; provider: CorpusTreeProvider };
  report: CorpusReport;
  corrections: CorrectionsStore;
  correctionsView: { view: vscode.TreeView<CorrectionsViewNode>; provider: CorrectionsTreeProvider };
}

/** The API object, with getters where the host tests read live state. */
function publicApi(sources: ApiSources): NewsMarkupApi {
  const { log, store, decorations, trees, statusBar, activationMs, corpus, corpusView, report, corrections, correctionsView } = sources;
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
    corpus,
    corpusTree: corpusView.provider,
    corpusView: corpusView.view,
    corpusReport: report,
    corrections,
    correctionsTree: correctionsView.provider,
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
