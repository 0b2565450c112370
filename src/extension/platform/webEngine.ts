import * as vscode from 'vscode';
import type { AnalysisReply } from '../analysisJob';
import type { EngineHost } from '../analysisWorkerClient';

/** The browser's Worker, as much as is used here (the project compiles without the DOM typings). */
export interface BrowserWorker {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string; preventDefault(): void }) => void) | null;
  onmessageerror: (() => void) | null;
  postMessage(message: unknown): void;
  terminate(): void;
}
type BrowserWorkerConstructor = new (url: string, options?: { name?: string }) => BrowserWorker;
export const BrowserWorker = (globalThis as unknown as { Worker?: BrowserWorkerConstructor }).Worker;

/**
 * A Web Worker of this extension. It has no exit event: one that fails (its script did not load, or it
 * threw outside a task) is stopped and reported as exited, so the next task starts a fresh one
 * instead of waiting forever.
 */
export function startBrowserWorker(script: string, name: string, events: { onError(error: Error): void; onExit(): void }): BrowserWorker {
  const worker = new BrowserWorker!(script, { name });
  worker.onerror = (e) => {
    e.preventDefault();
    worker.terminate();
    events.onError(new Error(e.message || `cannot run ${script}`));
    events.onExit();
  };
  worker.onmessageerror = () => events.onError(new Error(`${name}: a reply could not be read`));
  return worker;
}

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
      const worker = startBrowserWorker(script, 'News Markup analysis', { onError: events.onError, onExit: () => events.onExit(1) });
      worker.onmessage = (e) => events.onMessage(e.data as AnalysisReply);
      return { postMessage: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
    },
  };
}
