/**
 * Standard output that keeps memory bounded (a write waits while the pipe is full) and stops
 * quietly when the reader goes away (`news-markup … | head -1`), as Unix tools do.
 */
import type { Writable } from 'node:stream';

/** The reader of standard output has gone: stop, say nothing. */
export class OutputClosed extends Error {}

export class Output {
  private closed = false;

  constructor(private readonly stream: Writable) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE' || e.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw e;
    });
  }

  async write(text: string): Promise<void> {
    if (this.closed) throw new OutputClosed();
    if (this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.stream.off('drain', done);
        this.stream.off('close', done);
        this.stream.off('error', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('close', done);
      this.stream.on('error', done);
    });
    if (this.closed) throw new OutputClosed();
  }
}
