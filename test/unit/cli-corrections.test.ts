/**
 * `news-markup analyze`, `analyze --jsonl` and `corpus` with the reader's corrections:
 * --corrections FILE, .news-markup.json by default, --no-corrections.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { writeCorpus } from '../../bench/corpus.mjs';
import { cliBundle } from './cliBundle';

const ARTICLE = '"Prices will fall next year," said Harbour Metrics. He added that rents would rise.\n';
const RETYPE = { version: 1, names: [{ name: 'Harbour Metrics', type: 'organization' }], quotes: [] };

/** A workspace folder with an article in a subfolder, and the CLI run in it. */
function workspace(corrections?: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'news-markup-corrections-'));
  mkdirSync(join(dir, 'news'));
  writeFileSync(join(dir, 'news', 'a.article'), ARTICLE);
  if (corrections !== undefined)
    writeFileSync(join(dir, '.news-markup.json'), typeof corrections === 'string' ? corrections : JSON.stringify(corrections));
  const cli = (args: string[]) => spawnSync(process.execPath, [cliBundle(), 'analyze', ...args], { cwd: dir, encoding: 'utf8' });
  return { dir, cli };
}

const entities = (stdout: string) => (JSON.parse(stdout) as { entities: Array<{ name: string; type: string }> }).entities;

describe('news-markup analyze with corrections', function () {
  this.timeout(60000);
  before(() => cliBundle());

  it('reads .news-markup.json in the current folder by default, and --no-corrections ignores it', () => {
    const { cli } = workspace(RETYPE);
    const r = cli(['--json', 'news/a.article']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(entities(r.stdout), [{ ...entities(r.stdout)[0], name: 'Harbour Metrics', type: 'organization' }]);
    assert.deepEqual(JSON.parse(r.stdout).corrections, { applied: 1, stale: [] });
    const off = cli(['--json', '--no-corrections', 'news/a.article']);
    assert.equal(off.status, 0, off.stderr);
    assert.deepEqual(entities(off.stdout), []);
  });

  it('--corrections FILE: article paths relative to that file; stale corrections said on stderr', () => {
    const { dir, cli } = workspace();
    const file = join(dir, 'news', 'mine.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        names: [
          { name: 'Harbour Metrics', type: 'person', article: 'a.article' },
          { name: 'Nowhere Inc', type: 'place' },
        ],
      }),
    );
    const r = cli(['--json', '--corrections', file, 'news/a.article']);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(entities(r.stdout)[0].type, 'person');
    assert.match(r.stderr, /^news-markup: news\/a\.article: stale correction names\[1\] name "Nowhere Inc": .*\n$/);
  });

  it('a corrections file that does not parse: one line naming it, exit 1, no analysis', () => {
    for (const bad of ['{"version": 1, "names": [', JSON.stringify({ version: 1, names: [{ name: 'X', type: 'city' }] })]) {
      const { cli } = workspace(bad);
      const r = cli(['--json', 'news/a.article']);
      assert.equal(r.status, 1);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr.split('\n').filter(Boolean).length, 1, r.stderr);
      assert.match(r.stderr, /^news-markup: \.news-markup\.json: invalid corrections file: /);
    }
    const { cli } = workspace();
    const missing = cli(['--corrections', 'nope.json', 'news/a.article']);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /^news-markup: nope\.json: cannot read the corrections file \(ENOENT\)\n$/);
  });
});

/** Two articles that quote the same words; the corrections retype a speaker everywhere and reattribute one quote in b only. */
const TWIN = 'date 2025-01-05\n\n"Prices will fall next year," said Tom Bale.\n\n"We are ready," said Ingrid Halvorsen.\n';
const CORPUS_CORRECTIONS = {
  version: 1,
  names: [
    { name: 'Tom Bale', type: 'organization' },
    { name: 'Nowhere Inc', type: 'place' },
    { name: 'Ghost Co', type: 'person', article: 'news/b.article' },
    // a's entries are [0, 1, 3]: the engine's index 2 is the file's 3.
    { name: 'Phantom Ltd', type: 'place', article: 'news/a.article' },
  ],
  quotes: [{ article: 'news/b.article', quote: 'We are ready', speaker: 'Tom Bale' }],
};

function corpusWorkspace(corrections: unknown) {
  const dir = mkdtempSync(join(tmpdir(), 'news-markup-corrections-corpus-'));
  mkdirSync(join(dir, 'news'));
  for (const name of ['a', 'b']) writeFileSync(join(dir, 'news', `${name}.article`), TWIN);
  writeFileSync(join(dir, '.news-markup.json'), typeof corrections === 'string' ? corrections : JSON.stringify(corrections));
  const cli = (args: string[], input?: string) =>
    spawnSync(process.execPath, [cliBundle(), ...args], { cwd: dir, input, encoding: 'utf8', timeout: 120_000 });
  const csv = (file: string) => parse(readFileSync(join(dir, file), 'utf8'), { columns: true }) as Record<string, string>[];
  return { dir, cli, csv };
}

