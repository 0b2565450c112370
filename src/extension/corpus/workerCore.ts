// What the corpus worker does with each task, whatever runs it: a child process on the desktop
// (../corpusWorker.ts, which reads the files itself) or a Web Worker in the browser
// (../webCorpusWorker.ts, which is handed their text). No `vscode`, no Node built-ins.
import { contentHash, summarize } from '../../corpus';
import type { Analyzer, Corrections } from '../../markup';
import { relevantCorrections, serializeCorrections } from '../../markup/corrections';
import { markupToJson } from '../../markup/serialize';
import type { ArticleResult, ArticleTask, CorpusReply, CorpusTask, FileStamp } from './protocol';
import { analysedUnderCap } from './cacheFile';
import { WorkerCache, type CacheStore } from './workerCache';

/** How a worker reads an article: its file's size and time, and its text. */
export interface ArticleReader {
  /** Undefined when the article is not a file's content (an editor's unsaved text): never cached by time. */
  stamp(task: ArticleTask): FileStamp | undefined;
  text(task: { path?: string; text?: string }): string;
  /** The file's path, kept in the cache so the desktop's host can check it at reopen. */
  path?(task: ArticleTask): string | undefined;
}

const DATE_LINE = /^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\b/;

/** The corrections whose words the text holds, and their hash ('' and none when there are none). */
function relevantTo(text: string, corrections: Corrections | undefined): { relevant?: Corrections; key: string } {
  if (!corrections) return { key: '' };
  const relevant = relevantCorrections(text, corrections);
  if (relevant.names.length + relevant.quotes.length === 0) return { key: '' };
  return { relevant, key: contentHash(serializeCorrections(relevant)) };
}

/**
 * The engine, loaded with the first article that needs analysing: a reopened workspace answered
 * from the cache never pays for loading compromise. Each article is read once per index, so a small
 * segment cache serves only repeated boilerplate.
 */
function loadAnalyzer(): Analyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: esbuild defers the module until this call
  return (require('../../markup') as typeof import('../../markup')).createAnalyzer({ cacheSize: 200_000 });
}

/**
 * The corpus worker's answers: each article from the cache when its file's size and time (or its
 * content hash, and the corrections that apply to it) are unchanged, else analysed and summarised.
 * The cache is read with the first task that needs it.
 */
export class CorpusWorkerCore {
  private engine: Analyzer | undefined;
  readonly cache = new WorkerCache();
  private cacheRead = false;
  /** How many articles were analysed (not answered from the cache) since the worker started. */
  analysed = 0;

  constructor(
    private readonly reader: ArticleReader,
    private readonly cacheFile?: { store: CacheStore; engine: string },
    private readonly analyzer: () => Analyzer = loadAnalyzer,
  ) {}

  answer(task: CorpusTask): CorpusReply {
    const { id } = task;
    try {
      if (task.kind !== 'markup') this.openCache();
      switch (task.kind) {
        case 'index':
          return { id, kind: 'indexed', results: task.articles.map((article) => this.indexSafely(article, task.maxLength)) };
        case 'markup':
          return {
            id,
            kind: 'markup',
            json: markupToJson(this.analyze(this.reader.text(task), task.maxLength, task.corrections), task.file),
          };
        case 'retain':
        case 'forget':
          this.cache.prune(task.files, task.kind === 'retain');
          return { id, kind: 'done' };
        case 'flush':
          this.cache.save();
          return { id, kind: 'done' };
      }
    } catch (e) {
      return { id, kind: 'failed', error: (e as Error).message };
    }
  }

  private openCache(): void {
    if (!this.cacheRead && this.cacheFile) this.cache.open(this.cacheFile.store, this.cacheFile.engine);
    this.cacheRead = true;
  }

  private analyze(text: string, maxLength: number, corrections: Corrections | undefined) {
    this.engine ??= this.analyzer();
    this.analysed++;
    return this.engine.analyze(text, { maxLength, ...(corrections ? { corrections } : {}) });
  }

  /** Each article on its own: one that cannot be read fails alone. */
  private indexSafely(article: ArticleTask, maxLength: number): ArticleResult {
    try {
      return this.indexArticle(article, maxLength);
    } catch (e) {
      return { file: article.file, kind: 'failed', error: (e as Error).message };
    }
  }

  private indexArticle(task: ArticleTask, maxLength: number): ArticleResult {
    const { file } = task;
    const stamp = this.reader.stamp(task);
    const fits = (s: { length: number; analysed: number }) => analysedUnderCap(s, maxLength);
    const entry = this.cache.get(file);
    const known = entry && fits(entry.summary) ? entry : undefined;
    const given = task.correctionsKey ?? '';
    // An unsaved editor's text is never taken from the cache by time: only by its content.
    if (stamp && known && known.mtime === stamp.mtime && known.size === stamp.size && (known.corrections?.given ?? '') === given) {
      return { file, kind: 'indexed', summary: known.summary, cached: true };
    }
    const text = this.reader.text(task);
    if (task.requireDateLine && !DATE_LINE.test(text.slice(0, 64))) return { file, kind: 'notArticle' };
    const hash = contentHash(text);
    // Only the corrections whose words the article holds can change it: one about another name keeps its summary.
    const { relevant, key } = relevantTo(text, task.corrections);
    const copy = this.cache.sameText(file, hash, key);
    const unchanged = known?.hash === hash && (known.corrections?.relevant ?? '') === key;
    const again = unchanged ? known.summary : copy && fits(copy) ? copy : undefined;
    const summary = again ?? summarize(file, text, this.analyze(text, maxLength, relevant), Math.min(text.length, maxLength));
    // The text in an editor is not the file: only the file's own content goes into the cache.
    const corrections = given ? { corrections: { given, relevant: key } } : {};
    const path = this.reader.path?.(task);
    if (stamp) this.cache.set(file, { hash, mtime: stamp.mtime, size: stamp.size, ...(path ? { path } : {}), summary, ...corrections });
    return { file, kind: 'indexed', summary, cached: !!again };
  }
}
