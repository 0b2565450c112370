import type { Corrections } from '../../markup/corrections';
import type { CorrectionsStore } from '../corrections/store';
import * as vscode from 'vscode';
import { CorpusIndex, ENGINE_VERSION, summarize, type ArticleSummary, type CorpusFilter } from '../../corpus';
import type { Log } from '../log';
import type { MarkupStore } from '../markupStore';
import { formatCount, maxAnalyzedSize, SECTION } from '../settings';
import { corpusFileOf, corpusPatterns, findCorpusFiles, inCorpus, maxArticles, nextTurn, type CorpusFile } from './files';
import type { CorpusPlatform } from './platform';
import type { ArticleResult, ArticleTask, CorpusReply } from './protocol';
import type { CorpusSource } from './source';
import { CorpusWorkerClient } from './workerClient';

/** Views and the report are told of changes at most this often while indexing runs. */
const CHANGE_THROTTLE_MS = 250;
/** An editor's unsaved text is summarised this long after its analysis settles. */
const EDITOR_DELAY_MS = 400;
/** Indexing that ends sooner than this (a reopened workspace) shows no progress notification. */
const NOTIFY_AFTER_MS = 1000;
/** Articles per message to the worker: about a tenth of a second of analysis, so progress still flows. */
const BATCH = 16;
/** Batches whose tasks are made in one turn of the host's event loop. */
const BATCHES_PER_TURN = 8;
/** The largest article the host reads for the worker (the desktop's worker refuses larger ones too: cli/input.ts). */
const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export interface CorpusProgress {
  /** Articles found in the workspace (at most `newsMarkup.corpus.maxArticles`). */
  found: number;
  indexed: number;
  /** Read from the cache rather than analysed. */
  cached: number;
  failed: number;
  /** Indexing is over: complete, or cancelled (`cancelled`). */
  done: boolean;
  cancelled: boolean;
  /** More articles were found than `newsMarkup.corpus.maxArticles`. */
  more: boolean;
  /** Milliseconds from the start of indexing to its end. */
  ms: number;
  /** Of those, the search for the article files (`workspace.findFiles`). */
  findMs: number;
  /**
   * Milliseconds from the start until the index held every article the cache vouches for (its file
   * unchanged): a reopened workspace is shown then, and the file search only adds or removes articles.
   */
  readyMs: number;
}

/** The editor document of a URI, if one is open (a document being closed is not). */
function openDocument(key: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key);
}

/** The open editors with unsaved text, by URI. */
function dirtyDocuments(): Map<string, vscode.TextDocument> {
  return new Map(vscode.workspace.textDocuments.filter((d) => !d.isClosed && d.isDirty).map((d) => [d.uri.toString(), d]));
}

