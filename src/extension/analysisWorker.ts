// The engine, bundled on its own (dist/analysisWorker.js) so that the extension host never loads
// compromise at activation. Run as a worker thread it analyses every article off the host's thread;
// required in-process (where worker threads are unavailable) it exports `analyze`.
// One engine per thread, with its segment cache: an edit re-tags only the edited paragraph.
// No `vscode` here: only the engine and worker_threads.
import { parentPort } from 'worker_threads';
import { analyze, type Corrections } from '../markup';

export { analyze };

export interface AnalysisRequest {
  id: number;
  text: string;
  maxLength: number;
  /** The whole document's length when `text` is its first part (see AnalyzeOptions.documentLength). */
  documentLength: number;
  /** The reader's corrections that apply to this article. */
  corrections?: Corrections;
}

export type AnalysisReply = { id: number; markup: ReturnType<typeof analyze>; ms: number } | { id: number; error: string };

parentPort?.on('message', (req: AnalysisRequest) => {
  const t0 = Date.now();
  try {
    const markup = analyze(req.text, {
      maxLength: req.maxLength,
      documentLength: req.documentLength,
      ...(req.corrections ? { corrections: req.corrections } : {}),
    });
    parentPort!.postMessage({ id: req.id, markup, ms: Date.now() - t0 } satisfies AnalysisReply);
  } catch (err) {
    parentPort!.postMessage({
      id: req.id,
      error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err),
    } satisfies AnalysisReply);
  }
});
