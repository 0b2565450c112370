/**
 * The corpus cache's file: JSON Lines in the extension's workspace storage, a header (format and
 * engine version) then one article a line (its file's size, time, path and content hash, and its
 * summary). One line at a time, the host reads it in small slices and never holds its thread for
 * long; the worker reads it whole. A cache from another engine version is discarded, never trusted.
 * Node's fs only; no `vscode`.
 */
import { createReadStream } from 'fs';
import { stat } from 'fs/promises';
import type { ArticleSummary } from '../../corpus';

export interface CacheEntry {
  hash: string;
  mtime: number;
  size: number;
  /** The file's path, for checking it before the workspace's files are listed (a reopened workspace). */
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

/** Lines parsed, and files checked, per slice of the host's reading; the file's chunks are as small. */
const SLICE = 300;
const CHUNK_BYTES = 64 * 1024;

/**
 * The summaries the cache vouches for: their file has the size and time it had when summarised,
 * under the same analysis cap. Handed to `take` a slice at a time; the file is read in chunks and
 * its files checked off the thread, so the event loop is free between them. A line that cannot be
 * read ends it. `timed` measures the work on the thread.
 */
export async function readFreshSummaries(
  cachePath: string,
  engine: string,
  maxLength: number,
  take: (summaries: ArticleSummary[]) => void,
  timed: <T>(label: string, fn: () => T) => T = (_, fn) => fn(),
  correctionsKey: (file: string) => string = () => '',
): Promise<void> {
  // A summary made with other corrections than the article's now is made again, by the worker.
  const fits = ({ path, summary, corrections }: CacheEntry) =>
    path !== undefined &&
    summary.analysed === Math.min(summary.length, maxLength) &&
    (corrections?.given ?? '') === correctionsKey(summary.file);
  const check = async (entries: CacheEntry[]) => {
    const stats = await Promise.all(entries.map(({ path }) => stat(path!).catch(() => undefined)));
    take(entries.filter((e, j) => stats[j]?.mtimeMs === e.mtime && stats[j]?.size === e.size).map((e) => e.summary));
  };
  let header: string | undefined;
  let rest = '';
  let pending: CacheEntry[] = [];
  const checks: Array<Promise<void>> = [];
  const stream = createReadStream(cachePath, { encoding: 'utf8', highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop()!;
      if (header === undefined && !isCacheOf((header = lines.shift()!), engine)) return;
      pending.push(...timed('corpus: the cache file read', () => lines.flatMap((l) => (l ? [parseCacheLine(l).entry] : [])).filter(fits)));
      if (pending.length < SLICE) continue;
      // Checked while the next chunks are read.
      checks.push(check(pending));
      pending = [];
    }
    if (header === undefined) return;
    if (rest) pending.push(...[parseCacheLine(rest).entry].filter(fits));
    checks.push(check(pending));
  } catch {
    // No cache, or a line that is not one: what was shown stays (each entry checked), the rest is left to the search.
  } finally {
    stream.destroy();
    await Promise.all(checks);
  }
}
