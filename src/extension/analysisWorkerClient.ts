import type { AnalyzeOptions, Corrections, Markup } from '../markup';
import type { AnalysisReply, AnalysisRequest } from './analysisJob';
import type { Log } from './log';

export type Engine = { analyze(text: string, options?: AnalyzeOptions): Markup };

/** What the client needs of a worker: a worker thread on the desktop, a Web Worker in the browser. */
export interface AnalysisWorkerPort {
  postMessage(request: AnalysisRequest): void;
  terminate(): void;
}

export interface AnalysisWorkerEvents {
  onMessage(reply: AnalysisReply): void;
  onError(err: Error): void;
  /** The worker stopped; code 0 when it was asked to. */
  onExit(code: number): void;
}

/**
 * Where the engine runs, given by the entry point (extension.ts for Node, web.ts for the browser), so
 * that the shared code imports neither worker_threads nor fs.
 */
export interface EngineHost {
  /** What the log names as the worker script. */
  readonly script: string;
  /** False when the worker cannot be started (its script is missing). */
  workerAvailable(): boolean;
  startWorker(events: AnalysisWorkerEvents): AnalysisWorkerPort;
  /** The engine on the host's thread, the fallback when no worker starts; absent in the browser. */
  readonly inProcessEngine?: () => Engine;
}

export interface WorkerResult {
  markup: Markup;
  ms: number;
}

/**
 * One worker thread running the engine for large articles, so a 1,000,000-character analysis
 * (seconds) never blocks the extension host. One job at a time; for each document only the latest
 * request waits (older ones are superseded). `available` is false when the worker script is missing
 * (then the store analyses on the host thread).
 */
export class AnalysisWorkerClient {
  private worker: AnalysisWorkerPort | undefined;
  private nextId = 1;
  private running: { id: number; key: string; resolve: (r: WorkerResult | undefined) => void; reject: (e: Error) => void } | undefined;
  private readonly queue = new Map<
    string,
    { req: Omit<AnalysisRequest, 'id'>; resolve: (r: WorkerResult | undefined) => void; reject: (e: Error) => void }
  >();
  private broken = false;

  constructor(
    private readonly log: Log,
    private readonly host: EngineHost,
  ) {}

  get available(): boolean {
    return !this.broken && this.host.workerAvailable();
  }

  get busy(): boolean {
    return !!this.running || this.queue.size > 0;
  }

  /** Analyses `text` in the worker; resolves undefined when a newer request for `key` superseded it. */
  analyze(key: string, text: string, maxLength: number, corrections?: Corrections): Promise<WorkerResult | undefined> {
    return new Promise((resolve, reject) => {
      const superseded = this.queue.get(key);
      if (superseded) superseded.resolve(undefined);
      // Only the part the engine will read crosses to the worker: a 5 MB document is not copied whole.
      const sent = text.length > maxLength + 1 ? text.slice(0, maxLength + 1) : text;
      const req = { text: sent, maxLength, documentLength: text.length, ...(corrections ? { corrections } : {}) };
      this.queue.set(key, { req, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.size === 0) return;
    const [key, job] = this.queue.entries().next().value as [
      string,
      { req: Omit<AnalysisRequest, 'id'>; resolve: (r: WorkerResult | undefined) => void; reject: (e: Error) => void },
    ];
    this.queue.delete(key);
    let worker: AnalysisWorkerPort;
    try {
      worker = this.ensureWorker();
    } catch (err) {
      this.broken = true;
      job.reject(err instanceof Error ? err : new Error(String(err)));
      return;
    }
    const id = this.nextId++;
    this.running = { id, key, resolve: job.resolve, reject: job.reject };
    worker.postMessage({ id, ...job.req } satisfies AnalysisRequest);
  }

  private ensureWorker(): AnalysisWorkerPort {
    if (this.worker) return this.worker;
    const worker: AnalysisWorkerPort = this.host.startWorker({
      onMessage: (reply) => {
        const job = this.running;
        if (!job || job.id !== reply.id) return;
        this.running = undefined;
        if ('error' in reply) job.reject(new Error(reply.error));
        else job.resolve({ markup: reply.markup, ms: reply.ms });
        this.pump();
      },
      onError: (err) => {
        this.log.error(`analysis worker ${this.host.script}`, err);
        this.failRunning(err);
      },
      onExit: (code) => {
        if (this.worker === worker) this.worker = undefined;
        if (code !== 0) this.failRunning(new Error(`analysis worker exited with code ${code}`));
      },
    });
    this.worker = worker;
    return worker;
  }

  private failRunning(err: Error): void {
    const job = this.running;
    this.running = undefined;
    if (job) job.reject(err);
    this.pump();
  }

  dispose(): void {
    for (const job of this.queue.values()) job.resolve(undefined);
    this.queue.clear();
    if (this.running) this.running.resolve(undefined);
    this.running = undefined;
    this.worker?.terminate();
    this.worker = undefined;
  }
}
