import type { ArticleSummary } from '../../corpus';
import type { Corrections } from '../../markup';

/**
 * Messages between the extension host and the corpus worker (dist/corpusWorker.js). The worker reads
 * the files itself and owns the on-disk cache, so the host only lists files and receives one small
 * summary per article: indexing thousands of articles, or reopening a workspace, never holds the
 * host's thread for long (a whole cache parsed on the host would).
 */
export type CorpusTask =
  /** Load the cache at `path` (made by this engine version; any other is discarded). */
  | { kind: 'open'; id: number; cachePath: string; engine: string }
  /** Summarise one article: from the cache when its size and time (or its content hash) are unchanged. */
  | {
      kind: 'index';
      id: number;
      /** The article's URI: the index's key. */
      file: string;
      /** A path to read, or the text itself (an editor's unsaved text). */
      path?: string;
      text?: string;
      /** `.txt` files are articles only when they start with a date line. */
      requireDateLine: boolean;
      maxLength: number;
      /** The reader's corrections that apply to this article (its folder's `.news-markup.json`). */
      corrections?: Corrections;
    }
  /** The markup of one article as a JSON line (the JSONL export). */
  | { kind: 'markup'; id: number; file: string; path?: string; text?: string; maxLength: number; corrections?: Corrections }
  /** Forget the articles not in `files` (after a full scan), or the ones in `files` (deleted). */
  | { kind: 'retain' | 'forget'; id: number; files: string[] }
  /** Write the cache now (it is also written a few seconds after changes). */
  | { kind: 'flush'; id: number };

export type CorpusReply =
  | { id: number; kind: 'indexed'; summary: ArticleSummary; cached: boolean; ms: number }
  | { id: number; kind: 'notArticle' }
  | { id: number; kind: 'markup'; json: string }
  | { id: number; kind: 'done'; count?: number }
  | { id: number; kind: 'failed'; error: string };

/** The tasks without their id (the client numbers them). */
export type CorpusRequest = CorpusTask extends infer T ? (T extends { id: number } ? Omit<T, 'id'> : never) : never;
