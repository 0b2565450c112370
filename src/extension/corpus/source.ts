import type * as vscode from 'vscode';
import type { CorpusFilter, CorpusIndex } from '../../corpus';

/**
 * What the Corpus view, the Corpus Report and the corpus exports read: the workspace's corpus index
 * (kept up to date in the background), the filter the user set in the Corpus view, and an event when
 * either changes. Implemented by CorpusService (src/extension/corpus/service.ts).
 */
export interface CorpusSource {
  readonly index: CorpusIndex;
  /** The Corpus view's filter (text, entity type, date range); the report applies its date range. */
  readonly filter: CorpusFilter;
  /** Articles found in the workspace, and how many of them are indexed so far. */
  readonly progress: { found: number; indexed: number; done: boolean };
  /** Fired (at most a few times a second) when articles are added, changed or removed, or the filter changes. */
  readonly onDidChange: vscode.Event<void>;
  /** Starts indexing if it has not started; resolves when the index is complete (or indexing was cancelled). */
  ready(): Promise<void>;
}
