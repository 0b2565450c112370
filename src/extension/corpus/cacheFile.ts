/**
 * The corpus cache's file: JSON Lines in the extension's workspace storage, a header (format and
 * engine version) then one article a line (its file's size, time, path and content hash, and its
 * summary). One line at a time, the host reads it in small slices and never holds its thread for
 * long; the worker reads it whole. A cache from another engine version is discarded, never trusted.
 * Node's fs only; no `vscode`.
 */
import { readFile, stat } from 'fs/promises';
import type { ArticleSummary } from '../../corpus';

export interface CacheEntry {
  hash: string;
  mtime: number;
  size: number;
  /** The file's path, for checking it before the workspace's files are listed (a reopened workspace). */
  path?: string;
  summary: ArticleSummary;
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
const SLICE = 200;

/**
 * The summaries the cache vouches for: their file has the size and time it had when summarised,
 * under the same analysis cap. Handed to `take` a slice at a time, with the event loop free
 * between slices (the files are checked off the thread); a line that cannot be read ends it.
 * `timed` measures the work on the thread.
 */
export async function readFreshSummaries(
  cachePath: string,
  engine: string,
  maxLength: number,
  take: (summaries: ArticleSummary[]) => void,
  timed: <T>(label: string, fn: () => T) => T = (_, fn) => fn(),
): Promise<void> {
  let lines: string[];
  try {
    const text = await readFile(cachePath);
    lines = timed('corpus: the cache file read', () => text.toString('utf8').split('\n'));
  } catch {
    return;
  }
  if (!isCacheOf(lines[0], engine)) return;
  for (let i = 1; i < lines.length; i += SLICE) {
    let entries: CacheEntry[];
    try {
      entries = timed('corpus: the cache file read', () =>
        lines.slice(i, i + SLICE).flatMap((line) => (line ? [parseCacheLine(line).entry] : [])),
      );
    } catch {
      return;
    }
    const fits = entries.filter(({ path, summary }) => path !== undefined && summary.analysed === Math.min(summary.length, maxLength));
    const stats = await Promise.all(fits.map(({ path }) => stat(path!).catch(() => undefined)));
    take(fits.filter((e, j) => stats[j]?.mtimeMs === e.mtime && stats[j]?.size === e.size).map((e) => e.summary));
  }
}
