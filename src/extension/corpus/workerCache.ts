/**
 * The corpus cache, as the corpus worker keeps it: one summary per article with the file's size,
 * time and content hash, in memory and in one JSON file in the extension's workspace storage,
 * written atomically (a temporary file renamed over the old one) a few seconds after changes. A
 * cache from another engine version, or one that cannot be read, is discarded, never trusted.
 * Runs in the worker (Node's fs); no `vscode`.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import type { ArticleSummary } from '../../corpus';

export interface CacheEntry {
  hash: string;
  mtime: number;
  size: number;
  summary: ArticleSummary;
  /**
   * The hashes of the corrections the article was given, and of those whose words it holds (the ones
   * that changed its markup); absent: none.
   */
  corrections?: { given: string; relevant: string };
}

interface CacheFile {
  format: 1;
  engine: string;
  entries: Record<string, CacheEntry>;
}

const SAVE_DELAY_MS = 3000;

export class WorkerCache {
  private entries = new Map<string, CacheEntry>();
  private byHash = new Map<string, CacheEntry>();
  private path: string | undefined;
  private engine = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** Loads the cache; returns how many entries it holds (0 when none, stale or unreadable). */
  open(path: string, engine: string): number {
    this.path = path;
    this.engine = engine;
    this.entries.clear();
    this.byHash.clear();
    let data: CacheFile | undefined;
    try {
      data = JSON.parse(readFileSync(path, 'utf8')) as CacheFile;
    } catch {
      return 0;
    }
    if (data?.format !== 1 || data.engine !== engine || typeof data.entries !== 'object') return 0;
    for (const [file, entry] of Object.entries(data.entries)) this.remember(file, entry);
    return this.entries.size;
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  /** A summary of the same text under another name (a copied or renamed file) and the same corrections, renamed. */
  sameText(file: string, hash: string, relevantCorrections: string): ArticleSummary | undefined {
    const entry = this.byHash.get(hash);
    return entry && (entry.corrections?.relevant ?? '') === relevantCorrections ? { ...entry.summary, file } : undefined;
  }

  set(file: string, entry: CacheEntry): void {
    this.remember(file, entry);
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
    this.scheduleSave();
  }

  private scheduleSave(): void {
    if (this.timer || !this.path) return;
    this.timer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.path) return;
    const data: CacheFile = { format: 1, engine: this.engine, entries: Object.fromEntries(this.entries) };
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.path);
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  }
}