const quoteRow = (rows: Record<string, string>[], file: string, quote: string) =>
  rows.find((r) => r.file === file && r.quote.includes(quote))!;

describe('news-markup corpus with corrections', function () {
  this.timeout(120_000);
  before(() => cliBundle());

  it('a retyped name changes the speaker type in the table and the CSV; a quote correction applies to its article only', () => {
    const { cli, csv } = corpusWorkspace(CORPUS_CORRECTIONS);
    const r = cli(['corpus', 'news', '--csv', 'on.csv']);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /\n {2}Organizations +articles\n {2}Tom Bale +2\n/);
    const rows = csv('on.csv');
    assert.deepEqual(
      rows.map((row) => [row.file, row.speaker, row.speakerType, row.rule]),
      [
        ['news/a.article', 'Tom Bale', 'organization', 'quote-cue-speaker'],
        ['news/a.article', 'Ingrid Halvorsen', 'person', 'quote-cue-speaker'],
        ['news/b.article', 'Tom Bale', 'organization', 'quote-cue-speaker'],
        ['news/b.article', 'Tom Bale', 'organization', 'user-correction'],
      ],
    );
    // Stale: each article's entries with it, numbered as in the file; the workspace-wide name no article has, once, naming the file.
    assert.equal(
      r.stderr,
      'news-markup: news/a.article: stale correction names[3] name "Phantom Ltd": the article has no such name\n' +
        'news-markup: news/b.article: stale correction names[2] name "Ghost Co": the article has no such name\n' +
        'news-markup: .news-markup.json: stale correction names[1] name "Nowhere Inc": applies to none of the 2 articles\n',
    );
  });

  it('--no-corrections ignores the file; --corrections FILE reads another one', () => {
    const { dir, cli, csv } = corpusWorkspace(CORPUS_CORRECTIONS);
    const off = cli(['corpus', 'news', '--csv', 'off.csv', '--no-corrections']);
    assert.equal(off.status, 0, off.stderr);
    assert.equal(off.stderr, '');
    assert.doesNotMatch(off.stdout, /Organizations/);
    assert.deepEqual(
      csv('off.csv').map((row) => [row.speaker, row.speakerType]),
      [
        ['Tom Bale', 'person'],
        ['Ingrid Halvorsen', 'person'],
        ['Tom Bale', 'person'],
        ['Ingrid Halvorsen', 'person'],
      ],
    );
    mkdirSync(join(dir, 'elsewhere'));
    writeFileSync(
      join(dir, 'elsewhere', 'mine.json'),
      JSON.stringify({ version: 1, names: [{ name: 'Ingrid Halvorsen', type: 'organization' }] }),
    );
    const other = cli(['corpus', 'news', '--csv', 'other.csv', '--corrections', 'elsewhere/mine.json']);
    assert.equal(other.status, 0, other.stderr);
    assert.deepEqual(quoteRow(csv('other.csv'), 'news/b.article', 'We are ready').speakerType, 'organization');
    assert.equal(quoteRow(csv('other.csv'), 'news/b.article', 'Prices').speakerType, 'person');
  });

  it('a corrections file that does not parse: one line naming it, exit 1, no output written', () => {
    const { dir, cli } = corpusWorkspace('{"version": 1, "names": [{"name": "Tom Bale", "type": "city"}]}');
    const r = cli(['corpus', 'news', '--csv', 'out.csv', '--jobs', '2']);
    assert.equal(r.status, 1);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'news-markup: .news-markup.json: invalid corrections file: names[0].type: must be person, organization or place\n',
    );
    assert.ok(!existsSync(join(dir, 'out.csv')));
  });

  it('gives the same output on one worker and on two: the corrections reach the workers', () => {
    const { dir, cli } = corpusWorkspace({ version: 1, names: [] });
    writeCorpus(join(dir, 'corpus'), 12);
    const plain = cli(['corpus', 'corpus', '--jsonl', 'plain.jsonl', '--jobs', '1']);
    assert.equal(plain.status, 0, plain.stderr);
    // The top speaker retyped everywhere, and an attributed quote of the last article given to nobody.
    const speaker = /\n {2}Speakers.*\n {2}(.+?) {2,}/.exec(plain.stdout)![1];
    type Line = { id: string; quotes: Array<{ text: string; speaker: string | null }> };
    const lastOf = (file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8').trim().split('\n').at(-1)!) as Line;
    const last = lastOf('plain.jsonl');
    const index = last.quotes.findIndex((q) => q.speaker !== null);
    const quote = last.quotes[index].text.replace(/^\W+|\W+$/g, '');
    writeFileSync(
      join(dir, '.news-markup.json'),
      JSON.stringify({
        version: 1,
        names: [{ name: speaker, type: 'organization' }],
        quotes: [{ article: last.id, quote, speaker: null }],
      }),
    );
    const runs = [1, 2].map((jobs) => {
      const r = cli(['corpus', 'corpus', '--csv', `${jobs}.csv`, '--jsonl', `${jobs}.jsonl`, '--jobs', String(jobs)]);
      assert.equal(r.status, 0, r.stderr);
      return { ...r, csv: readFileSync(join(dir, `${jobs}.csv`), 'utf8'), jsonl: readFileSync(join(dir, `${jobs}.jsonl`), 'utf8') };
    });
    const organization = new RegExp(`\\n  Organizations +articles\\n(  .*\\n)*  ${speaker} `);
    assert.doesNotMatch(plain.stdout, organization);
    assert.match(runs[0].stdout, organization);
    assert.deepEqual(lastOf('2.jsonl').quotes.find((q) => q.text === last.quotes[index].text)?.speaker, null);
    for (const key of ['stdout', 'stderr', 'csv', 'jsonl'] as const) assert.equal(runs[1][key], runs[0][key], key);
  });
});

