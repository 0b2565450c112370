// What crosses between the extension host and the analysis worker, and the job the worker runs:
// shared by the Node worker thread (analysisWorker.ts) and the browser's Web Worker (webAnalysisWorker.ts).
// No `vscode` and no Node built-ins here.
import { analyze, type Corrections } from '../markup';

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

/** Runs one request; an engine error becomes an error reply, so the worker never dies of one article. */
export function runAnalysis(req: AnalysisRequest): AnalysisReply {
  const t0 = Date.now();
  try {
    const markup = analyze(req.text, {
      maxLength: req.maxLength,
      documentLength: req.documentLength,
      ...(req.corrections ? { corrections: req.corrections } : {}),
    });
    return { id: req.id, markup, ms: Date.now() - t0 };
  } catch (err) {
    return { id: req.id, error: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) };
  }
}
