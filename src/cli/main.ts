/**
 * news-markup: the engine on the command line.
 *
 *   news-markup analyze FILE...            readable summary per file
 *   news-markup analyze --json FILE...     one JSON line per file (the scorer's format, id = path)
 *   news-markup analyze --jsonl < in.jsonl one result line per {"id","text"} input line, in order
 *
 * Every bad input (a missing or unreadable file, a directory, a pipe or a device, a file over the size
 * limit, binary content, an invalid or oversized JSONL line) gets a one-line error on stderr naming
 * it; the other inputs are still processed; the exit status is 1. Output into a closed pipe stops
 * quietly.
 */
import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fastGlob from 'fast-glob';
import { version } from '../../package.json';
import { createAnalyzer, markupToJson, type Analyzer, type Markup } from '../markup';
import { DEFAULT_MAX_BYTES, decodeUtf8, formatBytes, InputError, readArticle } from './input';
import { boundedLines } from './lines';
import { Output, OutputClosed } from './output';
import { formatSummary, visibleControls } from './summary';

/** As the editor's `newsMarkup.maxAnalyzedSize`: an input longer than this is analysed up to here, and says so. */
const DEFAULT_MAX_CHARS = 1_000_000;

const USAGE = `Usage: news-markup analyze [--json | --jsonl] [--max-size BYTES] [--max-chars N] FILE...

Marks up news articles: quotes and their speakers, people, organizations and places.

  FILE...          article files or glob patterns ("corpus/**/*.article")
  --json           print the markup of each file as one JSON line ({"id": FILE, ...})
  --jsonl          read {"id","text"} lines from standard input, write one result line each, in order
  --max-size BYTES largest file or JSONL line to read (default ${formatBytes(DEFAULT_MAX_BYTES)}; 10MB, 500KB work too)
  --max-chars N    analyse at most N characters of each input, as the editor does (default 1000000; 0: all)
  -h, --help       print this help
  --version        print the version`;

/** Problems are reported on stderr, one line each, with control characters made visible. */
const report = (where: string, problem: string) => console.error(`news-markup: ${visibleControls(where)}: ${visibleControls(problem)}`);

/** The analysis of one input; a failure is that input's problem, and the others go on. */
function analyzeOne(analyzer: Analyzer, text: string, where: string, maxChars: number): Markup | null {
  try {
    return analyzer.analyze(text, maxChars > 0 ? { maxLength: maxChars } : {});
  } catch (e) {
    report(where, `internal error in the analysis (${(e as Error).message}); please report it`);
    return null;
  }
}

/** File arguments, with glob patterns expanded (shells on some systems don't). */
function expandFiles(args: string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    const isPattern = /[*?[\]{}]/.test(arg);
    let exists = false;
    try {
      statSync(arg);
      exists = true;
    } catch {
      /* not a plain path */
    }
    if (isPattern && !exists) {
      const matches = fastGlob.sync(arg, { onlyFiles: true }).sort();
      files.push(...(matches.length ? matches : [arg]));
    } else files.push(arg);
  }
  return files;
}

/** `{"id": …, "text": …}`: the id (a string or a number) and the text, or the problem with the line. */
function parseRecord(line: string): { id: string; text: string } | string {
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
  return { id: String(id), text };
}

/** The CLI reads each input once: a small cache is enough for paragraphs that repeat (boilerplate). */
const CLI_CACHE_SIZE = 200_000;

interface Limits {
  maxBytes: number;
  maxChars: number;
}

async function runJsonl(out: Output, { maxBytes, maxChars }: Limits): Promise<boolean> {
  const analyzer = createAnalyzer({ cacheSize: CLI_CACHE_SIZE });
  let ok = true;
  let warnedUtf8 = false;
  for await (const line of boundedLines(process.stdin, maxBytes)) {
    const where = `stdin line ${line.number}`;
    if ('tooLong' in line) {
      report(where, `longer than ${formatBytes(maxBytes)} (--max-size); skipped`);
      ok = false;
      continue;
    }
    const { text: decoded, valid } = decodeUtf8(line.bytes);
    if (!valid && !warnedUtf8) {
      report(where, 'invalid UTF-8 (bytes replaced with U+FFFD); said once for the whole input');
      warnedUtf8 = true;
    }
    // A byte-order mark opens the first line of some exports, or every line of concatenated ones.
    const json = decoded.replace(/^\ufeff/, '');
    if (!json.trim()) continue;
    const record = parseRecord(json);
    if (typeof record === 'string') {
      report(where, record);
      ok = false;
      continue;
    }
    const markup = analyzeOne(analyzer, record.text, where, maxChars);
    if (markup) await out.write(markupToJson(markup, record.id) + '\n');
    else ok = false;
  }
  return ok;
}

async function runFiles(out: Output, files: string[], json: boolean, { maxBytes, maxChars }: Limits): Promise<boolean> {
  const analyzer = createAnalyzer({ cacheSize: CLI_CACHE_SIZE });
  let ok = true;
  let first = true;
  for (const file of files) {
    let article: { text: string; valid: boolean };
    try {
      article = readArticle(file, maxBytes);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      report(file, e.message);
      ok = false;
      continue;
    }
    if (!article.valid) report(file, 'invalid UTF-8 (bytes replaced with U+FFFD)');
    const markup = analyzeOne(analyzer, article.text, file, maxChars);
    if (!markup) {
      ok = false;
      continue;
    }
    if (json) await out.write(markupToJson(markup, file) + '\n');
    else await out.write((first ? '' : '\n') + formatSummary(file, markup) + '\n');
    first = false;
  }
  return ok;
}

/** "64MB", "500KB", "1048576": a size in bytes. */
function parseSize(value: string): number | null {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) return null;
  const unit = { b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase()]!;
  const bytes = Math.floor(Number(m[1]) * unit);
  return bytes > 0 ? bytes : null;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      'max-size': { type: 'string' },
      'max-chars': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
}

function usageError(message: string): number {
  console.error(`news-markup: ${message}`);
  console.error(USAGE);
  return 2;
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) {
    console.log(values.help ? USAGE : version);
    return 0;
  }
  const [command, ...args] = positionals;
  if (command !== 'analyze') return usageError(command ? `unknown command "${command}"` : 'missing command');
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === null) return usageError(`--max-size ${values['max-size']}: expected a size such as 64MB, 500KB or 1048576`);
  const maxChars = values['max-chars'] === undefined ? DEFAULT_MAX_CHARS : Number(values['max-chars']);
  if (!Number.isInteger(maxChars) || maxChars < 0) return usageError(`--max-chars ${values['max-chars']}: expected a whole number`);
  const limits = { maxBytes, maxChars };
  const out = new Output(process.stdout);
  if (values.jsonl) {
    if (args.length) return usageError('--jsonl reads standard input; do not pass files with it');
    return (await runJsonl(out, limits)) ? 0 : 1;
  }
  if (!args.length) return usageError('no files given');
  return (await runFiles(out, expandFiles(args), !!values.json, limits)) ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    if (e instanceof OutputClosed) return;
    console.error(`news-markup: internal error: ${(e as Error).message}`);
    process.exitCode = 3;
  },
);
