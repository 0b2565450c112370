// The corpus worker (dist/corpusWorker.js): reads, hashes, analyses and summarises workspace articles
// off the extension host's thread, a batch per message, with an engine of its own so the editor's analysis
// worker stays free for the article being edited; it also owns the corpus cache. No `vscode` here.
// The browser's is webCorpusWorker.ts; what both do with a task is corpus/workerCore.ts.
import { statSync } from 'fs';
import { parentPort, workerData } from 'worker_threads';
import { readArticle } from '../cli/input';
import type { CorpusTask, CorpusWorkerCache } from './corpus/protocol';
import { CorpusWorkerCore } from './corpus/workerCore';
import { fileCacheStore } from './platform/nodeCorpusCache';

const cacheFile = (workerData as { cache?: CorpusWorkerCache } | undefined)?.cache;

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

parentPort?.on('message', (task: CorpusTask) => parentPort!.postMessage(core.answer(task)));
