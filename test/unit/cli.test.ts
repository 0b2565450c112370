import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle, repoRoot } from './cliBundle';
import { fixture } from './helpers';

const root = repoRoot;
const cli = (args: string[], input?: string) => spawnSync(process.execPath, [cliBundle(), ...args], { cwd: root, input, encoding: 'utf8' });
const fixturePath = (name: string) => join(root, 'test', 'fixtures', name);

describe('news-markup CLI', function () {
  this.timeout(60000);

  before(() => cliBundle());

  it('prints a readable summary with speakers, their quotes and the entities', () => {
    const r = cli(['analyze', fixturePath('multi.article')]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /multi\.article/);
    assert.match(r.stdout, /5 quotes \(0 unattributed\)/);
    assert.match(r.stdout, /Rachel Brooks \(person\) — 4 quotes/);
    assert.match(r.stdout, /"Every pound will be accounted for," — she added/);
    assert.match(r.stdout, /Organizations \(\d+\): .*Liberal Party/);
  });

  it('--json prints one scorer-format line per file, with the path as id', () => {
    const r = cli(['analyze', '--json', fixturePath('attribution.article'), fixturePath('acronyms.article')]);
    assert.equal(r.status, 0, r.stderr);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      lines.map((l) => l.id),
      [fixturePath('attribution.article'), fixturePath('acronyms.article')],
    );
    const text = fixture('attribution.article');
    const quote = lines[0].quotes[0];
    assert.equal(text.slice(quote.start, quote.end), quote.text);
    const speaker = lines[0].entities.find((e: { id: string }) => e.id === quote.speaker);
    assert.equal(speaker.name, 'Laura Chen');
    assert.ok(
      lines[0].entities.every((e: { mentions: Array<{ kind: string }> }) =>
        e.mentions.every((m) => ['name', 'descriptor', 'pronoun'].includes(m.kind)),
      ),
    );
  });

  it('--jsonl answers each {"id","text"} line with the same id, and reports a bad line without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: '"We will win," Mayor Jane Doe said.' }),
      '{not json',
      JSON.stringify({ id: 7 }),
      '',
      JSON.stringify({ id: 'b', text: '' }),
    ].join('\n');
    const r = cli(['analyze', '--jsonl'], input);
    assert.equal(r.status, 1);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // One line out for each line in, in order: the markup, or an error line in the bad line's place.
    assert.deepEqual(
      out.map((o) => [o.id, o.line, o.error === undefined ? 'markup' : 'error']),
      [
        ['a', undefined, 'markup'],
        [null, 2, 'error'],
        [7, 3, 'error'],
        [null, 4, 'error'],
        ['b', undefined, 'markup'],
      ],
    );
    assert.match(out[3].error, /empty line/);
    assert.equal(out[0].quotes[0].text, '"We will win,"');
    const errors = r.stderr.trim().split('\n');
    assert.equal(errors.length, 3);
    assert.match(errors[0], /^news-markup: stdin line 2: not valid JSON \(.+\)$/);
    assert.equal(errors[1], 'news-markup: stdin line 3: expected an object with an "id" (a string or a number) and a string "text"');
    assert.equal(errors[2], 'news-markup: stdin line 4: empty line');
  });

  it('names each bad file on one line, processes the others and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'news-markup-cli-'));
    const binary = join(dir, 'photo.article');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    const missing = join(dir, 'missing.article');
    const r = cli(['analyze', '--json', missing, dir, binary, fixturePath('empty.article'), fixturePath('bom-crlf.article')]);
    assert.equal(r.status, 1);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `news-markup: ${missing}: no such file`,
      `news-markup: ${dir}: is a directory, not an article file`,
      `news-markup: ${binary}: looks like a binary file, not text`,
    ]);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    assert.deepEqual(
      out.map((o) => o.id),
      [fixturePath('empty.article'), fixturePath('bom-crlf.article')],
    );
    assert.deepEqual(out[0].quotes, []);
    assert.equal(out[1].quotes[0].text, '"We keep our promises,"');
  });

  it('expands glob patterns itself', () => {
    const r = cli(['analyze', '--json', 'test/fixtures/a*.article']);
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).id),
      ['test/fixtures/acronyms.article', 'test/fixtures/attribution.article'],
    );
  });

  it('rejects a missing command or an unknown option with usage and status 2', () => {
    assert.equal(cli([]).status, 2);
    const r = cli(['analyze', '--nope', 'x']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /Unknown option '--nope'/);
    assert.match(r.stderr, /Usage: news-markup analyze/);
  });
});
