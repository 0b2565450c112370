/**
 * The corpus cache, as the corpus worker keeps it: one summary per article with the file's size,
 * time and content hash, in memory and in one file in the extension's workspace storage
 * (./cacheFile.ts), written a few seconds after changes. A cache from another engine version, or one
 * that cannot be read, is discarded, never trusted. Runs in the worker; the file is read and written
 * through a `CacheStore` (Node's fs on the desktop, the host's workspace.fs in the browser); no `vscode`.
 */
import type { ArticleSummary } from '../../corpus';
import { cacheHeader, cacheLine, isCacheOf, parseCacheLine, type CacheEntry } from './cacheFile';

export type { CacheEntry };

/** Where the cache file's text comes from and goes to; `write` replaces the file whole, atomically. */
export interface CacheStore {
  /** The file's text; undefined when there is none (or it cannot be read). */
  read(): string | undefined;
  write(text: string): void;
}

const SAVE_DELAY_MS = 3000;

export class WorkerCache {
  private entries = new Map<string, CacheEntry>();
  private byHash = new Map<string, CacheEntry>();
  private store: CacheStore | undefined;
  private engine = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Changed since it was read or written: a flush with nothing new writes nothing. */
  private dirty = false;

  /** Loads the cache; returns how many entries it holds (0 when none, stale or unreadable). */
  open(store: CacheStore, engine: string): number {
    this.store = store;
    this.engine = engine;
    this.entries.clear();
    this.byHash.clear();
    this.dirty = false;
    const lines = store.read()?.split('\n');
    if (!lines || !isCacheOf(lines[0], engine)) return 0;
    try {
      for (const line of lines.slice(1)) {
        if (!line) continue;
        const { file, entry } = parseCacheLine(line);
        this.remember(file, entry);
      }
    } catch {
      this.entries.clear();
      this.byHash.clear();
    }
    return this.entries.size;
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  /** A summary of the same text under another name (a copied or renamed file) and the same corrections, renamed. */
  sameText(file: string, hash: string, relevantCorrections = ''): ArticleSummary | undefined {
    const entry = this.byHash.get(hash);
    return entry && (entry.corrections?.relevant ?? '') === relevantCorrections ? { ...entry.summary, file } : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.remember(file, entry);
    this.dirty = true;
    this.scheduleSave();
  }

  private remember(file: string, entry: CacheEntry): void {
    this.entries.set(file, entry);
    this.byHash.set(entry.hash, entry);
  }

  /** Drops entries: those not in `files` (retain) or those in it (forget). */
  prune(files: string[], keep: boolean): void {
    const named = new Set(files);
    let changed = false;
    for (const file of [...this.entries.keys()]) {
      if (named.has(file) === keep) continue;
      this.entries.delete(file);
      changed = true;
    }
    if (!changed) return;
    this.byHash = new Map([...this.entries.values()].map((e) => [e.hash, e]));
    this.dirty = true;
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.timer || !this.store) return;
    this.timer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.store || !this.dirty) return;
    const lines = [cacheHeader(this.engine), ...[...this.entries].map(([file, entry]) => cacheLine(file, entry))];
    this.store.write(`${lines.join('\n')}\n`);
    this.dirty = false;
  }
}
