// The corpus worker (dist/corpusWorker.js): reads, hashes, analyses and summarises workspace articles
// off the extension host's thread, one at a time, with an engine of its own so the editor's analysis
// worker stays free for the article being edited; it also owns the corpus cache. No `vscode` here.
import { statSync } from 'fs';
import { parentPort } from 'worker_threads';
import { readArticle } from '../cli/input';
import { contentHash, summarize } from '../corpus';
import type { Analyzer, Corrections } from '../markup';
import { relevantCorrections, serializeCorrections } from '../markup/corrections';
import { markupToJson } from '../markup/serialize';
import type { CorpusReply, CorpusTask } from './corpus/protocol';
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
const DATE_LINE = /^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\b/;

const textOf = (task: { path?: string; text?: string }) => (task.text !== undefined ? task.text : readArticle(task.path!).text);

/** A corrections list's hash ('' for none), the last one remembered: every article of a folder is given the same list. */
let lastGiven: { corrections: Corrections | undefined; hash: string } = { corrections: undefined, hash: '' };
function correctionsHash(corrections: Corrections | undefined): string {
  if (!corrections || corrections.names.length + corrections.quotes.length === 0) return '';
  if (lastGiven.corrections !== corrections) lastGiven = { corrections, hash: contentHash(serializeCorrections(corrections)) };
  return lastGiven.hash;
}

function index(task: Extract<CorpusTask, { kind: 'index' }>): CorpusReply {
  const { id, file } = task;
  const stat = task.path !== undefined ? statSync(task.path) : undefined;
  // A summary made under another analysis cap (newsMarkup.maxAnalyzedSize) is made again.
  const fits = (s: { length: number; analysed: number }) => s.analysed === Math.min(s.length, task.maxLength);
  const entry = cache.get(file);
  const known = entry && fits(entry.summary) ? entry : undefined;
  const given = correctionsHash(task.corrections);
  // An unsaved editor's text is never taken from the cache by time: only by its content.
  if (stat && known && known.mtime === stat.mtimeMs && known.size === stat.size && (known.corrections?.given ?? '') === given) {
    return { id, kind: 'indexed', summary: known.summary, cached: true, ms: 0 };
  }
  const text = textOf(task);
  if (task.requireDateLine && !DATE_LINE.test(text.slice(0, 64))) return { id, kind: 'notArticle' };
  const hash = contentHash(text);
  // Only the corrections whose words the article holds can change it: a correction elsewhere keeps its summary.
  const relevant = task.corrections ? relevantCorrections(text, task.corrections) : undefined;
  const relevantHash = correctionsHash(relevant);
  const t0 = Date.now();
  const copy = cache.sameText(file, hash, relevantHash);
  const again =
    known?.hash === hash && (known.corrections?.relevant ?? '') === relevantHash ? known.summary : copy && fits(copy) ? copy : undefined;
  const options = { maxLength: task.maxLength, ...(relevantHash ? { corrections: relevant } : {}) };
  const summary = again ?? summarize(file, text, analyzer().analyze(text, options), Math.min(text.length, task.maxLength));
  // The text in an editor is not the file: only the file's own content goes into the cache.
  const corrections = given ? { corrections: { given, relevant: relevantHash } } : {};
  if (stat) cache.set(file, { hash, mtime: stat.mtimeMs, size: stat.size, summary, ...corrections });
  return { id, kind: 'indexed', summary, cached: !!again, ms: Date.now() - t0 };
}

function analyzeWith(text: string, maxLength: number, corrections: Corrections | undefined) {
  return analyzer().analyze(text, { maxLength, ...(corrections ? { corrections } : {}) });
}

function answer(task: CorpusTask): CorpusReply {
  const { id } = task;
  try {
    switch (task.kind) {
      case 'open':
        return { id, kind: 'done', count: cache.open(task.cachePath, task.engine) };
      case 'index':
        return index(task);
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
