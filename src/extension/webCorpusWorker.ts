// The corpus worker in a Web Worker (dist/web/corpusWorker.js) for the web extension host, as
// corpusWorker.ts is a child process on the desktop. It cannot read the workspace: the host sends
// each article's text with its file's size and time, and the cache file's text before the first task;
// the cache to save goes back to the host, which writes it. No Node built-ins here.
import type { CorpusTask, WebCacheOpen, WebCacheSave } from './corpus/protocol';
import type { CacheStore } from './corpus/workerCache';
import { CorpusWorkerCore } from './corpus/workerCore';

type Message = CorpusTask | WebCacheOpen;
const scope = self as unknown as { onmessage: ((e: { data: Message }) => void) | null; postMessage(m: unknown): void };

/** A NUL in the first 8 KB: an image, an archive, a compiled file — not text (as the desktop's readArticle). */
const looksBinary = (text: string) => text.slice(0, 8192).includes('\0');

let cacheText: string | undefined;
const store: CacheStore = {
  read() {
    const text = cacheText;
    cacheText = undefined;
    return text;
  },
  write: (text) => scope.postMessage({ kind: 'saveCache', text } satisfies WebCacheSave),
};
let core: CorpusWorkerCore | undefined;

const coreWith = (engine?: string) =>
  new CorpusWorkerCore(
    {
      stamp: (task) => task.stat,
      text: (task) => {
        if (task.text === undefined) throw new Error('the browser’s corpus worker was given no text');
        if (looksBinary(task.text)) throw new Error('looks like a binary file, not text');
        return task.text;
      },
    },
    engine === undefined ? undefined : { store, engine },
  );

scope.onmessage = ({ data }) => {
  if (data.kind === 'openCache') {
    cacheText = data.text;
    core = coreWith(data.engine);
    return;
  }
  core ??= coreWith();
  scope.postMessage(core.answer(data));
};
