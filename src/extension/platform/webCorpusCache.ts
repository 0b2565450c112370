import * as vscode from 'vscode';
import { CACHE_SLICE, isCacheOf, parseCacheLines, summaryFits, takeUnchanged, type CacheEntry } from '../corpus/cacheFile';
import { nextTurn } from '../corpus/files';
import type { CachedSummariesOptions } from '../corpus/platform';

/** The cache file's text; undefined when there is none or it cannot be read. */
export async function readCacheText(cacheFile: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(cacheFile));
  } catch {
    return undefined;
  }
}

/**
 * The summaries the cache vouches for, in the browser: their file (the summary's URI, through
 * workspace.fs) has the size and time it had when summarised. The file is read whole (workspace.fs
 * has no streams), its lines parsed a slice at a time, a turn of the event loop between slices, and
 * each slice's files checked while the next is parsed. A line that cannot be read ends it.
 */
export async function readFreshSummariesFrom(cacheFile: vscode.Uri, options: CachedSummariesOptions): Promise<void> {
  const { engine, maxLength, take, timed, correctionsKey } = options;
  const text = await readCacheText(cacheFile);
  const lines = text?.split('\n');
  if (!lines || !isCacheOf(lines[0], engine)) return;
  const fits = summaryFits(maxLength, correctionsKey);
  const stampOf = (entry: CacheEntry) => Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.parse(entry.summary.file)));
  const check = (entries: CacheEntry[]) => takeUnchanged(entries, stampOf, take);
  const checks: Array<Promise<void>> = [];
  try {
    for (let i = 1; i < lines.length; i += CACHE_SLICE) {
      if (i > 1) await nextTurn();
      const slice = lines.slice(i, i + CACHE_SLICE);
      checks.push(check(timed('corpus: the cache file read', () => parseCacheLines(slice, fits))));
    }
  } catch {
    // A line that is not one: what was shown stays (each entry checked), the rest is left to the search.
  } finally {
    await Promise.all(checks);
  }
}
