// The engine in a Web Worker (dist/web/analysisWorker.js) for the web extension host (vscode.dev,
// github.dev), as analysisWorker.ts is in a worker thread on the desktop. No Node built-ins here.
import { runAnalysis, type AnalysisRequest } from './analysisJob';

const scope = self as unknown as { onmessage: ((e: { data: AnalysisRequest }) => void) | null; postMessage(m: unknown): void };
scope.onmessage = (e) => scope.postMessage(runAnalysis(e.data));
