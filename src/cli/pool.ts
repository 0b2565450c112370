/**
 * Work spread over worker threads with the results handed back in input order: a corpus of
 * thousands of articles uses every core, and `analyze --jsonl --jobs N` still answers line for line.
 * At most a few tasks per worker are in flight or waiting for an earlier one, so memory stays
 * bounded whatever the input's length. The workers run this same script (the CLI's bundle):
 * `isMainThread` tells them apart. What every task needs alike (the reader's corrections) is the
 * pool's `context`: copied once into each worker, not with every task.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';

export type Handler<In, Out, Context = unknown> = (task: In, context: Context) => Out;

/** Which handler the workers run, and what they all share. */
export interface PoolKind<Context> {
  kind: string;
  context: Context;
}

/** Tasks in flight or waiting to be emitted, per worker. */
const WINDOW = 8;

/** Runs `handle` on every task, in `jobs` workers (in this thread when jobs is 1), and calls `emit` in input order. */
export async function runOrdered<In, Out, Context>(
  tasks: AsyncIterable<In> | Iterable<In>,
  jobs: number,
  handle: Handler<In, Out, Context>,
  emit: (result: Out, index: number) => Promise<void>,
  kind: PoolKind<Context>,
): Promise<void> {
  if (jobs <= 1) {
    let index = 0;
    for await (const task of tasks) await emit(handle(task, kind.context), index++);
    return;
  }
  const pool = new WorkerPool<In, Out>(jobs, kind, emit);
  try {
    for await (const task of tasks) await pool.submit(task);
    await pool.drain();
  } finally {
    await pool.close();
  }
}

class WorkerPool<In, Out> {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly done = new Map<number, Out>();
  private submitted = 0;
  private emitted = 0;
  private failure: Error | null = null;
  private signal: (() => void) | null = null;

  constructor(
    private readonly jobs: number,
    kind: PoolKind<unknown>,
    private readonly emit: (result: Out, index: number) => Promise<void>,
  ) {
    this.workers = Array.from({ length: jobs }, () => new Worker(__filename, { workerData: kind }));
    this.idle = [...this.workers];
    for (const worker of this.workers) {
      worker.on('message', ({ index, result }: { index: number; result: Out }) => {
        this.done.set(index, result);
        this.idle.push(worker);
        this.notify();
      });
      worker.on('error', (e) => {
        this.failure ??= e;
        this.notify();
      });
    }
  }

  private notify(): void {
    const s = this.signal;
    this.signal = null;
    s?.();
  }

  /** Emits the results that are next in order, then waits for a worker's message while `blocked` holds. */
  private async settle(blocked: () => boolean): Promise<void> {
    for (;;) {
      if (this.failure) throw this.failure;
      for (let r = this.done.get(this.emitted); this.done.has(this.emitted); r = this.done.get(this.emitted)) {
        this.done.delete(this.emitted);
        await this.emit(r as Out, this.emitted++);
      }
      if (!blocked()) return;
      await new Promise<void>((resolve) => (this.signal = resolve));
    }
  }

  async submit(task: In): Promise<void> {
    await this.settle(() => this.idle.length === 0 || this.submitted - this.emitted >= this.jobs * WINDOW);
    this.idle.pop()!.postMessage({ index: this.submitted++, task });
  }

  async drain(): Promise<void> {
    await this.settle(() => this.emitted < this.submitted);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** In a worker: answer tasks with the handler registered for this pool's kind, given the pool's context. */
export function serveWorker(handlers: Record<string, Handler<never, unknown, never>>, { kind, context }: PoolKind<unknown>): void {
  const handle = handlers[kind] as Handler<unknown, unknown>;
  parentPort!.on('message', ({ index, task }: { index: number; task: unknown }) => {
    parentPort!.postMessage({ index, result: handle(task, context) });
  });
}

export { isMainThread };
