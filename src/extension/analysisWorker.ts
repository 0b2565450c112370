// The engine, bundled on its own (dist/analysisWorker.js) so that the extension host never loads
// compromise at activation. Run as a worker thread it analyses every article off the host's thread;
// required in-process (where worker threads are unavailable) it exports `analyze`.
// One engine per thread, with its segment cache: an edit re-tags only the edited paragraph.
// No `vscode` here: only the engine and worker_threads. The web build uses webAnalysisWorker.ts.
import { parentPort } from 'worker_threads';
import { analyze } from '../markup';
import { runAnalysis, type AnalysisRequest } from './analysisJob';

export { analyze };
export type { AnalysisReply, AnalysisRequest } from './analysisJob';

parentPort?.on('message', (req: AnalysisRequest) => parentPort!.postMessage(runAnalysis(req)));
