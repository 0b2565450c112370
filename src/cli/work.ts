/**
 * The work on one input, as the CLI's main thread or one of its workers does it: a JSONL line
 * answered with one line (the markup, or an error), a file analysed into its markup, its corpus
 * summary and its quote rows. Results are plain data, so they cross to the main thread as they are.
 */
import { corpusCsvRows, summarize, type ArticleSummary } from '../corpus';
import type { Analyzer, Corrections, Markup, StaleCorrection } from '../markup';
import { markupToJson } from '../markup/serialize';
import { correctionsForFile, staleInFile, workspaceWideCorrections, type LoadedCorrections } from './corrections';
import { InputError, readArticle } from './input';

/** The CLI reads each input once: a small cache is enough for paragraphs that repeat (boilerplate). */
const CLI_CACHE_SIZE = 200_000;

export interface Limits {
  maxBytes: number;
  maxChars: number;
}

let analyzer: Analyzer | undefined;

/**
 * The analysis of one input, with the reader's corrections that apply to it (their stale entries
 * numbered as the corrections file numbers them); a failure is that input's problem, and the others go on.
 */
function analyzeText(text: string, maxChars: number, loaded: LoadedCorrections | null, corrections?: Corrections): Markup | string {
  // A lazy require (esbuild defers the module to this call): the main thread of `--jobs N` never
  // analyses, so it never loads compromise, which would hold up the start of the workers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  analyzer ??= (require('../markup/analyze') as typeof import('../markup/analyze')).createAnalyzer({ cacheSize: CLI_CACHE_SIZE });
  let markup: Markup;
  try {
    markup = analyzer.analyze(text, { ...(maxChars > 0 ? { maxLength: maxChars } : {}), ...(corrections ? { corrections } : {}) });
  } catch (e) {
    return `internal error in the analysis (${(e as Error).message}); please report it`;
  }
  if (!loaded || !corrections || !markup.corrections) return markup;
  return { ...markup, corrections: { ...markup.corrections, stale: staleInFile(loaded, corrections, markup.corrections.stale) } };
}

/** `{"id": …, "text": …, "path"?: …}`: the id (a string or a number), the text and the article's path, or the problem with the line. */
function parseRecord(line: string): { id: string | number; text: string; path?: string } | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  const { id, text, path } = (record !== null && typeof record === 'object' ? record : {}) as {
    id?: unknown;
    text?: unknown;
    path?: unknown;
  };
  if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
    return 'expected an object with an "id" (a string or a number) and a string "text"';
  }
  if (path !== undefined && (typeof path !== 'string' || !path))
    return '"path", when given, must be a non-empty string (the article\'s file)';
  return { id, text, ...(path !== undefined ? { path } : {}) };
}

/** What the id of a line is, as far as it can be read, for its error line. */
function idOf(line: string): string | number | null {
  try {
    const id = (JSON.parse(line) as { id?: unknown })?.id;
    return typeof id === 'string' || typeof id === 'number' ? id : null;
  } catch {
    return null;
  }
}

export interface LineTask {
  /** 1-based line number, for the error. */
  number: number;
  /** The line, decoded; null when it could not be read (`problem` says why). */
  json: string | null;
  problem?: string;
  /** Said about the line even when it is answered (invalid UTF-8 replaced). */
  warning?: string;
  maxChars: number;
}

export interface LineAnswer {
  number: number;
  line: string;
  error: string | null;
  warning?: string;
  /** When corrections were given: the stale ones, numbered as in the corrections file. */
  stale?: StaleCorrection[];
}

/**
 * One line in, one line out: the markup with the line's id, or `{"id", "line", "error"}`. The
 * workspace-wide name corrections apply to every record; those about one article, to the record
 * whose "path" is that article (a path as a FILE argument would give it).
 */
export function answerLine({ number, json, problem, warning, maxChars }: LineTask, loaded: LoadedCorrections | null = null): LineAnswer {
  const fail = (error: string, id: string | number | null = null) => ({
    number,
    line: JSON.stringify({ id, line: number, error }),
    error,
    warning,
  });
  if (json === null) return fail(problem ?? 'unreadable line');
  if (!json.trim()) return fail('empty line');
  const record = parseRecord(json);
  if (typeof record === 'string') return fail(record, idOf(json));
  const corrections = !loaded
    ? undefined
    : record.path !== undefined
      ? correctionsForFile(loaded, record.path)
      : workspaceWideCorrections(loaded);
  const markup = analyzeText(record.text, maxChars, loaded, corrections);
  if (typeof markup === 'string') return fail(markup, record.id);
  return { number, line: markupToJson(markup, record.id), error: null, warning, stale: markup.corrections?.stale };
}

export interface FileTask {
  file: string;
  limits: Limits;
  /** What to give back besides the summary: the markup's JSON line, the corpus CSV's rows, the markup itself. */
  json?: boolean;
  csv?: boolean;
  markup?: boolean;
}

export interface FileResult {
  file: string;
  error: string | null;
  invalidUtf8: boolean;
  summary?: ArticleSummary;
  json?: string;
  csv?: string[][];
  markup?: Markup;
  /** When corrections were given: the stale ones, numbered as in the corrections file. */
  stale?: StaleCorrection[];
}

/** A file analysed, with the reader's corrections that apply to it: its summary, and its JSON line and text when asked. */
export function analyzeFile(
  { file, limits, json, csv, markup: wantMarkup }: FileTask,
  loaded: LoadedCorrections | null = null,
): FileResult {
  let article: { text: string; valid: boolean };
  try {
    article = readArticle(file, limits.maxBytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file, error: e.message, invalidUtf8: false };
  }
  const markup = analyzeText(article.text, limits.maxChars, loaded, loaded ? correctionsForFile(loaded, file) : undefined);
  if (typeof markup === 'string') return { file, error: markup, invalidUtf8: !article.valid };
  const analysed = Math.min(article.text.length, limits.maxChars > 0 ? limits.maxChars : Infinity);
  const summary = summarize(file, article.text, markup, analysed);
  return {
    file,
    error: null,
    invalidUtf8: !article.valid,
    summary,
    ...(json ? { json: markupToJson(markup, file) } : {}),
    ...(csv ? { csv: corpusCsvRows(summary, article.text) } : {}),
    ...(wantMarkup ? { markup } : {}),
    ...(markup.corrections ? { stale: markup.corrections.stale } : {}),
  };
}
