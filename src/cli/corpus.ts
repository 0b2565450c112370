/**
 * `news-markup corpus DIR|GLOB|FILE…`: every article of a corpus analysed on N worker threads, the
 * results in input order; a summary table of the corpus (top speakers, organizations, people and
 * places); the corpus CSV (one row per quote) and JSONL (one line per article) when asked. The
 * reader's corrections apply as in `analyze FILE`: each article gets the entries about it and the
 * workspace-wide names.
 */
import { stringify } from 'csv-stringify/sync';
import { CORPUS_CSV_COLUMNS, CSV_OPTIONS, CorpusIndex, type EntityRow, type SpeakerRow } from '../corpus';
import { StaleReport, type LoadedCorrections } from './corrections';
import type { Output } from './output';
import { OutputFile, OutputFileError } from './outputFile';
import { runOrdered } from './pool';
import { Progress } from './progress';
import { analyzeFile, type FileResult, type Limits } from './work';

export interface CorpusOptions {
  files: string[];
  jobs: number;
  limits: Limits;
  csv?: string;
  jsonl?: string;
  top: number;
  report: (where: string, problem: string) => void;
  /** The corrections file, read (null: none). */
  corrections: LoadedCorrections | null;
}

const pad = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n));

function table(title: string, rows: Array<SpeakerRow | EntityRow>, columns: Array<[string, (r: never) => number]>): string[] {
  if (!rows.length) return [];
  const head = `  ${pad(title, 40)}${columns.map(([c]) => c.padStart(10)).join('')}`;
  const lines = rows.map((r) => `  ${pad(r.name, 40)}${columns.map(([, f]) => String(f(r as never)).padStart(10)).join('')}`);
  return ['', head, ...lines];
}

/** The corpus in a few tables a reader takes in at a glance. */
export function formatCorpus(index: CorpusIndex, top: number, failed: number): string {
  const articles = index.size;
  const quotes = index.files().reduce((n, f) => n + index.get(f)!.quotes.length, 0);
  const notRead = failed ? `, ${failed} inputs not read` : '';
  const count = (n: number) => n.toLocaleString('en-US');
  const lines = [`${count(articles)} articles, ${count(quotes)} quotes and reported speech${notRead}`];
  lines.push(
    ...table('Speakers', index.speakers().slice(0, top), [
      ['quotes', (r: SpeakerRow) => r.quotes],
      ['reported', (r: SpeakerRow) => r.reported],
      ['articles', (r: SpeakerRow) => r.articles],
    ]),
  );
  for (const [type, title] of [
    ['organization', 'Organizations'],
    ['person', 'People'],
    ['place', 'Places'],
  ] as const) {
    lines.push(...table(title, index.entities(type).slice(0, top), [['articles', (r: EntityRow) => r.articles]]));
  }
  return lines.join('\n');
}

/** Opens the outputs asked for, all or none. */
function openOutputs(options: CorpusOptions): { csv: OutputFile | null; jsonl: OutputFile | null } {
  let csv: OutputFile | null = null;
  try {
    csv = options.csv ? new OutputFile(options.csv) : null;
    return { csv, jsonl: options.jsonl ? new OutputFile(options.jsonl) : null };
  } catch (e) {
    csv?.abandon();
    throw e;
  }
}

/** False when an input could not be read or an output written (each said on stderr). */
export async function runCorpus(out: Output, options: CorpusOptions): Promise<boolean> {
  const { files, jobs, limits, report } = options;
  let outputs: ReturnType<typeof openOutputs>;
  try {
    outputs = openOutputs(options);
  } catch (e) {
    if (!(e instanceof OutputFileError)) throw e;
    report(e.target, e.message);
    return false;
  }
  const { csv, jsonl } = outputs;
  const index = new CorpusIndex();
  const progress = new Progress(files.length);
  csv?.write(stringify([[...CORPUS_CSV_COLUMNS]], CSV_OPTIONS));
  let failed = 0;
  // A line on stderr first clears the progress bar's line, which the next tick redraws under it.
  const say = (where: string, problem: string) => {
    progress.end();
    report(where, problem);
  };
  const stale = options.corrections ? new StaleReport(options.corrections, say, 'article') : null;
  const emit = async (r: FileResult) => {
    progress.tick();
    if (r.error) {
      say(r.file, r.error);
      failed++;
      return;
    }
    if (r.invalidUtf8) say(r.file, 'invalid UTF-8 (bytes replaced with U+FFFD)');
    stale?.add(r.file, r.stale ?? []);
    index.set(r.summary!);
    if (r.json) jsonl?.write(`${r.json}\n`);
    if (r.csv?.length) csv?.write(stringify(r.csv, CSV_OPTIONS));
  };
  const tasks = files.map((file) => ({ file, limits, json: !!jsonl, csv: !!csv }));
  try {
    await runOrdered(tasks, jobs, analyzeFile, emit, { kind: 'file', context: options.corrections });
    csv?.commit();
    jsonl?.commit();
  } catch (e) {
    csv?.abandon();
    jsonl?.abandon();
    if (!(e instanceof OutputFileError)) throw e;
    progress.end();
    report(e.target, e.message);
    return false;
  } finally {
    progress.end();
  }
  stale?.end();
  await out.write(`${formatCorpus(index, options.top, failed)}\n`);
  return failed === 0;
}
