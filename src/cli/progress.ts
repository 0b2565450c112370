/**
 * A progress bar on standard error while a corpus is analysed, redrawn at most ten times a second,
 * and only on a terminal: piped or redirected, the CLI prints no progress at all.
 */
export class Progress {
  private done = 0;
  private last = 0;
  private readonly started = Date.now();
  private readonly enabled: boolean;

  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = !!stream.isTTY && total > 1;
  }

  tick(): void {
    this.done++;
    const now = Date.now();
    if (this.enabled && (now - this.last > 100 || this.done === this.total)) {
      this.last = now;
      this.draw();
    }
  }

  private draw(): void {
    const width = 30;
    const filled = Math.round((width * this.done) / this.total);
    const rate = this.done / Math.max(0.001, (Date.now() - this.started) / 1000);
    const count = `${this.done.toLocaleString('en-US')} / ${this.total.toLocaleString('en-US')} articles`;
    this.stream.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${count}  ${rate.toFixed(1)}/s`);
  }

  /** Clears the bar's line. */
  end(): void {
    if (this.enabled) this.stream.write('\r\x1b[2K');
  }
}