/** A file's text as the host reads it (any file system VS Code knows). */
export async function readText(uri: vscode.Uri): Promise<string> {
  const open = openDocument(uri.toString());
  return open ? open.getText() : new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** "1,912 / 2,000 articles"; before the search for files has answered, "finding articles…". */
const counting = (p: CorpusProgress) =>
  !p.found && !p.indexed && !p.done ? 'finding articles…' : `${formatCount(p.indexed)} / ${formatCount(p.found)} articles`;

const idle = (): CorpusProgress => ({
  found: 0,
  indexed: 0,
  cached: 0,
  failed: 0,
  done: false,
  cancelled: false,
  more: false,
  ms: 0,
  findMs: 0,
  readyMs: 0,
});

/**
 * The workspace as a corpus: every article summarised once, in the corpus worker, from a cache in
 * the extension's storage when the file has not changed, kept up to date by a file watcher and by the editors' unsaved
 * text (which wins over the file). Nothing runs until the Corpus view, the report or an export asks.
 */
export class CorpusService implements CorpusSource, vscode.Disposable {
  readonly index = new CorpusIndex();
  progress: CorpusProgress = idle();
  private currentFilter: CorpusFilter = {};
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;
  private worker: CorpusWorkerClient;
  private readonly statusItem: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  /** The file watchers and listeners, made again when the include patterns change. */
  private watching: vscode.Disposable[] = [];
  private building: Promise<void> | undefined;
  /** The corrections files' content the index was built with (`CorrectionsStore.signature`). */
  private indexedWith: string | undefined;
  /** Each (re)build has a number: the replies of an older one are ignored. */
  private generation = 0;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly editorTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Articles whose entry comes from an editor's unsaved text: re-read from disk when it closes. */
  private readonly fromEditor = new Set<string>();

  /** The cache file in the extension's storage; undefined: no cache (no storage). */
  readonly cacheFile: vscode.Uri | undefined;

  constructor(
    /** The desktop's or the browser's way of listing, reading and writing (platform/nodeCorpus.ts, platform/webCorpus.ts). */
    readonly platform: CorpusPlatform,
    storage: vscode.Uri | undefined,
    private readonly store: MarkupStore,
    private readonly log: Log,
    private readonly corrections?: CorrectionsStore,
  ) {
    this.cacheFile = storage && vscode.Uri.joinPath(storage, 'corpus-index.json');
    this.worker = this.newWorker();
    // A correction changes the markup of the articles that hold its words: the worker re-analyses only those.
    if (corrections) this.disposables.push(corrections.onDidChange(() => this.correctionsChanged()));
    this.statusItem = vscode.window.createStatusBarItem('newsMarkup.corpus', vscode.StatusBarAlignment.Right, 99);
    this.statusItem.name = 'News Markup Corpus';
    this.statusItem.command = { command: 'newsMarkup.corpus.focus', title: 'Show the Corpus view' };
    this.disposables.push(this.emitter, this.statusItem);
    this.watching = this.watch();
  }

  get filter(): CorpusFilter {
    return this.currentFilter;
  }

  setFilter(filter: CorpusFilter): void {
    this.currentFilter = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as CorpusFilter;
    void vscode.commands.executeCommand('setContext', 'newsMarkup.corpusFiltered', Object.keys(this.currentFilter).length > 0);
    this.emitter.fire();
  }

  /** Whether indexing has been asked for (the Corpus view was shown, the report or an export run). */
  get started(): boolean {
    return this.building !== undefined;
  }

  ready(): Promise<void> {
    this.building ??= this.build(this.generation);
    return this.building;
  }

  /**
   * Starts over as reopening the workspace does: a fresh worker reads the cache from disk, the
   * articles are listed again, and only new or changed ones are analysed.
   */
  reindex(): Promise<void> {
    const generation = ++this.generation;
    const old = this.worker;
    this.worker = this.newWorker();
    this.building = (async () => {
      old.cancelQueued();
      await this.flush(old);
      old.dispose();
      this.index.clear();
      await this.build(generation);
    })();
    return this.building;
  }

  private async build(generation: number): Promise<void> {
    const started = Date.now();
    this.progress = idle();
    this.changed();
    // The articles are summarised with the reader's corrections: they are read first.
    await this.corrections?.ready;
    this.indexedWith = this.corrections?.signature;
    if (!this.worker.available) {
      this.log.warn(`corpus: ${this.worker.script} is missing; the workspace is not indexed`);
      this.progress = { ...this.progress, done: true, cancelled: true };
      return this.changed();
    }
    // The files are searched for while the cache is read: a reopened workspace is shown before the search answers.
    const search = this.search();
    search.catch(() => undefined);
    const shown = await this.showCached(generation, started);
    const { files, more, findMs } = await search;
    if (generation !== this.generation) return;
    const { stale, gone } = this.reconcile(files, more, findMs, shown);
    const cancel = new vscode.CancellationTokenSource();
    const notify = setTimeout(() => this.showProgress(generation, cancel), NOTIFY_AFTER_MS);
    cancel.token.onCancellationRequested(() => this.cancel(generation));
    try {
      await this.indexFiles(stale, generation);
    } finally {
      clearTimeout(notify);
      cancel.dispose();
    }
    if (generation !== this.generation) return;
    if (!this.progress.cancelled) this.forgetAllBut(files, gone > 0);
    this.progress = { ...this.progress, done: true, ms: Date.now() - started, readyMs: this.progress.readyMs || Date.now() - started };
    this.log.info(this.describeProgress());
    this.changed();
    void this.flush(this.worker);
  }

  private async search(): Promise<{ files: CorpusFile[]; more: boolean; findMs: number }> {
    const started = Date.now();
    const list = (globs: string[], limit: number) => this.platform.listFiles(globs, limit);
    const found = await findCorpusFiles(list, maxArticles(), undefined, (label, fn) => this.log.timed(label, fn));
    return { ...found, findMs: Date.now() - started };
  }

  /**
   * The summaries the cache vouches for (their file has the size and time it had) go into the index
   * at once, read from the cache file a slice at a time: a reopened workspace is whole before its
   * files are even listed, and before the worker has started.
   */
  private async showCached(generation: number, started: number): Promise<Set<string>> {
    const shown = new Set<string>();
    if (!this.cacheFile) return shown;
    const take = (summaries: ArticleSummary[]) => {
      if (generation !== this.generation) return;
      this.log.timed('corpus: cached summaries', () => {
        for (const summary of summaries) {
          // An editor's unsaved text wins over the file.
          if (!(this.fromEditor.has(summary.file) && this.index.get(summary.file))) this.index.set(summary);
          shown.add(summary.file);
        }
      });
    };
    const timed = <T>(label: string, fn: () => T) => this.log.timed(label, fn);
    const corrections = this.corrections?.any ? this.corrections : undefined;
    const correctionsKey = (file: string) => corrections?.keyFor(vscode.Uri.parse(file)) ?? '';
    const options = { engine: ENGINE_VERSION, maxLength: maxAnalyzedSize(), take, timed, correctionsKey };
    await this.platform.readCachedSummaries(this.cacheFile, options);
    if (!shown.size || generation !== this.generation) return shown;
    this.progress = { ...this.progress, found: shown.size, indexed: shown.size, cached: shown.size, readyMs: Date.now() - started };
    this.changed();
    return shown;
  }

  /**
   * The file search's answer against what the cache showed: the articles gone leave the index; the
   * new ones, the changed ones and those with unsaved text are the ones left to index.
   */
  private reconcile(files: CorpusFile[], more: boolean, findMs: number, shown: Set<string>): { stale: CorpusFile[]; gone: number } {
    return this.log.timed('corpus: the file search against the cache', () => {
      const found = new Set(files.map((f) => f.uri.toString()));
      let gone = 0;
      for (const file of shown) if (!found.has(file) && this.index.delete(file)) gone++;
      const unsaved = new Set(dirtyDocuments().keys());
      const stale = files.filter((f) => !shown.has(f.uri.toString()) || unsaved.has(f.uri.toString()));
      const current = files.length - stale.length;
      this.progress = { ...this.progress, found: files.length, more, findMs, indexed: current, cached: current };
      this.changed();
      return { stale, gone };
    });
  }

  /**
   * A worker that starts with its first task, and reads the cache then: a reopened workspace with
   * nothing new never starts it.
   */
  private newWorker(): CorpusWorkerClient {
    return new CorpusWorkerClient(this.log, this.platform.workerHost(this.cacheFile, ENGINE_VERSION));
  }

  /** Writes the worker's cache if it changed (a worker never started has nothing to write). */
  private flush(worker: CorpusWorkerClient): Promise<unknown> {
    return worker.started ? worker.run({ kind: 'flush' }) : Promise.resolve();
  }

  private cancel(generation: number): void {
    if (generation !== this.generation) return;
    this.worker.cancelQueued();
    this.progress = { ...this.progress, cancelled: true };
    this.changed();
  }

  /**
   * The articles no longer in the workspace leave the index, and the cache when the worker runs or
   * articles it held are `gone` (else the next build that starts the worker prunes it).
   */
  private forgetAllBut(files: CorpusFile[], gone: boolean): void {
    const keep = new Set(files.map((f) => f.uri.toString()));
    for (const file of this.index.files()) if (!keep.has(file)) this.index.delete(file);
    if (gone || this.worker.started) void this.worker.run({ kind: 'retain', files: [...keep] });
  }

  /** A notification with a Cancel button, for an index that takes more than a moment. */
  private showProgress(generation: number, cancel: vscode.CancellationTokenSource): void {
    void vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'News Markup: indexing the workspace articles', cancellable: true },
      (progress, token) =>
        new Promise<void>((resolve) => {
          token.onCancellationRequested(() => cancel.cancel());
          let reported = 0;
          const update = () => {
            const p = this.progress;
            if (generation !== this.generation || p.done || p.cancelled) return resolve(listener.dispose());
            const increment = p.found ? (100 * (p.indexed - reported)) / p.found : 0;
            reported = p.indexed;
            progress.report({ message: counting(p), increment });
          };
          const listener = this.onDidChange(update);
          update();
        }),
    );
  }

  /** Summarises articles: those with unsaved text from their editor, the others in the worker, BATCH to a message. */
  private async indexFiles(files: CorpusFile[], generation: number, urgent = false): Promise<void> {
    const unsaved = dirtyDocuments();
    const editors = files.flatMap((f) => unsaved.get(f.uri.toString()) ?? []);
    const fromDisk = files.filter((f) => !unsaved.has(f.uri.toString()));
    const maxLength = maxAnalyzedSize();
    const indexBatch = async (batch: CorpusFile[]) => {
      const { articles, unread } = await this.readBatch(batch);
      const reply = articles.length ? await this.worker.run({ kind: 'index', articles, maxLength }, urgent) : undefined;
      if ((articles.length && !reply) || generation !== this.generation) return;
      // A file changed on its own (not one of the files being indexed) is no step of the progress.
      this.log.timed('corpus: summaries indexed', () => this.apply(batch, unread, reply, !urgent));
    };
    if (fromDisk.length && !this.worker.started) {
      // The worker's start in a turn of the event loop of its own (a process spawned on the desktop).
      await nextTurn();
      this.worker.warmUp();
      await nextTurn();
    }
    const indexing = editors.map((document) => this.indexEditor(document));
    for (let i = 0; i < fromDisk.length; i += BATCH) {
      // The tasks of thousands of articles made at once held the host's thread: a few batches a turn.
      if (i && i % (BATCH * BATCHES_PER_TURN) === 0) await nextTurn();
      if (generation !== this.generation) break;
      indexing.push(indexBatch(fromDisk.slice(i, i + BATCH)));
    }
    await Promise.all(indexing);
  }

  /** The markup of an indexed article as one JSON line (the JSONL export), from its editor's text if open. */
  async markupLine(file: string): Promise<string | { error: string } | undefined> {
    const uri = vscode.Uri.parse(file);
    const open = openDocument(file);
    const source = open ? { text: open.getText() } : this.platform.workerReads(uri) ? { path: uri.fsPath } : { text: await readText(uri) };
    const { corrections } = this.correctionsOf(uri);
    const reply = await this.worker.run({
      kind: 'markup',
      file,
      maxLength: maxAnalyzedSize(),
      ...source,
      ...(corrections ? { corrections } : {}),
    });
    if (!reply) return undefined;
    return reply.kind === 'markup' ? reply.json : { error: reply.kind === 'failed' ? reply.error : 'not analysed' };
  }

  /** The batch's tasks; an article the host cannot read (the web) fails alone, as one the worker cannot. */
  private async readBatch(batch: CorpusFile[]): Promise<{ articles: ArticleTask[]; unread: ArticleResult[] }> {
    const articles: ArticleTask[] = [];
    const unread: ArticleResult[] = [];
    await Promise.all(
      batch.map((file) =>
        this.articleTask(file).then(
          (task) => void articles.push(task),
          (e: unknown) => void unread.push({ file: file.uri.toString(), kind: 'failed', error: (e as Error).message }),
        ),
      ),
    );
    return { articles, unread };
  }

  private async articleTask(file: CorpusFile): Promise<ArticleTask> {
    const common = { file: file.uri.toString(), requireDateLine: file.requireDateLine, ...this.correctionsOf(file.uri) };
    if (this.platform.workerReads(file.uri)) return { ...common, path: file.uri.fsPath };
    // A file system the worker cannot read (a remote or virtual one, any in the browser): the host reads
    // it, its size and time first (a change meanwhile makes the cache miss next time, never hit wrongly).
    const stat = await vscode.workspace.fs.stat(file.uri);
    if (stat.size > MAX_ARTICLE_BYTES)
      throw new Error(`is ${formatCount(stat.size)} bytes, over the limit of ${formatCount(MAX_ARTICLE_BYTES)}`);
    return { ...common, text: await readText(file.uri), stat: { mtime: stat.mtime, size: stat.size } };
  }

  /** Re-indexes when what the corrections files say changed since the index was built (not on their first read). */
  private correctionsChanged(): void {
    if (!this.started || this.indexedWith === undefined || this.indexedWith === this.corrections?.signature) return;
    void this.reindex();
  }

  /** The reader's corrections for an article and their key, when there are any (the worker keys its cache by them). */
  private correctionsOf(uri: vscode.Uri): { corrections?: Corrections; correctionsKey?: string } {
    const key = this.corrections?.keyFor(uri);
    const found = key ? this.corrections?.forArticle(uri)?.corrections : undefined;
    return found ? { corrections: found, correctionsKey: key } : {};
  }

  private apply(batch: CorpusFile[], unread: ArticleResult[], reply: CorpusReply | undefined, counted: boolean): void {
    const error = reply?.kind === 'failed' ? reply.error : 'not analysed';
    const sent = new Set(batch.map((f) => f.uri.toString()));
    for (const { file } of unread) sent.delete(file);
    const answered: ArticleResult[] =
      !reply || reply.kind === 'indexed' ? (reply?.results ?? []) : [...sent].map((file) => ({ file, kind: 'failed', error }));
    const results = [...unread, ...answered];
    const step = counted ? 1 : 0;
    let { found, indexed, cached, failed } = this.progress;
    for (const result of results) {
      if (result.kind === 'indexed') {
        this.index.set(result.summary);
        indexed += step;
        cached += result.cached ? step : 0;
        continue;
      }
      this.index.delete(result.file);
      if (result.kind === 'notArticle') found -= step;
      else {
        this.log.warn(`corpus: ${result.file}: ${result.error}`);
        indexed += step;
        failed += step;
      }
    }
    this.progress = { ...this.progress, found, indexed, cached, failed };
    this.changed();
  }

  /** The editor's unsaved text wins over the file: its analysis (the one every feature shares) is summarised. */
  private async indexEditor(document: vscode.TextDocument): Promise<void> {
    const analysis = await this.store.ready(document);
    if (document.isClosed || !analysis.markup || analysis.version !== document.version) return;
    const key = document.uri.toString();
    const text = document.getText();
    this.index.set(summarize(key, text, analysis.markup, Math.min(text.length, analysis.cap)));
    this.fromEditor.add(key);
    this.changed();
  }

  private watch(): vscode.Disposable[] {
    const { include, textFiles } = corpusPatterns();
    const globs = textFiles ? [...include, '**/*.txt'] : include;
    const watchers = globs.map((glob) => vscode.workspace.createFileSystemWatcher(glob));
    // A deleted folder is reported as the folder alone: its articles go with it.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    return [
      ...watchers,
      deletions,
      ...watchers.flatMap((w) => [w.onDidCreate((uri) => this.fileChanged(uri)), w.onDidChange((uri) => this.fileChanged(uri))]),
      deletions.onDidDelete((uri) => this.fileDeleted(uri)),
      this.store.onDidChange(({ uri }) => this.editorChanged(uri)),
      vscode.workspace.onDidCloseTextDocument((d) => this.editorClosed(d.uri)),
      // Reverted or saved, the file is the article again at once (the text's analysis, and the closing
      // of the document, may come much later; a save is also seen by the watcher).
      vscode.workspace.onDidChangeTextDocument(({ document }) => {
        if (!document.isDirty && this.fromEditor.has(document.uri.toString())) this.editorClosed(document.uri);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => this.configurationChanged(e)),
    ];
  }

  private fileChanged(uri: vscode.Uri): void {
    if (!this.started || !inCorpus(uri)) return;
    if (openDocument(uri.toString())?.isDirty) return;
    this.fromEditor.delete(uri.toString());
    void this.log.guardAsync('corpus update', undefined, () => this.indexFiles([corpusFileOf(uri)], this.generation, true));
  }

  private fileDeleted(uri: vscode.Uri): void {
    if (!this.started) return;
    const key = uri.toString();
    const gone = this.index.files().filter((f) => f === key || f.startsWith(`${key}/`));
    for (const file of gone) this.index.delete(file);
    if (!gone.length) return;
    void this.worker.run({ kind: 'forget', files: gone });
    this.changed();
  }

  private editorChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    const document = openDocument(key);
    if (!this.started || !document?.isDirty || !(this.index.get(key) || inCorpus(uri))) return;
    clearTimeout(this.editorTimers.get(key));
    this.editorTimers.set(
      key,
      setTimeout(() => {
        this.editorTimers.delete(key);
        void this.log.guardAsync('corpus: unsaved article', undefined, () => this.indexEditor(document));
      }, EDITOR_DELAY_MS),
    );
  }

  /** An editor closed without saving: the file on disk is the article again. */
  private editorClosed(uri: vscode.Uri): void {
    if (this.fromEditor.delete(uri.toString())) this.fileChanged(uri);
  }

  private configurationChanged(e: vscode.ConfigurationChangeEvent): void {
    const affects = ['corpus', 'detectArticlesInTextFiles', 'maxAnalyzedSize'].some((s) => e.affectsConfiguration(`${SECTION}.${s}`));
    if (!affects && !e.affectsConfiguration('files.exclude') && !e.affectsConfiguration('search.exclude')) return;
    if (e.affectsConfiguration(`${SECTION}.corpus.include`) || e.affectsConfiguration(`${SECTION}.detectArticlesInTextFiles`)) {
      // The watchers follow the patterns.
      for (const d of this.watching) d.dispose();
      this.watching = this.watch();
    }
    if (this.started) void this.reindex();
  }

  /** Tells the views, at most every CHANGE_THROTTLE_MS while indexing runs. */
  private changed(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.updateStatus();
      this.emitter.fire();
    }, CHANGE_THROTTLE_MS);
  }

  describeProgress(): string {
    const p = this.progress;
    const of = counting(p);
    if (!p.done && !p.cancelled) return `indexing ${of}`;
    if (p.cancelled) return `indexing stopped at ${of}`;
    const details = [p.cached ? `${formatCount(p.cached)} from the cache` : '', p.failed ? `${formatCount(p.failed)} not readable` : '']
      .filter(Boolean)
      .join(', ');
    return `${formatCount(this.index.size)} articles indexed in ${(p.ms / 1000).toFixed(1)} s${details ? ` (${details})` : ''}`;
  }

  private updateStatus(): void {
    const p = this.progress;
    if (p.done || (!p.found && !this.started)) return this.statusItem.hide();
    this.statusItem.text = `${p.cancelled ? '$(debug-pause)' : '$(sync~spin)'} ${counting(p)}`;
    this.statusItem.tooltip = p.cancelled
      ? 'Indexing was stopped: Re-index Workspace Articles resumes it.'
      : 'News Markup is indexing the workspace articles.';
    this.statusItem.show();
  }

  dispose(): void {
    for (const t of this.editorTimers.values()) clearTimeout(t);
    clearTimeout(this.changeTimer);
    this.generation++;
    // The cache is written before the worker stops (it is also written a few seconds after each change).
    const worker = this.worker;
    void Promise.race([this.flush(worker), new Promise((r) => setTimeout(r, 2000))]).finally(() => worker.dispose());
    for (const d of [...this.watching, ...this.disposables]) d.dispose();
  }
}
