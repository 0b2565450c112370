import * as vscode from 'vscode';
import type { Markup } from '../markup';
import { AnalysisWorkerClient, type EngineHost } from './analysisWorkerClient';
import type { ArticleCorrections, CorrectionsStore } from './corrections/store';
import type { Log } from './log';
import { EDIT_DEBOUNCE_MS, isArticle, maxAnalyzedSize } from './settings';

/** Bytes looked at for a NUL character before deciding a document is binary. */
const BINARY_PROBE = 8 * 1024;
/**
 * Every article is analysed in a worker thread: a full pass over 100 KB takes seconds, and even an
 * incremental one takes longer than the 50 ms the extension host may be held. In-process analysis is
 * the fallback when a worker cannot start.
 */
export const WORKER_THRESHOLD = 0;

/** pending: a worker is analysing this version (large articles); the features keep what they show. */
export type AnalysisStatus = 'ok' | 'truncated' | 'binary' | 'failed' | 'pending';

/** One analysis of one version of one document. */
export interface Analysis {
  uri: string;
  version: number;
  status: AnalysisStatus;
  /** null when the document was not analysed (binary) or the engine failed. */
  markup: Markup | null;
  /** The text length of the document at that version. */
  length: number;
  /** The cap that was in force (`newsMarkup.maxAnalyzedSize`). */
  cap: number;
  /** Milliseconds the engine took. */
  ms: number;
  /** The reader's corrections the article was analysed with (none: no file, or it does not parse). */
  corrections?: ArticleCorrections;
  /** The corrections' version (`CorrectionsStore.version`): an analysis with an older one is out of date. */
  correctionsVersion: number;
}

export interface MarkupChange {
  uri: vscode.Uri;
}

export function looksBinary(text: string): boolean {
  return text.slice(0, BINARY_PROBE).includes('\u0000');
}

/**
 * The one analysis per document version that every feature shares. Computed lazily on the first
 * `get`, keyed by URI + version, dropped when the document closes. `onDidChange` fires (debounced
 * after edits) when a document's analysis is out of date, so features re-read it.
 */
export class MarkupStore implements vscode.Disposable {
  private readonly cache = new Map<string, Analysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Providers waiting for an edit's debounce to end (see `ready`). */
  private readonly settleWaiters = new Map<string, (() => void)[]>();
  private readonly emitter = new vscode.EventEmitter<MarkupChange>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly inflight = new Map<string, { version: number; correctionsVersion: number; done: Promise<void> }>();
  private readonly worker: AnalysisWorkerClient;
  readonly onDidChange = this.emitter.event;
  /** How many analyses ran (tests read it to prove caching). */
  analysisCount = 0;

