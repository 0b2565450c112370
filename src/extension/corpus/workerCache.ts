/**
 * The corpus cache, as the corpus worker keeps it: one summary per article with the file's size,
 * time and content hash, in memory and in one JSON file in the extension's workspace storage,
 * written atomically (a temporary file renamed over the old one) a few seconds after changes. A
 * cache from another engine version, or one that cannot be read, is discarded, never trusted.
 * Runs in the worker (Node's fs); no `vscode`.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { dirname } from 'path';
import type { ArticleSummary } from '../../corpus';

export interface CacheEntry {
  hash: string;
  mtime: number;
  size: number;
  /** The file's path, for checking it without the host's list of files (a reopened workspace). */
  path?: string;
  summary: ArticleSummary;
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
  /** Changed since it was read or written: a flush with nothing new writes nothing. */
  private dirty = false;
  /** The summaries whose file was unchanged when the cache was opened (`fresh`). */
  private checked: ArticleSummary[] = [];

  /** Loads the cache; returns how many entries it holds (0 when none, stale or unreadable). */
  open(path: string, engine: string): number {
    this.path = path;
    this.engine = engine;
    this.entries.clear();
    this.byHash.clear();
    this.checked = [];
    this.dirty = false;
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

  /**
   * The summaries whose file still has the size and time it had when summarised (and that were made
   * under the same analysis cap): a reopened workspace shows them before its files are listed.
   */
  checkFiles(maxLength: number): number {
    this.checked = [];
    for (const entry of this.entries.values()) {
      const { summary } = entry;
      if (entry.path === undefined || summary.analysed !== Math.min(summary.length, maxLength)) continue;
      const stat = statSync(entry.path, { throwIfNoEntry: false });
      if (stat?.mtimeMs === entry.mtime && stat.size === entry.size) this.checked.push(summary);
    }
    return this.checked.length;
  }

  /** A page of the summaries `checkFiles` found true. */
  fresh(offset: number, limit: number): ArticleSummary[] {
    return this.checked.slice(offset, offset + limit);
  }

  get(file: string): CacheEntry | undefined {
    return this.entries.get(file);
  }

  /** A summary of the same text under another name (a copied or renamed file), renamed. */
  sameText(file: string, hash: string): ArticleSummary | undefined {
    const entry = this.byHash.get(hash);
    return entry && { ...entry.summary, file };
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
    if (this.timer || !this.path) return;
    this.timer = setTimeout(() => this.save(), SAVE_DELAY_MS);
  }

  save(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (!this.path || !this.dirty) return;
    const data: CacheFile = { format: 1, engine: this.engine, entries: Object.fromEntries(this.entries) };
    const temp = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temp, JSON.stringify(data));
      renameSync(temp, this.path);
      this.dirty = false;
    } catch (e) {
      rmSync(temp, { force: true });
      throw e;
    }
  }
}
