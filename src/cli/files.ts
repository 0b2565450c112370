/**
 * The inputs named on the command line: files, glob patterns (expanded here, as some shells do
 * not), and for `corpus` whole folders — every `.article` and `.news` file, and every `.txt` file
 * whose first line is a date line (`date 2022-12-09`), as the editor recognises articles.
 */
import { closeSync, openSync, readSync, statSync } from 'node:fs';
import fastGlob from 'fast-glob';

const isPattern = (arg: string) => /[*?[\]{}]/.test(arg);

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** File arguments, with glob patterns expanded; a pattern that matches nothing stays, to be reported. */
export function expandFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (isPattern(arg) && !exists(arg)) {
      const matches = fastGlob.sync(arg, { onlyFiles: true }).sort();
      files.push(...(matches.length ? matches : [arg]));
    } else files.push(arg);
  }
  return files;
}

/** Whether a text file opens with a date line: a corpus export such as `tass-2022-12-09.txt`. */
export function startsWithDateLine(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const head = Buffer.alloc(64);
    const n = readSync(fd, head, 0, head.length, 0);
    return /^\ufeff?\s*date\s+\d{4}-\d{2}-\d{2}\b/.test(head.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A corpus: folders searched for articles, patterns expanded, files as given; sorted, each once. */
export function corpusFiles(args: string[]): string[] {
  const files = new Set<string>();
  for (const arg of args) {
    let isDirectory = false;
    try {
      isDirectory = statSync(arg).isDirectory();
    } catch {
      /* a pattern, or a missing file reported later */
    }
    if (!isDirectory) {
      for (const f of expandFiles([arg])) files.add(f);
      continue;
    }
    const found = fastGlob.sync(['**/*.article', '**/*.news', '**/*.txt'], { cwd: arg, onlyFiles: true, absolute: false, dot: false });
    for (const f of found.sort()) {
      const path = `${arg.replace(/\/+$/, '')}/${f}`;
      if (!f.endsWith('.txt') || startsWithDateLine(path)) files.add(path);
    }
  }
  return [...files];
}
