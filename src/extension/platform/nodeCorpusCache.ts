/**
 * The corpus cache file on the desktop, through Node's fs: the worker's store (read whole, written
 * atomically: a temporary file renamed over the old one) and the host's reader (in chunks, at reopen).
 * No `vscode`: the corpus worker thread uses it too.
 */
import { createReadStream, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { stat } from 'fs/promises';
import { dirname } from 'path';
import type { ArticleSummary } from '../../corpus';
import { CACHE_SLICE, isCacheOf, parseCacheLine, parseCacheLines, summaryFits, takeUnchanged, type CacheEntry } from '../corpus/cacheFile';
import type { CacheStore } from '../corpus/workerCache';

/** The cache file at `path` as the corpus worker reads and writes it. */
export function fileCacheStore(path: string): CacheStore {
  return {
    read() {
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return undefined;
      }
    },
    write(text) {
      const temp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(temp, text);
        renameSync(temp, path);
      } catch (e) {
        rmSync(temp, { force: true });
        throw e;
      }
    },
  };
}

/** The file's chunks are about as small as a slice of lines. */
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
  const fitting = summaryFits(maxLength, correctionsKey);
  const fits = (entry: CacheEntry) => entry.path !== undefined && fitting(entry);
  const stampOf = ({ path }: CacheEntry) => stat(path!).then(({ mtimeMs, size }) => ({ mtime: mtimeMs, size }));
  const check = (entries: CacheEntry[]) => takeUnchanged(entries, stampOf, take);
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
      pending.push(...timed('corpus: the cache file read', () => parseCacheLines(lines, fits)));
      if (pending.length < CACHE_SLICE) continue;
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
