import * as vscode from 'vscode';
import { GatheredLineWriter } from '../corpus/exports';
import { findWorkspaceFiles } from '../corpus/files';
import type { CorpusPlatform } from '../corpus/platform';
import type { CorpusReply, WebCacheOpen, WebCacheSave } from '../corpus/protocol';
import type { CorpusWorkerHost } from '../corpus/workerClient';
import { writeFileAtomically } from '../writeFile';
import { readCacheText, readFreshSummariesFrom } from './webCorpusCache';
import { BrowserWorker, startBrowserWorker } from './webEngine';

/**
 * The corpus worker in a Web Worker (dist/web/corpusWorker.js). It has no file system: it is handed
 * the cache file's text before its first task, and hands back the cache to save, which is written
 * here, atomically; a reply waits for the writes the worker asked for before it, so a flush resolves
 * once the file is written.
 */
function webWorkerHost(extensionUri: vscode.Uri, cacheFile: vscode.Uri | undefined, engine: string): CorpusWorkerHost {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'corpusWorker.js').toString(true);
  return {
    script,
    available: () => BrowserWorker !== undefined,
    start(events) {
      const worker = startBrowserWorker(script, 'News Markup corpus', events);
      let writing = Promise.resolve();
      worker.onmessage = ({ data }) => {
        const message = data as CorpusReply | WebCacheSave;
        if (message.kind !== 'saveCache') return void writing.then(() => events.onMessage(message));
        if (!cacheFile) return;
        writing = writing.then(() => writeFileAtomically(cacheFile, message.text)).catch((e: unknown) => events.onError(e as Error));
      };
      // Messages reach a worker in the order they are posted: every task follows the cache's text.
      const opened = cacheFile
        ? readCacheText(cacheFile).then((text) => worker.postMessage({ kind: 'openCache', engine, text } satisfies WebCacheOpen))
        : Promise.resolve();
      return { postMessage: (task) => void opened.then(() => worker.postMessage(task)), terminate: () => worker.terminate() };
    },
  };
}

/**
 * The corpus in the browser: files listed by `findFiles`, read by the host through workspace.fs (or
 * taken from their editor) and handed to a Web Worker; the cache and the exports written through
 * workspace.fs.
 */
export function webCorpusPlatform(extensionUri: vscode.Uri): CorpusPlatform {
  return {
    listFiles: findWorkspaceFiles,
    workerReads: () => false,
    workerHost: (cacheFile, engine) => webWorkerHost(extensionUri, cacheFile, engine),
    readCachedSummaries: readFreshSummariesFrom,
    jsonlWriter: (uri) => new GatheredLineWriter(uri),
  };
}
