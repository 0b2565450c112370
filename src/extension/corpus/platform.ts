import type * as vscode from 'vscode';
import type { ArticleSummary } from '../../corpus';
import type { ListedFile } from './files';
import type { CorpusWorkerHost } from './workerClient';

/** What the host's reading of the cache file at reopen is given. */
export interface CachedSummariesOptions {
  engine: string;
  maxLength: number;
  /** Handed the summaries whose file is unchanged, a slice at a time. */
  take: (summaries: ArticleSummary[]) => void;
  /** Measures the work on the host's thread. */
  timed: <T>(label: string, fn: () => T) => T;
  /** The key of the corrections an article has now (`CorrectionsStore.keyFor`). */
  correctionsKey: (file: string) => string;
}

/** A JSONL export's file, written line by line and replaced at the end, whole. */
export interface LineWriter {
  write(line: string): Promise<void>;
  commit(): Promise<void>;
  abandon(): Promise<void>;
}

/**
 * What the corpus does differently on the desktop (Node: fast-glob, a worker thread that reads the
 * files, fs streams; platform/nodeCorpus.ts) and in the browser (workspace.fs only, a Web Worker
 * handed the files' text; platform/webCorpus.ts). Chosen by the entry point, given to CorpusService.
 */
export interface CorpusPlatform {
  /** The workspace's files matching `globs`, `files.exclude` applied, at most `limit + 1` per search. */
  listFiles(globs: string[], limit: number, token?: vscode.CancellationToken): Promise<ListedFile[]>;
  /** Whether the worker reads this file itself; else the host sends it the file's text and stamp. */
  workerReads(uri: vscode.Uri): boolean;
  /** Starts corpus workers that keep their cache in `cacheFile` (none when undefined). */
  workerHost(cacheFile: vscode.Uri | undefined, engine: string): CorpusWorkerHost;
  /** The summaries of the cache file whose file is unchanged: a reopened workspace is shown from them. */
  readCachedSummaries(cacheFile: vscode.Uri, options: CachedSummariesOptions): Promise<void>;
  jsonlWriter(uri: vscode.Uri): LineWriter;
}
