import type { Log } from '../log';
import type { CorpusReply, CorpusRequest, CorpusTask } from './protocol';

/** A running corpus worker, as the client uses it. */
export interface CorpusWorkerPort {
  postMessage(task: CorpusTask): void;
  terminate(): void;
}

/**
 * How a platform starts its corpus worker: a child process on the desktop (a worker thread where no
 * process can start; platform/nodeCorpus.ts), a Web Worker in the browser (platform/webCorpus.ts).
 * `onExit` tells that it stopped (crashed or failed).
 */
export interface CorpusWorkerHost {
  /** The worker's script, for messages. */
  readonly script: string;
  available(): boolean;
  start(events: { onMessage(reply: CorpusReply): void; onError(error: Error): void; onExit(): void }): CorpusWorkerPort;
}

type Pending = { task: CorpusTask; resolve: (reply: CorpusReply | undefined) => void };

/**
 * Tasks posted ahead of the one running, so the worker never waits for the host between batches of
 * articles. Cancelling drops the queued tasks; these few still finish.
 */
const IN_FLIGHT = 3;

/**
 * The corpus worker: tasks run in order, urgent ones (a file just saved) first; queued tasks
 * can be dropped (indexing cancelled) and resolve `undefined`. A worker that dies is restarted for
 * the next task, and the task it was running is answered as failed: one bad article never stops the
 * index.
 */
export class CorpusWorkerClient {
  private worker: CorpusWorkerPort | undefined;
  private nextId = 1;
  private readonly queue: Pending[] = [];
  private readonly running = new Map<number, Pending>();

  constructor(
    private readonly log: Log,
    private readonly host: CorpusWorkerHost,
  ) {}

  get script(): string {
    return this.host.script;
  }

  /** Whether a worker runs (one starts with the first task). */
  get started(): boolean {
    return this.worker !== undefined;
  }

  get available(): boolean {
    return this.host.available();
  }

  /** Tasks queued or running. */
  get load(): number {
    return this.queue.length + this.running.size;
  }

  run(task: CorpusRequest, urgent = false): Promise<CorpusReply | undefined> {
    return new Promise((resolve) => {
      const pending = { task: { ...task, id: this.nextId++ } as CorpusTask, resolve };
      if (urgent) this.queue.unshift(pending);
      else this.queue.push(pending);
      this.pump();
    });
  }

  /** Drops the queued tasks (the running ones finish); they resolve `undefined`. */
  cancelQueued(): void {
    for (const p of this.queue.splice(0)) p.resolve(undefined);
  }

  private pump(): void {
    while (this.running.size < IN_FLIGHT && this.queue.length) {
      const next = this.queue.shift()!;
      let worker: CorpusWorkerPort;
      try {
        worker = this.ensureWorker();
      } catch (e) {
        next.resolve({ id: next.task.id, kind: 'failed', error: `the corpus worker cannot start: ${(e as Error).message}` });
        continue;
      }
      this.running.set(next.task.id, next);
      worker.postMessage(next.task);
    }
  }

  /**
   * Starts the worker now, if it is not running, so that its start (a process spawned on the desktop:
   * 20-30 ms of the host's thread) takes a turn of the event loop of its own rather than adding to the
   * first task's. A worker that cannot start says so with that task.
   */
  warmUp(): void {
    try {
      this.ensureWorker();
    } catch {
      // Answered by `run`.
    }
  }

  private ensureWorker(): CorpusWorkerPort {
    if (this.worker) return this.worker;
    const worker: CorpusWorkerPort = this.host.start({
      onMessage: (reply) => {
        const pending = this.running.get(reply.id);
        this.running.delete(reply.id);
        pending?.resolve(reply);
        this.pump();
      },
      onError: (e) => this.log.error('corpus worker', e),
      onExit: () => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        for (const [id, p] of this.running)
          p.resolve({ id, kind: 'failed', error: 'the corpus worker stopped while reading this article' });
        this.running.clear();
        this.pump();
      },
    });
    this.worker = worker;
    return worker;
  }

  dispose(): void {
    this.cancelQueued();
    for (const p of this.running.values()) p.resolve(undefined);
    this.running.clear();
    this.worker?.terminate();
    this.worker = undefined;
  }
}
