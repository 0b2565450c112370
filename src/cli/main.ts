/**
 * news-markup: the engine on the command line.
 *
 *   news-markup analyze FILE...                    readable summary per file
 *   news-markup analyze --json FILE...             one JSON line per file (the scorer's format, id = path)
 *   news-markup analyze --jsonl [--jobs N] < in    one line out per {"id","text"[,"path"]} line in, in order
 *   news-markup corpus DIR|GLOB... [--csv F] [--jsonl F] [--jobs N]   a corpus on N worker threads
 *
 * Every command applies the reader's corrections (.news-markup.json, or --corrections FILE).
 *
 * Every bad input (a missing or unreadable file, a directory, a pipe or a device, a file over the size
 * limit, binary content, an invalid or oversized JSONL line) gets a one-line error on stderr naming
 * it — and, in JSONL, an error line in its place — the other inputs are still processed, and the
 * exit status is 1. Output into a closed pipe stops quietly.
 */
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { workerData } from 'node:worker_threads';
import { version } from '../../package.json';
import { describeStale, loadCorrections, StaleReport, type LoadedCorrections } from './corrections';
import { runCorpus } from './corpus';
import { corpusFiles, expandFiles } from './files';
import { DEFAULT_MAX_BYTES, decodeUtf8, formatBytes } from './input';
import { boundedLines, type Line } from './lines';
import { Output, OutputClosed } from './output';
import { isMainThread, runOrdered, serveWorker, type PoolKind } from './pool';
import { formatSummary, visibleControls } from './summary';
import { analyzeFile, answerLine, type LineAnswer, type LineTask, type Limits } from './work';

/** As the editor's `newsMarkup.maxAnalyzedSize`: an input longer than this is analysed up to here, and says so. */
const DEFAULT_MAX_CHARS = 1_000_000;

const USAGE = `Usage: news-markup analyze [--json | --jsonl [--jobs N]] [--max-size BYTES] [--max-chars N]
                           [--corrections FILE | --no-corrections] FILE...
       news-markup corpus DIR|GLOB|FILE... [--csv FILE] [--jsonl FILE] [--jobs N] [--top N]
                           [--corrections FILE | --no-corrections]

Marks up news articles: quotes and their speakers, people, organizations and places.

  analyze FILE...  article files or glob patterns ("corpus/**/*.article"): a readable summary of each
  --json           the markup of each file as one JSON line ({"id": FILE, ...})
  --jsonl          read {"id","text"} lines from standard input; write one line for each, in order: the
                   markup with the same id, or {"id", "line", "error"} for a line that cannot be read.
                   An optional "path" names the record's article file, as a FILE argument would
                   (relative to the current folder): the corrections about that article apply to it
  corpus           every article under the folders (.article, .news, and .txt files that start with a
                   date line) or matching the patterns: a table of the top speakers and names
  --csv FILE       (corpus) one row per quote: file, date, kind, speaker, speakerType, quote, cue, rule, line
  --jsonl FILE     (corpus) one line per article, as analyze --json
  --jobs N         worker threads (default: the number of cores, ${availableParallelism()} here)
  --top N          (corpus) rows in each table of the summary (default 10)
  --max-size BYTES largest file or JSONL line to read (default ${formatBytes(DEFAULT_MAX_BYTES)}; 10MB, 500KB work too)
  --max-chars N    analyse at most N characters of each input, as the editor does (default 1000000; 0: all)
  --corrections F  the reader's corrections (default: .news-markup.json here, if any): names without
                   "article" apply to every input; the other entries to the article they name (a path
                   relative to F's folder). A file that is not valid stops the command. A stale
                   correction is said on stderr with its article; in corpus and --jsonl, a name
                   without "article" is said once, at the end, if no input had it
  --no-corrections ignore .news-markup.json
  -h, --help       print this help
  --version        print the version`;

/** Problems are reported on stderr, one line each, with control characters made visible. */
const report = (where: string, problem: string) => console.error(`news-markup: ${visibleControls(where)}: ${visibleControls(problem)}`);

async function* lineTasks(maxBytes: number, maxChars: number): AsyncGenerator<LineTask> {
  let warnedUtf8 = false;
  for await (const line of boundedLines(process.stdin, maxBytes) as AsyncGenerator<Line>) {
    if ('tooLong' in line) {
      yield { number: line.number, json: null, problem: `longer than ${formatBytes(maxBytes)} (--max-size); skipped`, maxChars };
      continue;
    }
    const { text, valid } = decodeUtf8(line.bytes);
    // Said when this line's answer is written, so that stderr follows the input's order as stdout does.
    const warning = !valid && !warnedUtf8 ? 'invalid UTF-8 (bytes replaced with U+FFFD); said once for the whole input' : undefined;
    warnedUtf8 ||= !valid;
    // A byte-order mark opens the first line of some exports, or every line of concatenated ones.
    yield { number: line.number, json: text.replace(/^\ufeff/, ''), maxChars, warning };
  }
}

