/**
 * The corrections file of `news-markup analyze` and `corpus`: `--corrections FILE`, else
 * `.news-markup.json` in the current folder when there is one, unless `--no-corrections`. A file
 * that does not read as valid corrections stops the command: an analysis with half the reader's
 * corrections would look right and be wrong.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { correctionsFor, parseCorrections, type Corrections, type StaleCorrection } from '../markup/corrections';

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

/** The entries for an input that names no article (a JSONL record without "path"): the workspace-wide names. */
export function workspaceWideCorrections(loaded: LoadedCorrections): Corrections {
  return { version: 1, names: loaded.corrections.names.filter((n) => n.article === undefined), quotes: [] };
}

const positions = new WeakMap<Corrections, { names: Map<unknown, number>; quotes: Map<unknown, number> }>();

/**
 * Stale entries numbered as the file numbers them: the engine numbers the narrowed lists it was
 * given (`correctionsFor` keeps the file's entry objects, so each is found by identity).
 */
export function staleInFile(loaded: LoadedCorrections, given: Corrections, stale: readonly StaleCorrection[]): StaleCorrection[] {
  let at = positions.get(loaded.corrections);
  if (!at) {
    const { names, quotes } = loaded.corrections;
    at = { names: new Map(names.map((n, i) => [n, i])), quotes: new Map(quotes.map((q, i) => [q, i])) };
    positions.set(loaded.corrections, at);
  }
  return stale.map((s) => ({ ...s, index: at[s.list].get(given[s.list][s.index]) ?? s.index }));
}

export const describeStale = (s: StaleCorrection) => `stale correction ${s.list}[${s.index}] ${s.key}: ${s.reason}`;

/**
 * Stale corrections over many inputs (a corpus, JSONL records): an entry about one article is said
 * with that article; a workspace-wide name is absent from most articles of a corpus, so it is said
 * once, at the end, and only when no input at all had it.
 */
export class StaleReport {
  private inputs = 0;
  private readonly usedWorkspaceWide = new Set<number>();

  constructor(
    private readonly loaded: LoadedCorrections,
    private readonly report: (where: string, problem: string) => void,
    /** What an input is called: "article", "JSONL record". */
    private readonly input: string,
  ) {}

  private isWorkspaceWide(s: StaleCorrection): boolean {
    return s.list === 'names' && this.loaded.corrections.names[s.index]?.article === undefined;
  }

  /** One analysed input and its stale entries (file indices). */
  add(where: string, stale: readonly StaleCorrection[]): void {
    this.inputs++;
    const staleHere = new Set<number>();
    for (const s of stale) {
      if (this.isWorkspaceWide(s)) staleHere.add(s.index);
      else this.report(where, describeStale(s));
    }
    this.loaded.corrections.names.forEach((n, i) => {
      if (n.article === undefined && !staleHere.has(i)) this.usedWorkspaceWide.add(i);
    });
  }

  /** The workspace-wide names no input had. */
  end(): void {
    if (!this.inputs) return;
    this.loaded.corrections.names.forEach((n, i) => {
      if (n.article !== undefined || this.usedWorkspaceWide.has(i)) return;
      const where =
        this.inputs === 1
          ? `does not apply to the one ${this.input}`
          : `applies to none of the ${this.inputs.toLocaleString('en-US')} ${this.input}s`;
      this.report(this.loaded.file, `stale correction names[${i}] name "${n.name}": ${where}`);
    });
  }
}
