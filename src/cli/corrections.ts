/**
 * The corrections file of `news-markup analyze`: `--corrections FILE`, else `.news-markup.json` in
 * the current folder when there is one, unless `--no-corrections`. A file that does not read as
 * valid corrections stops the command: an analysis with half the reader's corrections would look
 * right and be wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { correctionsFor, parseCorrections, type Corrections } from '../markup/corrections';

export const DEFAULT_CORRECTIONS_FILE = '.news-markup.json';

export interface LoadedCorrections {
  file: string;
  corrections: Corrections;
}

/** The corrections to use (null: none), or the one-line problem with the file. */
export function loadCorrections(
  flag: string | undefined,
  disabled: boolean | undefined,
): LoadedCorrections | null | { problem: string; file: string } {
  if (disabled) return null;
  const file = flag ?? (existsSync(DEFAULT_CORRECTIONS_FILE) ? DEFAULT_CORRECTIONS_FILE : undefined);
  if (file === undefined) return null;
  let json: string;
  try {
    json = readFileSync(file, 'utf8');
  } catch (e) {
    return { file, problem: `cannot read the corrections file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  const { corrections, problems } = parseCorrections(json);
  if (problems.length) {
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    return { file, problem: `invalid corrections file: ${first.path ? `${first.path}: ` : ''}${first.message}${more}` };
  }
  return { file, corrections };
}

/** The entries for one article: its path is taken relative to the folder of the corrections file. */
export function correctionsForFile(loaded: LoadedCorrections | null, article: string): Corrections | undefined {
  if (!loaded) return undefined;
  return correctionsFor(loaded.corrections, relative(dirname(resolve(loaded.file)), resolve(article)));
}