  constructor(
    private readonly log: Log,
    private readonly engineHost: EngineHost,
    private readonly corrections?: CorrectionsStore,
  ) {
    this.worker = new AnalysisWorkerClient(log, engineHost);
    // A correction re-marks every open article (the worker's segment cache keeps that quick).
    if (corrections) this.disposables.push(corrections.onDidChange(() => this.invalidateAll()));
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length === 0 || !isArticle(e.document)) return;
        this.schedule(e.document.uri);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.drop(doc.uri)),
      vscode.workspace.onDidOpenTextDocument((doc) => {
        // A language change by hand closes and reopens the document: features re-read it.
        if (isArticle(doc)) this.emitter.fire({ uri: doc.uri });
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsMarkup.maxAnalyzedSize')) this.invalidateAll();
      }),
    );
  }

  /**
   * The analysis of the document's current version: computed now, or for a large article started
   * in the worker (status 'pending'; `onDidChange` fires when it is done).
   */
  get(document: vscode.TextDocument): Analysis {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.correctionsVersion === this.correctionsVersion) {
      // A version left pending while the user typed: its turn comes once typing pauses.
      if (cached.status === 'pending' && !this.inflight.has(key) && !this.timers.has(key))
        this.startInWorker(document, document.getText(), cached.cap, cached.corrections);
      return cached;
    }
    const analysis = this.log.timed(`analysis ${document.uri.path}`, () => this.compute(document));
    this.cache.set(key, analysis);
    return analysis;
  }

  /**
   * The analysis of the current version for async providers (hover, outline, folding, …): waits for
   * typing to pause (the edit debounce), so a burst of keystrokes is analysed once, not once per
   * provider request; then waits for the worker if the article is large.
   */
  async ready(document: vscode.TextDocument): Promise<Analysis> {
    const key = document.uri.toString();
    if (this.corrections && !this.corrections.loaded) await this.corrections.ready;
    for (let i = 0; i < 50 && this.timers.has(key); i++) {
      await new Promise<void>((resolve) => this.settleWaiters.set(key, [...(this.settleWaiters.get(key) ?? []), resolve]));
    }
    let analysis = this.get(document);
    for (let i = 0; i < 20 && analysis.status === 'pending'; i++) {
      await this.inflight.get(document.uri.toString())?.done;
      if (document.isClosed) break;
      analysis = this.get(document);
    }
    return analysis;
  }

  /** The markup of the document's current version, or null when it was not analysed. */
  markup(document: vscode.TextDocument): Markup | null {
    return this.get(document).markup;
  }

  /** The cached analysis, without computing one. */
  peek(uri: vscode.Uri): Analysis | undefined {
    return this.cache.get(uri.toString());
  }

  /** Forgets the analysis of one document and tells the features now (the Re-analyze command). */
  invalidate(uri: vscode.Uri): void {
    this.cancel(uri.toString(), true);
    this.cache.delete(uri.toString());
    this.emitter.fire({ uri });
  }

  invalidateAll(): void {
    const uris = vscode.workspace.textDocuments.filter(isArticle).map((d) => d.uri);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.releaseWaiters();
    this.cache.clear();
    for (const uri of uris) this.emitter.fire({ uri });
  }

  /** Whether an edit of this document waits for its debounce (the user is typing). */
  isSettling(uri: vscode.Uri): boolean {
    return this.timers.has(uri.toString());
  }

  /** Whether an edit is waiting for its debounce or an analysis runs in the worker (tests wait on it). */
  get pending(): boolean {
    return this.timers.size > 0 || this.inflight.size > 0;
  }

  private schedule(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key);
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.releaseWaiters(key);
        this.emitter.fire({ uri });
      }, EDIT_DEBOUNCE_MS),
    );
  }

  private cancel(key: string, release = false): void {
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
    if (release) this.releaseWaiters(key);
  }

  private releaseWaiters(key?: string): void {
    const keys = key === undefined ? [...this.settleWaiters.keys()] : [key];
    for (const k of keys) {
      const waiters = this.settleWaiters.get(k) ?? [];
      this.settleWaiters.delete(k);
      for (const resolve of waiters) resolve();
    }
  }

  private drop(uri: vscode.Uri): void {
    const key = uri.toString();
    this.cancel(key, true);
    if (this.cache.delete(key)) this.emitter.fire({ uri });
  }

  private get correctionsVersion(): number {
    return this.corrections?.version ?? 0;
  }

  private compute(document: vscode.TextDocument): Analysis {
    const text = document.getText();
    const cap = maxAnalyzedSize();
    const corrections = this.corrections?.forArticle(document.uri);
    const base = {
      uri: document.uri.toString(),
      version: document.version,
      length: text.length,
      cap,
      correctionsVersion: this.correctionsVersion,
      ...(corrections ? { corrections } : {}),
    };
    if (looksBinary(text)) {
      this.log.info(`${document.uri.fsPath || document.uri.toString()}: binary content (NUL in the first 8 KB), not analysed`);
      return { ...base, status: 'binary', markup: null, ms: 0 };
    }
    // Until the corrections files are read, an analysis would be without them, and done twice.
    if (this.corrections && !this.corrections.loaded) return { ...base, status: 'pending', markup: null, ms: 0 };
    if (text.length >= WORKER_THRESHOLD && this.worker.available) {
      // While the user types, a version is not worth analysing: the debounce's end starts the one that is.
      if (!this.timers.has(base.uri)) this.startInWorker(document, text, cap, corrections);
      return { ...base, status: 'pending', markup: null, ms: 0 };
    }
    const t0 = Date.now();
    try {
      const engine = this.engineHost.inProcessEngine?.();
      if (!engine) throw new Error(`the analysis worker cannot start (${this.engineHost.script})`);
      const markup = engine.analyze(text, {
        maxLength: cap,
        ...(corrections ? { corrections: corrections.corrections } : {}),
      });
      this.analysisCount++;
      const ms = Date.now() - t0;
      const truncated = text.length > cap;
      if (ms > 500 || truncated) {
        this.log.info(
          `${document.uri.toString()} v${document.version}: analysed ${Math.min(cap, text.length)} of ${text.length} chars in ${ms} ms`,
        );
      }
      return { ...base, status: truncated ? 'truncated' : 'ok', markup: sanitize(markup, Math.min(cap, text.length)), ms };
    } catch (err) {
      this.log.error(`analyze ${document.uri.toString()} v${document.version}`, err);
      return { ...base, status: 'failed', markup: null, ms: Date.now() - t0 };
    }
  }

  private startInWorker(document: vscode.TextDocument, text: string, cap: number, corrections: ArticleCorrections | undefined): void {
    const key = document.uri.toString();
    const version = document.version;
    const correctionsVersion = this.correctionsVersion;
    const running = this.inflight.get(key);
    if (running && running.version === version && running.correctionsVersion === correctionsVersion) return;
    if (this.corrections && !this.corrections.loaded) return;
    const t0 = Date.now();
    const done = this.worker.analyze(key, text, cap, corrections?.corrections).then(
      (result) => {
        if (this.inflight.get(key)?.version === version) this.inflight.delete(key);
        if (!result) return; // superseded by a newer version
        this.analysisCount++;
        const current = this.cache.get(key);
        if (!current || current.version !== version || current.correctionsVersion !== correctionsVersion || document.isClosed) return;
        const truncated = text.length > cap;
        this.log.info(
          `${key} v${version}: analysed ${Math.min(cap, text.length)} of ${text.length} chars ` +
            `in the worker in ${result.ms} ms (${Date.now() - t0} ms with transfer)`,
        );
        this.log.timed(`worker result ${document.uri.path}`, () => {
          this.cache.set(key, {
            ...current,
            status: truncated ? 'truncated' : 'ok',
            markup: sanitize(result.markup, Math.min(cap, text.length)),
            ms: result.ms,
          });
          this.emitter.fire({ uri: document.uri });
        });
      },
      (err) => {
        if (this.inflight.get(key)?.version === version) this.inflight.delete(key);
        this.log.error(`analyze ${key} v${version} in the worker`, err);
        const current = this.cache.get(key);
        if (current && current.version === version) {
          this.cache.set(key, { ...current, status: 'failed', markup: null });
          this.emitter.fire({ uri: document.uri });
        }
      },
    );
    this.inflight.set(key, { version, correctionsVersion, done });
  }

  dispose(): void {
    this.worker.dispose();
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.releaseWaiters();
    this.cache.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** Keeps only spans inside the analysed text, so no feature turns a bad offset into an exception. */
function sanitize(markup: Markup, limit: number): Markup {
  const ok = (s: { start: number; end: number } | null | undefined) =>
    !!s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end >= s.start && s.end <= limit;
  const bad =
    markup.quotes.some((q) => !ok(q)) || markup.reported.some((q) => !ok(q)) || markup.entities.some((e) => e.mentions.some((m) => !ok(m)));
  if (!bad) return markup;
  return {
    ...markup,
    quotes: markup.quotes.filter(ok),
    reported: markup.reported.filter(ok),
    entities: markup.entities.map((e) => ({ ...e, mentions: e.mentions.filter(ok) })),
  };
}
