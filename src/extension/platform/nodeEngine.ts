import * as fs from 'fs';
import * as path from 'path';
import { Worker } from 'worker_threads';
import type { Engine, EngineHost } from '../analysisWorkerClient';

/** The engine in a worker thread (dist/analysisWorker.js), or required in-process when no worker starts. */
export function nodeEngineHost(distDir: string): EngineHost {
  const script = path.join(distDir, 'analysisWorker.js');
  let engine: Engine | undefined;
  return {
    script,
    workerAvailable: () => fs.existsSync(script),
    startWorker(events) {
      const worker = new Worker(script);
      worker.on('message', events.onMessage);
      worker.on('error', events.onError);
      worker.on('exit', events.onExit);
      // An idle worker must not keep the extension host alive.
      worker.unref();
      return { postMessage: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
    },
    inProcessEngine() {
      // A runtime path, so that esbuild leaves the engine (compromise) out of dist/extension.js.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      engine ??= require(script) as Engine;
      return engine;
    },
  };
}
