import type { ArticleSummary } from '../../corpus';
import type { Corrections } from '../../markup/corrections';

/**
 * Messages between the extension host and the corpus worker (dist/corpusWorker.js on the desktop,
 * dist/web/corpusWorker.js in the browser). On the desktop the worker reads the files itself and owns
 * the on-disk cache, so the host only lists files and receives small summaries, many to a message:
 * indexing thousands of articles never holds the host's thread for long (a reopened workspace is shown
 * from the cache file, which the host reads a slice at a time). A Web Worker cannot read the
 * workspace: the host sends each article's text with its file's size and time, and writes the cache
 * the worker hands it (`WebCacheOpen`, `WebCacheSave`).
 */

/** One article to summarise. */
export interface ArticleTask {
  /** The article's URI: the index's key. */
  file: string;
  /** A path to read, or the text itself (an editor's unsaved text, a file system the worker cannot read). */
  path?: string;
  text?: string;
  /** The file's size and time, read by the host with `text` (the web): the cache is checked against them. */
  stat?: FileStamp;
  /** `.txt` files are articles only when they start with a date line. */
  requireDateLine: boolean;
  /** The reader's corrections for this article, and their key (`CorrectionsStore.keyFor`): the cache is keyed by it. */
  corrections?: Corrections;
  correctionsKey?: string;
}

/** What tells an unchanged file: its size and modification time (ms). */
export interface FileStamp {
  mtime: number;
  size: number;
}

export type ArticleResult =
  | { file: string; kind: 'indexed'; summary: ArticleSummary; cached: boolean }
  | { file: string; kind: 'notArticle' }
  | { file: string; kind: 'failed'; error: string };

/** The worker's cache (its `workerData`): made by this engine version; any other is discarded. */
export interface CorpusWorkerCache {
  path: string;
  engine: string;
}

export type CorpusTask =
  /** Summarise articles: each from the cache when its size and time (or its content hash) are unchanged. */
  | { kind: 'index'; id: number; articles: ArticleTask[]; maxLength: number }
  /** The markup of one article as a JSON line (the JSONL export). */
  | { kind: 'markup'; id: number; file: string; path?: string; text?: string; maxLength: number; corrections?: Corrections }
  /** Forget the articles not in `files` (after a full scan), or the ones in `files` (deleted). */
  | { kind: 'retain' | 'forget'; id: number; files: string[] }
  /** Write the cache now if it changed (it is also written a few seconds after changes). */
  | { kind: 'flush'; id: number };

export type CorpusReply =
  | { id: number; kind: 'indexed'; results: ArticleResult[] }
  | { id: number; kind: 'markup'; json: string }
  | { id: number; kind: 'done'; count?: number }
  | { id: number; kind: 'failed'; error: string };

/**
 * The cache of the web's corpus worker, which has no file system: the host hands it the cache file's
 * text before the first task (`open`), and writes what the worker hands back to save (`save`).
 */
export type WebCacheOpen = { kind: 'openCache'; engine: string; text: string | undefined };
export type WebCacheSave = { kind: 'saveCache'; text: string };

/** The tasks without their id (the client numbers them). */
export type CorpusRequest = CorpusTask extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;
