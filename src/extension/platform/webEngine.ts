import * as vscode from 'vscode';
import type { AnalysisReply } from '../analysisJob';
import type { EngineHost } from '../analysisWorkerClient';

/** The browser's Worker, as much as is used here (the project compiles without the DOM typings). */
interface BrowserWorker {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type BrowserWorkerConstructor = new (url: string, options?: { name?: string }) => BrowserWorker;
const BrowserWorker = (globalThis as unknown as { Worker?: BrowserWorkerConstructor }).Worker;

/**
 * The engine in a Web Worker (dist/web/analysisWorker.js) for the web extension host. VS Code's web
 * worker host wraps `new Worker(url)` so that an extension's script loads from its own origin. No
 * in-process fallback: the web bundle stays without the engine (compromise), so it loads quickly.
 */
export function webEngineHost(extensionUri: vscode.Uri): EngineHost {
  const script = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'analysisWorker.js').toString(true);
  return {
    script,
    workerAvailable: () => BrowserWorker !== undefined,
    startWorker(events) {
      const worker = new BrowserWorker!(script, { name: 'News Markup analysis' });
      worker.onmessage = (e) => events.onMessage(e.data as AnalysisReply);
      worker.onerror = (e) => {
        e.preventDefault();
        events.onError(new Error(e.message || `cannot run ${script}`));
      };
      worker.onmessageerror = () => events.onError(new Error('analysis worker: a reply could not be read'));
      return { postMessage: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
    },
  };
}
