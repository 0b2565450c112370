/**
 * Lines of a stream, each at most `maxBytes` long, in bounded memory: a longer line is skipped (and
 * reported by its number) up to its newline, and the lines after it go on.
 */
import type { Readable } from 'node:stream';

export type Line = { number: number; bytes: Buffer } | { number: number; tooLong: true };

export async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  let skipping = false;
  const take = (): Line => {
    number++;
    const line = skipping ? { number, tooLong: true as const } : { number, bytes: Buffer.concat(parts, length) };
    parts = [];
    length = 0;
    skipping = false;
    return line;
  };
  for await (const chunk of input as AsyncIterable<Buffer>) {
    let at = 0;
    while (at < chunk.length) {
      const nl = chunk.indexOf(0x0a, at);
      const end = nl < 0 ? chunk.length : nl;
      if (!skipping) {
        if (length + (end - at) > maxBytes) {
          skipping = true;
          parts = [];
          length = 0;
        } else if (end > at) {
          parts.push(chunk.subarray(at, end));
          length += end - at;
        }
      }
      if (nl < 0) break;
      yield take();
      at = nl + 1;
    }
  }
  if (length > 0 || skipping) yield take();
}
