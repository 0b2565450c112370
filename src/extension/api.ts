import type { CorrectionsStore } from './corrections/store';
import type { CorrectionsTreeProvider } from './corrections/view';
import type * as vscode from 'vscode';
import type { Markup } from '../markup';
import type { CorpusReport } from './corpus/report';
import type { CorpusService } from './corpus/service';
import type { CorpusNode, CorpusTreeProvider } from './corpus/tree';
import type { DecorationRanges } from './decorations';
import type { EntityTreeProvider, TreeKind, TreeNode, SortOrder } from './entityTrees';
import type { Analysis } from './markupStore';

/** What `activate` returns: read by the host tests (and usable by other extensions). */
export interface NewsMarkupApi extends NewsMarkupCoreApi, CorpusApi {}

/** The workspace's corpus, on the desktop and in the browser. */
export interface CorpusApi {
  /** The workspace's corpus: its index, filter and indexing progress. */
  readonly corpus: CorpusService;
  readonly corpusTree: CorpusTreeProvider;
  readonly corpusView: vscode.TreeView<CorpusNode>;
  readonly corpusReport: CorpusReport;
}

/** Everything but the corpus: the same on the desktop and in the browser. */
export interface NewsMarkupCoreApi {
  /** The markup of the document's current version (computed if needed); null when not analysed. */
  markup(document: vscode.TextDocument): Markup | null;
  /** The full analysis record (status: ok / truncated / binary / failed, cap, timing). */
  analysis(document: vscode.TextDocument): Analysis;
  /** The ranges each decoration type was last given in the editors showing `uri`. */
  decorationRanges(uri: vscode.Uri): DecorationRanges | undefined;
  /** Fires after decorations were (re)applied to an editor showing the URI. */
  readonly onDidApplyDecorations: vscode.Event<vscode.Uri>;
  /** True while an edit waits for its debounce. */
  readonly pending: boolean;
  /** How many analyses ran since activation. */
  readonly analysisCount: number;
  readonly trees: Readonly<Record<TreeKind, EntityTreeProvider>>;
  readonly treeViews: Readonly<Record<TreeKind, vscode.TreeView<TreeNode>>>;
  readonly sortOrder: SortOrder;
  /** The id of the tree item each view last revealed because the cursor moved onto it. */
  revealedAtCursor(tree: TreeKind): string | undefined;
  readonly statusBarItem: vscode.StatusBarItem;
  readonly highlightsEnabled: boolean;
  /** The latest operations that held the extension host's thread over 50 ms: `{ label, ms }`. */
  readonly slowOperations: readonly { label: string; ms: number }[];
  /** Errors written to the "News Markup" output since activation. */
  readonly errorCount: number;
  /** How long `activate` took, until every view, provider and command was registered. */
  readonly activationMs: number;
  /** The reader's corrections, one file per workspace folder. */
  readonly corrections: CorrectionsStore;
  readonly correctionsTree: CorrectionsTreeProvider;
}
