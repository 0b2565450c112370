import * as vscode from 'vscode';

/** The "News Markup" output channel, and a guard so no provider or command throws into the user's face. */
export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  /** Errors logged since activation (the host tests check it stays 0). */
  errorCount = 0;
  /** The latest synchronous operations that took over SLOW_MS on the extension host's thread. */
  readonly slowOperations: { label: string; ms: number }[] = [];
  static readonly SLOW_MS = 50;

  constructor() {
    this.channel = vscode.window.createOutputChannel('News Markup', { log: true });
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(where: string, err: unknown): void {
    this.errorCount++;
    const text = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
    this.channel.error(`${where}: ${text}`);
  }

  /** Runs `fn` and records it when it holds the extension host's thread longer than SLOW_MS. */
  timed<T>(label: string, fn: () => T): T {
    const t0 = Date.now();
    try {
      return fn();
    } finally {
      const ms = Date.now() - t0;
      if (ms > Log.SLOW_MS) {
        this.slowOperations.push({ label, ms });
        if (this.slowOperations.length > 100) this.slowOperations.shift();
        this.channel.debug(`${label}: ${ms} ms`);
      }
    }
  }

  /** Runs `fn`; on an exception logs it and returns `fallback`. */
  guard<T>(where: string, fallback: T, fn: () => T): T {
    try {
      return fn();
    } catch (err) {
      this.error(where, err);
      return fallback;
    }
  }

  /** Async `guard`: for providers that wait for the analysis. */
  async guardAsync<T>(where: string, fallback: T, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      this.error(where, err);
      return fallback;
    }
  }

  /** Wraps a command handler: errors are logged and shown once as a short message, never rethrown. */
  command<A extends unknown[]>(id: string, fn: (...args: A) => unknown): (...args: A) => Promise<unknown> {
    return async (...args: A) => {
      try {
        return await fn(...args);
      } catch (err) {
        this.error(`command ${id}`, err);
        void vscode.window.showErrorMessage(`News Markup: ${id} failed (see the "News Markup" output).`);
        return undefined;
      }
    };
  }

  dispose(): void {
    this.channel.dispose();
  }
}
