/**
 * `news-markup corpus` and `analyze --jsonl --jobs N`: a generated corpus analysed on worker threads
 * gives the same tables, CSV and JSONL as on one thread, in input order, and bad files are named.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeCorpus } from '../../bench/corpus.mjs';
import { cliBundle } from './cliBundle';

const dir = mkdtempSync(join(tmpdir(), 'news-markup-corpus-'));
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, [cliBundle(), ...args], { cwd: dir, input, encoding: 'utf8', timeout: 120_000 });

describe('news-markup corpus', function () {
  this.timeout(180_000);
  let files: string[];

  before(() => {
    files = writeCorpus(join(dir, 'corpus'), 24);
    // A corpus export as .txt starts with a date line and is read; other .txt files are not articles.
    writeFileSync(join(dir, 'corpus', 'export.txt'), 'date 2025-01-05\n\n"We are ready," said Ingrid Halvorsen.\n');
    writeFileSync(join(dir, 'corpus', 'notes.txt'), 'Remember to call the desk.\n');
  });

  it('prints the top speakers and names, and writes one CSV row per quote and one JSONL line per article', () => {
    const r = cli(['corpus', 'corpus', '--csv', 'out/quotes.csv', '--jsonl', 'out/markup.jsonl', '--jobs', '2', '--top', '3']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stderr, '', 'no progress bar when stderr is not a terminal');
    assert.match(r.stdout, /^25 articles, \d+ quotes and reported speech\n/);
    assert.match(r.stdout, /\n {2}Speakers +quotes +reported +articles\n/);
    for (const section of ['Organizations', 'People', 'Places']) assert.match(r.stdout, new RegExp(`\\n  ${section} +articles\\n`));
    const jsonl = readFileSync(join(dir, 'out', 'markup.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      jsonl.map((m) => m.id),
      [...files.map((f) => f.slice(dir.length + 1)), 'corpus/export.txt'].sort(),
    );
    const rows = parse(readFileSync(join(dir, 'out', 'quotes.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const quotes = jsonl.reduce((n, m) => n + m.quotes.length + m.reported.length, 0);
    assert.equal(rows.length, quotes);
    assert.deepEqual(Object.keys(rows[0]), ['file', 'date', 'kind', 'speaker', 'speakerType', 'quote', 'cue', 'rule', 'line']);
    const halvorsen = rows.find((row) => row.file === 'corpus/export.txt')!;
    assert.deepEqual(
      [halvorsen.date, halvorsen.speaker, halvorsen.quote, halvorsen.line],
      ['2025-01-05', 'Ingrid Halvorsen', '"We are ready,"', '3'],
    );
    // The summary's counts are the CSV's.
    const top = /\n {2}Speakers.*\n {2}(.+?) +(\d+) +(\d+) +(\d+)\n/.exec(r.stdout)!;
    const theirs = rows.filter((row) => row.speaker === top[1]);
    assert.equal(theirs.filter((row) => row.kind === 'quote').length, Number(top[2]));
    assert.equal(theirs.filter((row) => row.kind === 'reported').length, Number(top[3]));
  });

  it('writes a cell a spreadsheet would run as a formula as text', () => {
    mkdirSync(join(dir, 'formula'), { recursive: true });
    writeFileSync(join(dir, 'formula', 'a.article'), 'date 2024-03-01\n\nAna Ruiz said that -10 degrees would close the port.\n');
    const r = cli(['corpus', 'formula', '--csv', 'out/formula.csv']);
    assert.equal(r.status, 0, r.stderr);
    const [row] = parse(readFileSync(join(dir, 'out', 'formula.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    assert.equal(row.quote, "'-10 degrees would close the port");
  });

  it('gives the same output on one worker and on two', () => {
    const one = cli(['corpus', 'corpus', '--csv', 'one.csv', '--jsonl', 'one.jsonl', '--jobs', '1']);
    const two = cli(['corpus', 'corpus', '--csv', 'two.csv', '--jsonl', 'two.jsonl', '--jobs', '2']);
    assert.equal(one.status, 0, one.stderr);
    assert.equal(two.stdout, one.stdout);
    assert.equal(readFileSync(join(dir, 'two.csv'), 'utf8'), readFileSync(join(dir, 'one.csv'), 'utf8'));
    assert.equal(readFileSync(join(dir, 'two.jsonl'), 'utf8'), readFileSync(join(dir, 'one.jsonl'), 'utf8'));
  });

  it('names a bad file, goes on with the others and exits 1; an output that cannot be written leaves nothing behind', () => {
    const bad = join(dir, 'bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'a.article'), '"Fine," said Ana Ruiz.\n');
    writeFileSync(join(bad, 'b.article'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    writeFileSync(join(bad, 'c.article'), '"Also fine," said Tom Bale.\n');
    const r = cli(['corpus', 'bad', '--jsonl', 'bad.jsonl', '--jobs', '2']);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), 'news-markup: bad/b.article: looks like a binary file, not text');
    assert.match(r.stdout, /^2 articles, 2 quotes and reported speech, 1 inputs not read\n/);
    assert.equal(readFileSync(join(dir, 'bad.jsonl'), 'utf8').trim().split('\n').length, 2);
    // Outputs go into new folders as needed; one that cannot be written is named before any work is done.
    const nested = cli(['corpus', 'bad/a.article', '--csv', 'new/folder/quotes.csv']);
    assert.equal(nested.status, 0, nested.stderr);
    assert.ok(existsSync(join(dir, 'new', 'folder', 'quotes.csv')));
    const unwritable = cli(['corpus', 'bad', '--jsonl', 'fine.jsonl', '--csv', 'bad/a.article/quotes.csv']);
    assert.equal(unwritable.status, 1);
    assert.equal(
      unwritable.stderr,
      'news-markup: bad/a.article/quotes.csv: cannot write it (a part of the path is a file, not a folder)\n',
    );
    assert.equal(unwritable.stdout, '');
    assert.deepEqual(
      readdirSync(dir).filter((f) => f.includes('fine') || f.endsWith('.tmp')),
      [],
    );
  });

  it('analyze --jsonl --jobs 2 answers in input order, long and short lines mixed', () => {
    const texts = writeCorpus(join(dir, 'lines'), 40).map((f) => readFileSync(f, 'utf8'));
    // Long lines first, so that a short one behind them finishes earlier on the other worker.
    const lines = texts.map((text, i) => JSON.stringify({ id: `doc-${i}`, text: i % 5 === 0 ? text.repeat(12) : text }));
    const r = cli(['analyze', '--jsonl', '--jobs', '2'], lines.join('\n') + '\n');
    assert.equal(r.status, 0, r.stderr);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => o.id),
      texts.map((_, i) => `doc-${i}`),
    );
    const single = cli(['analyze', '--jsonl', '--jobs', '1'], lines.join('\n') + '\n');
    assert.equal(single.stdout, r.stdout);
  });
});
