/**
 * Reading inputs safely: only regular files (a FIFO or a device would block or never end), at most a
 * set number of bytes (a file over the limit is refused before it is read), no binary content, and
 * UTF-8 decoded with invalid bytes replaced (and reported once per input).
 */
import { closeSync, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';

/** A problem with one input, reported on one line; the other inputs go on. */
export class InputError extends Error {}

/** Default largest input: a file or a JSONL line, in bytes. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

const decoder = new TextDecoder('utf-8');
const strictDecoder = new TextDecoder('utf-8', { fatal: true });

/** The text of some bytes, and whether they were valid UTF-8 (invalid sequences become U+FFFD). */
export function decodeUtf8(bytes: Uint8Array): { text: string; valid: boolean } {
  try {
    return { text: strictDecoder.decode(bytes), valid: true };
  } catch {
    return { text: decoder.decode(bytes), valid: false };
  }
}

/** A NUL byte in the first 8 KB: an image, an archive, a compiled file — not text. */
export const looksBinary = (bytes: Uint8Array) => bytes.subarray(0, 8192).includes(0);

const errorMessages: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not an article file',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'file name too long',
  EIO: 'input/output error',
};

function inputError(e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code ?? '';
  return new InputError(errorMessages[code] ?? `cannot read it (${code || (e as Error).message})`);
}

function kindOf(stat: Stats): string | null {
  if (stat.isFile()) return null;
  if (stat.isDirectory()) return 'is a directory, not an article file';
  if (stat.isFIFO()) return 'is a pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'is a device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

/** The bytes of a regular file, at most `maxBytes`. */
function readBounded(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    // Checked before opening: opening a FIFO with no writer blocks.
    const problem = kindOf(statSync(path));
    if (problem) throw new InputError(problem);
    fd = openSync(path, 'r');
  } catch (e) {
    throw e instanceof InputError ? e : inputError(e);
  }
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new InputError(`is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)} (--max-size)`);
    // One byte more than the limit: a file that grew since it was measured is still caught.
    const buffer = Buffer.allocUnsafe(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes) throw new InputError(`is over the limit of ${formatBytes(maxBytes)} (--max-size)`);
    return buffer.subarray(0, length);
  } catch (e) {
    throw e instanceof InputError ? e : inputError(e);
  } finally {
    closeSync(fd);
  }
}

/** An article file as text, and whether its bytes were valid UTF-8. */
export function readArticle(path: string, maxBytes = DEFAULT_MAX_BYTES): { text: string; valid: boolean } {
  const bytes = readBounded(path, maxBytes);
  if (looksBinary(bytes)) throw new InputError('looks like a binary file, not text');
  return decodeUtf8(bytes);
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = n / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
