/**
 * news-markup: the engine on the command line.
 *
 *   news-markup analyze FILE...            readable summary per file
 *   news-markup analyze --json FILE...     one JSON line per file (the scorer's format, id = path)
 *   news-markup analyze --jsonl < in.jsonl one result line per {"id","text"} input line
 *
 * Bad inputs (missing file, directory, binary file, invalid JSONL line) get a one-line error on
 * stderr naming the file or line; the other inputs are still processed; the exit status is 1.
 */
import { readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import fastGlob from 'fast-glob';
import { version } from '../../package.json';
import { analyze, markupToJson } from '../markup';
import { formatSummary } from './summary';

const USAGE = `Usage: news-markup analyze [--json | --jsonl] FILE...

Marks up news articles: quotes and their speakers, people, organizations and places.

  FILE...    article files or glob patterns ("corpus/**/*.article")
  --json     print the markup of each file as one JSON line ({"id": FILE, ...})
  --jsonl    read {"id","text"} lines from standard input, write one result line each
  -h, --help print this help
  --version  print the version`;

class InputError extends Error {}

function readArticle(path: string): string {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    throw new InputError('no such file');
  }
  if (stat.isDirectory()) throw new InputError('is a directory, not an article file');
  const bytes = readFileSync(path);
  // A NUL byte early on: an image, an archive, a compiled file — not text.
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError('looks like a binary file, not text');
  return bytes.toString('utf8');
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

async function runJsonl(): Promise<boolean> {
  let ok = true;
  let lineNumber = 0;
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber++;
    if (!line.trim()) continue;
    let record: unknown;
    try {
      record = JSON.parse(line);
    } catch (e) {
      console.error(`news-markup: stdin line ${lineNumber}: not valid JSON (${(e as Error).message})`);
      ok = false;
      continue;
    }
    const { id, text } = (record ?? {}) as { id?: unknown; text?: unknown };
    if (typeof text !== 'string' || id === undefined) {
      console.error(`news-markup: stdin line ${lineNumber}: expected an object with "id" and a string "text"`);
      ok = false;
      continue;
    }
    process.stdout.write(markupToJson(analyze(text), String(id)) + '\n');
  }
  return ok;
}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (e) {
    console.error(`news-markup: ${(e as Error).message}`);
    console.error(USAGE);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.version) {
    console.log(version);
    return 0;
  }
  const [command, ...args] = positionals;
  if (command !== 'analyze') {
    console.error(command ? `news-markup: unknown command "${command}"` : 'news-markup: missing command');
    console.error(USAGE);
    return 2;
  }
  if (values.jsonl) {
    if (args.length) {
      console.error('news-markup: --jsonl reads standard input; do not pass files with it');
      return 2;
    }
    return (await runJsonl()) ? 0 : 1;
  }
  if (!args.length) {
    console.error('news-markup: no files given');
    console.error(USAGE);
    return 2;
  }
  let ok = true;
  let first = true;
  for (const file of expandFiles(args)) {
    let text: string;
    try {
      text = readArticle(file);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      console.error(`news-markup: ${file}: ${e.message}`);
      ok = false;
      continue;
    }
    const markup = analyze(text);
    if (values.json) process.stdout.write(markupToJson(markup, file) + '\n');
    else {
      process.stdout.write((first ? '' : '\n') + formatSummary(file, markup) + '\n');
      first = false;
    }
  }
  return ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`news-markup: internal error: ${(e as Error).stack ?? e}`);
    process.exitCode = 3;
  },
);