describe('news-markup analyze --jsonl with corrections', function () {
  this.timeout(120_000);
  before(() => cliBundle());

  /** Records of the same text: no path, a's path, b's path, then a bad path. */
  const input = [
    JSON.stringify({ id: 'none', text: TWIN }),
    JSON.stringify({ id: 'a', text: TWIN, path: 'news/a.article' }),
    JSON.stringify({ id: 'b', text: TWIN, path: 'news/b.article' }),
    JSON.stringify({ id: 'bad', text: TWIN, path: 7 }),
    JSON.stringify({ id: 'last', text: TWIN }),
  ].join('\n');

  type Record = {
    id: string;
    error?: string;
    entities: Array<{ id: string; name: string; type: string }>;
    quotes: Array<{ text: string; speaker: string | null }>;
  };
  const speakers = (m: Record) => m.quotes.map((q) => (q.speaker === null ? null : m.entities.find((e) => e.id === q.speaker)!.name));

  it('workspace-wide names apply to every record; an article\'s entries to the record whose "path" is that article', () => {
    const { cli } = corpusWorkspace(CORPUS_CORRECTIONS);
    const r = cli(['analyze', '--jsonl', '--jobs', '1'], input);
    assert.equal(r.status, 1, 'the bad line fails the run');
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record);
    assert.deepEqual(
      out.map((m) => m.id),
      ['none', 'a', 'b', 'bad', 'last'],
    );
    for (const m of [out[0], out[1], out[2], out[4]]) assert.equal(m.entities.find((e) => e.name === 'Tom Bale')!.type, 'organization');
    assert.deepEqual(speakers(out[0]), ['Tom Bale', 'Ingrid Halvorsen']);
    assert.deepEqual(speakers(out[1]), ['Tom Bale', 'Ingrid Halvorsen']);
    assert.deepEqual(speakers(out[2]), ['Tom Bale', 'Tom Bale']);
    assert.equal(out[3].error, '"path", when given, must be a non-empty string (the article\'s file)');
    assert.equal(
      r.stderr,
      'news-markup: stdin line 2: stale correction names[3] name "Phantom Ltd": the article has no such name\n' +
        'news-markup: stdin line 3: stale correction names[2] name "Ghost Co": the article has no such name\n' +
        'news-markup: stdin line 4: "path", when given, must be a non-empty string (the article\'s file)\n' +
        'news-markup: .news-markup.json: stale correction names[1] name "Nowhere Inc": applies to none of the 4 JSONL records\n',
    );
    const two = cli(['analyze', '--jsonl', '--jobs', '2'], input);
    assert.equal(two.stdout, r.stdout);
    assert.equal(two.stderr, r.stderr);
    const off = cli(['analyze', '--jsonl', '--no-corrections'], input);
    const plain = off.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record);
    assert.deepEqual(speakers(plain[2]), ['Tom Bale', 'Ingrid Halvorsen']);
    assert.equal(plain[2].entities.find((e) => e.name === 'Tom Bale')!.type, 'person');
  });
});