async function runJsonl(
  out: Output,
  { maxBytes, maxChars }: Limits,
  jobs: number,
  corrections: LoadedCorrections | null,
): Promise<boolean> {
  let ok = true;
  const staleReport = corrections ? new StaleReport(corrections, report, 'JSONL record') : null;
  const emit = async ({ number, line, error, warning, stale }: LineAnswer) => {
    if (warning) report(`stdin line ${number}`, warning);
    if (error) {
      report(`stdin line ${number}`, error);
      ok = false;
    }
    if (stale) staleReport?.add(`stdin line ${number}`, stale);
    await out.write(`${line}\n`);
  };
  await runOrdered(lineTasks(maxBytes, maxChars), jobs, answerLine, emit, { kind: 'line', context: corrections });
  staleReport?.end();
  return ok;
}

async function runFiles(out: Output, files: string[], json: boolean, limits: Limits, loaded: LoadedCorrections | null): Promise<boolean> {
  let ok = true;
  let first = true;
  for (const file of files) {
    const r = analyzeFile({ file, limits, json, markup: true }, loaded);
    if (r.error) {
      report(file, r.error);
      ok = false;
      continue;
    }
    if (r.invalidUtf8) report(file, 'invalid UTF-8 (bytes replaced with U+FFFD)');
    // A stale correction is said, not fatal: the article changed under it.
    for (const s of r.stale ?? []) report(file, describeStale(s));
    if (json) await out.write(`${r.json}\n`);
    else await out.write((first ? '' : '\n') + formatSummary(file, r.markup!) + '\n');
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

const wholeNumber = (value: string | undefined, fallback: number, min: number) => {
  if (value === undefined) return fallback;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : null;
};

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'string' },
      csv: { type: 'string' },
      jobs: { type: 'string' },
      top: { type: 'string' },
      'max-size': { type: 'string' },
      'max-chars': { type: 'string' },
      corrections: { type: 'string' },
      'no-corrections': { type: 'boolean' },
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

/** `--jsonl` is a flag for analyze (standard input) and takes a file for corpus: read it either way. */
function normalizeJsonlFlag(argv: string[]): string[] {
  const command = argv.find((a) => !a.startsWith('-'));
  if (command === 'corpus') return argv;
  return argv.flatMap((a) => (a === '--jsonl' ? ['--jsonl=-'] : [a]));
}

async function main(argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(normalizeJsonlFlag(argv));
  } catch (e) {
    return usageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) {
    console.log(values.help ? USAGE : version);
    return 0;
  }
  const [command, ...args] = positionals;
  if (command !== 'analyze' && command !== 'corpus') return usageError(command ? `unknown command "${command}"` : 'missing command');
  const maxBytes = values['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(values['max-size']);
  if (maxBytes === null) return usageError(`--max-size ${values['max-size']}: expected a size such as 64MB, 500KB or 1048576`);
  const maxChars = wholeNumber(values['max-chars'], DEFAULT_MAX_CHARS, 0);
  if (maxChars === null) return usageError(`--max-chars ${values['max-chars']}: expected a whole number`);
  const jobs = wholeNumber(values.jobs, availableParallelism(), 1);
  if (jobs === null) return usageError(`--jobs ${values.jobs}: expected a whole number of at least 1`);
  const top = wholeNumber(values.top, 10, 1);
  if (top === null) return usageError(`--top ${values.top}: expected a whole number of at least 1`);
  const limits = { maxBytes, maxChars };
  const out = new Output(process.stdout);
  if (command === 'corpus' && !args.length) return usageError('no folders or files given');
  if (command === 'analyze' && values.jsonl !== undefined && args.length)
    return usageError('--jsonl reads standard input; do not pass files with it');
  if (command === 'analyze' && values.jsonl === undefined && !args.length) return usageError('no files given');
  const corrections = loadCorrections(values.corrections, values['no-corrections']);
  if (corrections && 'problem' in corrections) {
    report(corrections.file, corrections.problem);
    return 1;
  }
  if (command === 'corpus') {
    const files = corpusFiles(args);
    if (!files.length) return usageError(`no articles found in ${args.join(', ')}`);
    return (await runCorpus(out, { files, jobs, limits, csv: values.csv, jsonl: values.jsonl, top, report, corrections })) ? 0 : 1;
  }
  if (values.jsonl !== undefined) return (await runJsonl(out, limits, jobs, corrections)) ? 0 : 1;
  return (await runFiles(out, expandFiles(args), !!values.json, limits, corrections)) ? 0 : 1;
}

if (isMainThread) {
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
} else {
  serveWorker({ file: analyzeFile, line: answerLine }, workerData as PoolKind<LoadedCorrections | null>);
}
