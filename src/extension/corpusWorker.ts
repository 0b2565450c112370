// The corpus worker (dist/corpusWorker.js): reads, hashes, analyses and summarises workspace articles
// off the extension host's thread, a batch per message, with an engine of its own so the editor's analysis
// worker stays free for the article being edited; it also owns the corpus cache. No `vscode` here.
import { statSync } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { readArticle } from '../cli/input';
import { contentHash, summarize } from '../corpus';
import type { Analyzer, Corrections } from '../markup';
import { relevantCorrections, serializeCorrections } from '../markup/corrections';
import { markupToJson } from '../markup/serialize';
import type { ArticleResult, ArticleTask, CorpusReply, CorpusTask, CorpusWorkerCache } from './corpus/protocol';
import { WorkerCache } from './corpus/workerCache';

let engine: Analyzer | undefined;

/**
 * The engine, loaded with the first article that needs analysing: a reopened workspace answered
 * from the cache never pays for loading compromise. Each article is read once per index, so a small
 * segment cache serves only repeated boilerplate.
 */
function analyzer(): Analyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy require: esbuild defers the module until this call
  engine ??= (require('../markup') as typeof import('../markup')).createAnalyzer({ cacheSize: 200_000 });
  return engine;
}
const cache = new WorkerCache();
const cacheFile = (workerData as { cache?: CorpusWorkerCache } | undefined)?.cache;
let cacheRead = false;

/** The cache, read with the first task that needs it (the worker starts with one). */
function openCache(): void {
  if (!cacheRead && cacheFile) cache.open(cacheFile.path, cacheFile.engine);
  cacheRead = true;
}
const DATE_LINE = /^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\b/;

const textOf = (task: { path?: string; text?: string }) => (task.text !== undefined ? task.text : readArticle(task.path!).text);

function indexArticle(task: ArticleTask, maxLength: number): ArticleResult {
  const { file } = task;
  const stat = task.path !== undefined ? statSync(task.path) : undefined;
  // A summary made under another analysis cap (newsMarkup.maxAnalyzedSize) is made again.
  const fits = (s: { length: number; analysed: number }) => s.analysed === Math.min(s.length, maxLength);
  const entry = cache.get(file);
  const known = entry && fits(entry.summary) ? entry : undefined;
  const given = task.correctionsKey ?? '';
  // An unsaved editor's text is never taken from the cache by time: only by its content.
  if (stat && known && known.mtime === stat.mtimeMs && known.size === stat.size && (known.corrections?.given ?? '') === given) {
    return { file, kind: 'indexed', summary: known.summary, cached: true };
  }
  const text = textOf(task);
  if (task.requireDateLine && !DATE_LINE.test(text.slice(0, 64))) return { file, kind: 'notArticle' };
  const hash = contentHash(text);
  // Only the corrections whose words the article holds can change it: one about another name keeps its summary.
  const { relevant, key } = relevantTo(text, task.corrections);
  const copy = cache.sameText(file, hash, key);
  const unchanged = known?.hash === hash && (known.corrections?.relevant ?? '') === key;
  const again = unchanged ? known.summary : copy && fits(copy) ? copy : undefined;
  const analysed = () => analyzer().analyze(text, { maxLength, ...(relevant ? { corrections: relevant } : {}) });
  const summary = again ?? summarize(file, text, analysed(), Math.min(text.length, maxLength));
  // The text in an editor is not the file: only the file's own content goes into the cache.
  const corrections = given ? { corrections: { given, relevant: key } } : {};
  if (stat) cache.set(file, { hash, mtime: stat.mtimeMs, size: stat.size, path: task.path, summary, ...corrections });
  return { file, kind: 'indexed', summary, cached: !!again };
}

/** The corrections whose words the text holds, and their hash ('' and none when there are none). */
function relevantTo(text: string, corrections: Corrections | undefined): { relevant?: Corrections; key: string } {
  if (!corrections) return { key: '' };
  const relevant = relevantCorrections(text, corrections);
  if (relevant.names.length + relevant.quotes.length === 0) return { key: '' };
  return { relevant, key: contentHash(serializeCorrections(relevant)) };
}

/** Each article on its own: one that cannot be read fails alone. */
function indexArticles(task: Extract<CorpusTask, { kind: 'index' }>): CorpusReply {
  const results = task.articles.map((article): ArticleResult => {
    try {
      return indexArticle(article, task.maxLength);
    } catch (e) {
      return { file: article.file, kind: 'failed', error: (e as Error).message };
    }
  });
  return { id: task.id, kind: 'indexed', results };
}

function analyzeWith(text: string, maxLength: number, corrections: Corrections | undefined) {
  return analyzer().analyze(text, { maxLength, ...(corrections ? { corrections } : {}) });
}

function answer(task: CorpusTask): CorpusReply {
  const { id } = task;
  try {
    if (task.kind !== 'markup') openCache();
    switch (task.kind) {
      case 'index':
        return indexArticles(task);
      case 'markup':
        return { id, kind: 'markup', json: markupToJson(analyzeWith(textOf(task), task.maxLength, task.corrections), task.file) };
      case 'retain':
      case 'forget':
        cache.prune(task.files, task.kind === 'retain');
        return { id, kind: 'done' };
      case 'flush':
        cache.save();
        return { id, kind: 'done' };
    }
  } catch (e) {
    return { id, kind: 'failed', error: (e as Error).message };
  }
}

parentPort?.on('message', (task: CorpusTask) => parentPort!.postMessage(answer(task)));
