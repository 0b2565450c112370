/**
 * The corpus cache's file: JSON Lines in the extension's workspace storage, a header (format and
 * engine version) then one article a line (its file's size, time, path and content hash, and its
 * summary). One line at a time, the host reads it in small slices and never holds its thread for
 * long; the worker reads it whole. A cache from another engine version is discarded, never trusted.
 * The format only: the desktop's reader is platform/nodeCorpusCache.ts, the browser's platform/webCorpusCache.ts.
 */
import type { ArticleSummary } from '../../corpus';
import type { FileStamp } from './protocol';

export interface CacheEntry {
  hash: string;
  mtime: number;
  size: number;
  /**
   * The file's path, for checking it before the workspace's files are listed (a reopened workspace);
   * absent in the browser, where the summary's URI is checked through workspace.fs.
   */
  path?: string;
  summary: ArticleSummary;
  /**
   * The key of the reader's corrections the article was given (`CorrectionsStore.keyFor`), and the hash
   * of those whose words it holds (the ones that changed its markup); absent: none.
   */
  corrections?: { given: string; relevant: string };
}

const FORMAT = 2;

export const cacheHeader = (engine: string) => JSON.stringify({ format: FORMAT, engine });

export const cacheLine = (file: string, entry: CacheEntry) => JSON.stringify({ file, ...entry });

/** Whether the first line is this format's header for this engine version. */
export function isCacheOf(header: string, engine: string): boolean {
  try {
    const data = JSON.parse(header) as { format?: unknown; engine?: unknown } | null;
    return data?.format === FORMAT && data.engine === engine;
  } catch {
    return false;
  }
}

/** One article's line: throws when it is not one (the cache is then not to be trusted). */
export function parseCacheLine(line: string): { file: string; entry: CacheEntry } {
  const { file, ...entry } = JSON.parse(line) as CacheEntry & { file: string };
  if (typeof file !== 'string' || typeof entry.summary !== 'object' || typeof entry.hash !== 'string') throw new Error('not an entry');
  return { file, entry };
}

/** Lines parsed, and files checked, per slice of the host's reading. */
export const CACHE_SLICE = 300;

/**
 * Whether a cached summary still answers for its article, its file unchanged: made under the same
 * analysis cap, and with the corrections the article has now (else the worker makes it again).
 */
export function summaryFits(maxLength: number, correctionsKey: (file: string) => string): (entry: CacheEntry) => boolean {
  return ({ summary, corrections }) => analysedUnderCap(summary, maxLength) && (corrections?.given ?? '') === correctionsKey(summary.file);
}

/** Whether a summary was made under this analysis cap (`newsMarkup.maxAnalyzedSize`): else it is made again. */
export const analysedUnderCap = (summary: { length: number; analysed: number }, maxLength: number) =>
  summary.analysed === Math.min(summary.length, maxLength);

/** The entries of cache lines that `fits` keeps (empty lines skipped); throws on a line that is not one. */
export const parseCacheLines = (lines: string[], fits: (entry: CacheEntry) => boolean): CacheEntry[] =>
  lines.flatMap((line) => (line ? [parseCacheLine(line).entry] : [])).filter(fits);

/** Hands `take` the summaries of the entries whose file still has their size and time (`stampOf`: undefined when gone). */
export async function takeUnchanged(
  entries: CacheEntry[],
  stampOf: (entry: CacheEntry) => Promise<FileStamp | undefined>,
  take: (summaries: ArticleSummary[]) => void,
): Promise<void> {
  const stamps = await Promise.all(entries.map((entry) => stampOf(entry).catch(() => undefined)));
  take(entries.filter((e, i) => stamps[i]?.mtime === e.mtime && stamps[i]?.size === e.size).map((e) => e.summary));
}
