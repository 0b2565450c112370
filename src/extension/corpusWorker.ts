// The corpus worker (dist/corpusWorker.js): reads, hashes, analyses and summarises workspace articles
// off the extension host's thread, a batch per message, with an engine of its own so the editor's analysis
// worker stays free for the article being edited; it also owns the corpus cache. No `vscode` here.
// On the desktop it runs as a child process at the lowest CPU priority (platform/nodeCorpus.ts), or
// as a worker thread where a process cannot be started: both speak the same messages.
// The browser's is webCorpusWorker.ts; what both do with a task is corpus/workerCore.ts.
import { statSync } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { readArticle } from '../cli/input';
import type { CorpusTask, CorpusWorkerCache } from './corpus/protocol';
import { CorpusWorkerCore } from './corpus/workerCore';
import { fileCacheStore } from './platform/nodeCorpusCache';

/** A child process is given its cache as its argument; a worker thread, as its workerData. */
const forked = !parentPort && typeof process.send === 'function';
const cacheFile = forked
  ? ((JSON.parse(process.argv[2] ?? 'null') as CorpusWorkerCache | null) ?? undefined)
  : (workerData as { cache?: CorpusWorkerCache } | undefined)?.cache;

const core = new CorpusWorkerCore(
  {
    stamp: (task) => {
      if (task.path === undefined) return undefined;
      const { mtimeMs, size } = statSync(task.path);
      return { mtime: mtimeMs, size };
    },
    text: (task) => (task.text !== undefined ? task.text : readArticle(task.path!).text),
    path: (task) => task.path,
  },
  cacheFile && { store: fileCacheStore(cacheFile.path), engine: cacheFile.engine },
);

if (parentPort) parentPort.on('message', (task: CorpusTask) => parentPort!.postMessage(core.answer(task)));
else if (forked) {
  process.on('message', (task: CorpusTask) => process.send!(core.answer(task)));
  // The extension host is gone (closed or crashed): nothing is left to answer.
  process.on('disconnect', () => process.exit(0));
}
