/**
 * A file the CLI writes (a corpus CSV or JSONL), written atomically: into a temporary file beside
 * it, renamed over the target only when complete. An interrupted run (an error, Ctrl-C) never leaves
 * half a file where a whole one was, nor loses the previous one, nor leaves its temporary file behind.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** An output that cannot be written: the message names the file and the reason. */
export class OutputFileError extends Error {
  constructor(
    readonly target: string,
    e: unknown,
  ) {
    const code = (e as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      EACCES: 'permission denied',
      ENOTDIR: 'a part of the path is a file, not a folder',
      EEXIST: 'a part of the path is a file, not a folder',
      EISDIR: 'is a folder',
      ENOSPC: 'the disk is full',
      EROFS: 'the file system is read-only',
    };
    super(`cannot write it (${(code && reasons[code]) ?? code ?? (e as Error).message})`);
  }
}

const open = new Set<OutputFile>();
let interruptsHandled = false;

/** Ctrl-C or a kill: the temporary files go, the targets stay as they were. */
function removeTempsOnInterrupt(): void {
  if (interruptsHandled) return;
  interruptsHandled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const file of open) file.abandon();
      process.exit(128 + ({ SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const)[signal]);
    });
  }
}

export class OutputFile {
  private readonly temp: string;
  private fd: number | null;
  private buffer: string[] = [];
  private size = 0;

  /** Creates the file's folder if needed; throws an OutputFileError at once when it cannot be written. */
  constructor(private readonly target: string) {
    this.temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
    this.fd = this.attempt(() => {
      mkdirSync(dirname(target), { recursive: true });
      return openSync(this.temp, 'w');
    });
    open.add(this);
    removeTempsOnInterrupt();
  }

  private attempt<T>(action: () => T): T {
    try {
      return action();
    } catch (e) {
      throw new OutputFileError(this.target, e);
    }
  }

  write(text: string): void {
    this.buffer.push(text);
    this.size += text.length;
    if (this.size > 1 << 16) this.flush();
  }

  private flush(): void {
    const fd = this.fd;
    if (fd === null || !this.buffer.length) return;
    this.attempt(() => writeSync(fd, this.buffer.join('')));
    this.buffer = [];
    this.size = 0;
  }

  /** Puts the complete file in place. */
  commit(): void {
    const fd = this.fd;
    if (fd === null) return;
    this.flush();
    this.attempt(() => {
      fsyncSync(fd);
      closeSync(fd);
      this.fd = null;
      renameSync(this.temp, this.target);
    });
    open.delete(this);
  }

  /** Leaves the target as it was. */
  abandon(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
    open.delete(this);
  }
}
