/**
 * The work on one input, as the CLI's main thread or one of its workers does it: a JSONL line
 * answered with one line (the markup, or an error), a file analysed into its markup, its corpus
 * summary and its quote rows. Results are plain data, so they cross to the main thread as they are.
 */
import { corpusCsvRows, summarize, type ArticleSummary } from '../corpus';
import type { AnalyzeOptions, Analyzer, Markup } from '../markup';
import { markupToJson } from '../markup/serialize';
import { InputError, readArticle } from './input';

/** The CLI reads each input once: a small cache is enough for paragraphs that repeat (boilerplate). */
const CLI_CACHE_SIZE = 200_000;

export interface Limits {
  maxBytes: number;
  maxChars: number;
}

let analyzer: Analyzer | undefined;

/** The analysis of one input; a failure is that input's problem, and the others go on. */
function analyzeText(text: string, maxChars: number, corrections?: AnalyzeOptions['corrections']): Markup | string {
  // A lazy require (esbuild defers the module to this call): the main thread of `--jobs N` never
  // analyses, so it never loads compromise, which would hold up the start of the workers.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  analyzer ??= (require('../markup/analyze') as typeof import('../markup/analyze')).createAnalyzer({ cacheSize: CLI_CACHE_SIZE });
  try {
    return analyzer.analyze(text, { ...(maxChars > 0 ? { maxLength: maxChars } : {}), ...(corrections ? { corrections } : {}) });
  } catch (e) {
    return `internal error in the analysis (${(e as Error).message}); please report it`;
  }
}

/** `{"id": …, "text": …}`: the id (a string or a number) and the text, or the problem with the line. */
function parseRecord(line: string): { id: string | number; text: string } | string {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${(e as Error).message})`;
  }
  const { id, text } = (record !== null && typeof record === 'object' ? record : {}) as { id?: unknown; text?: unknown };
  if (typeof text !== 'string' || (typeof id !== 'string' && typeof id !== 'number')) {
    return 'expected an object with an "id" (a string or a number) and a string "text"';
  }
  return { id, text };
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
}

/** One line in, one line out: the markup with the line's id, or `{"id", "line", "error"}`. */
export function answerLine({ number, json, problem, warning, maxChars }: LineTask): LineAnswer {
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
  const markup = analyzeText(record.text, maxChars);
  if (typeof markup === 'string') return fail(markup, record.id);
  return { number, line: markupToJson(markup, record.id), error: null, warning };
}

export interface FileTask {
  file: string;
  limits: Limits;
  /** What to give back besides the summary: the markup's JSON line, the corpus CSV's rows, the markup itself. */
  json?: boolean;
  csv?: boolean;
  markup?: boolean;
  /** The reader's corrections that apply to this file (`correctionsFor`). */
  corrections?: AnalyzeOptions['corrections'];
}

export interface FileResult {
  file: string;
  error: string | null;
  invalidUtf8: boolean;
  summary?: ArticleSummary;
  json?: string;
  csv?: string[][];
  markup?: Markup;
}

/** A file analysed: its summary, and its JSON line and text when asked. */
export function analyzeFile({ file, limits, json, csv, markup: wantMarkup, corrections }: FileTask): FileResult {
  let article: { text: string; valid: boolean };
  try {
    article = readArticle(file, limits.maxBytes);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { file, error: e.message, invalidUtf8: false };
  }
  const markup = analyzeText(article.text, limits.maxChars, corrections);
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
  };
}
