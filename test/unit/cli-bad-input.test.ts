/**
 * The CLI against bad inputs, as an attacker or a careless user gives them: each one gets a
 * one-line error naming it, the other inputs are processed, the exit status is 1, and there is never
 * a stack trace or a hang.
 */
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cliBundle } from './cliBundle';

const dir = mkdtempSync(join(tmpdir(), 'news-markup-cli-bad-'));
const bundle = join(dir, 'cli.js');
const ok = join(dir, 'ok.article');

function cli(args: string[], options: SpawnSyncOptions & { input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [bundle, ...args], { cwd: dir, encoding: 'utf8', timeout: 20_000, ...options });
  assert.ok(!String(r.stderr).match(/\n\s+at .+:\d+:\d+/), `no stack trace:\n${r.stderr}`);
  assert.notEqual(r.signal, 'SIGTERM', 'the CLI did not hang (killed at the timeout)');
  return { ...r, stdout: String(r.stdout), stderr: String(r.stderr) };
}

const ids = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l).id);

describe('news-markup CLI: bad input', function () {
  this.timeout(60_000);

  before(() => {
    // A copy in a folder an unprivileged user can read, for the permission test.
    copyFileSync(cliBundle(), bundle);
    writeFileSync(ok, '"We will appeal," said Ana Ruiz, the mayor of Lima.\n');
    // Readable by an unprivileged user, for the permission test.
    chmodSync(dir, 0o755);
    chmodSync(bundle, 0o644);
    chmodSync(ok, 0o644);
  });

  it('an unreadable file: "permission denied", the next file processed', function () {
    const secret = join(dir, 'secret.article');
    writeFileSync(secret, 'Private notes.');
    chmodSync(secret, 0o000);
    // root reads anything: run the CLI as an unprivileged user then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = cli(['analyze', '--json', secret, ok], asUser);
    assert.equal(r.status, 1);
    assert.equal(r.stderr.trim(), `news-markup: ${secret}: permission denied`);
    assert.deepEqual(ids(r.stdout), [ok]);
  });

  it('a file over --max-size is refused before it is read; devices and a FIFO are not read at all', function () {
    const big = join(dir, 'big.article');
    writeFileSync(big, '');
    truncateSync(big, 5_000_000_000); // sparse: 5 GB on paper, nothing on disk
    const fifo = join(dir, 'pipe.article');
    spawnSync('mkfifo', [fifo]);
    const r = cli(['analyze', '--json', big, '/dev/zero', '/dev/urandom', fifo, ok]);
    assert.equal(r.status, 1);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      `news-markup: ${big}: is 4.7 GB, over the limit of 64 MB (--max-size)`,
      'news-markup: /dev/zero: is a device, not a regular file',
      'news-markup: /dev/urandom: is a device, not a regular file',
      `news-markup: ${fifo}: is a pipe (FIFO), not a regular file`,
    ]);
    assert.deepEqual(ids(r.stdout), [ok]);
    const small = cli(['analyze', '--json', '--max-size', '20', ok]);
    assert.match(small.stderr, /ok\.article: is 52 bytes, over the limit of 20 bytes \(--max-size\)/);
  });

  it('JSONL: a line over the limit, null and object ids, a BOM, invalid UTF-8 — each line has its own outcome', () => {
    const lines = [
      JSON.stringify({ id: 'first', text: 'Ana Ruiz arrived.' }),
      JSON.stringify({ id: 'long', text: 'x'.repeat(5000) }),
      JSON.stringify({ id: null, text: 'No id.' }),
      JSON.stringify({ id: { a: 1 }, text: 'An object id.' }),
      '\ufeff' + JSON.stringify({ id: 'bom', text: 'A byte-order mark opens this line.' }),
      JSON.stringify({ id: 7, text: 'A number is an id.' }),
    ];
    const bytes = Buffer.concat([
      Buffer.from(lines.join('\n') + '\n'),
      Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0x22, 0x2c]),
      Buffer.from('"text":"bad byte in the id"}\n'),
    ]);
    const r = cli(['analyze', '--jsonl', '--max-size', '1000'], { input: bytes });
    assert.equal(r.status, 1);
    assert.deepEqual(ids(r.stdout), ['first', null, null, null, 'bom', 7, '\ufffd']);
    assert.deepEqual(r.stderr.trim().split('\n'), [
      'news-markup: stdin line 2: longer than 1000 bytes (--max-size); skipped',
      'news-markup: stdin line 3: expected an object with an "id" (a string or a number) and a string "text"',
      'news-markup: stdin line 4: expected an object with an "id" (a string or a number) and a string "text"',
      'news-markup: stdin line 7: invalid UTF-8 (bytes replaced with U+FFFD); said once for the whole input',
    ]);
  });

  it('a file with invalid UTF-8 is analysed, and says so once', () => {
    const latin1 = join(dir, 'latin1.article');
    writeFileSync(latin1, Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' owner Ana Ruiz said on Monday.')]));
    const r = cli(['analyze', '--json', latin1]);
    assert.equal(r.status, 0);
    assert.equal(r.stderr.trim(), `news-markup: ${latin1}: invalid UTF-8 (bytes replaced with U+FFFD)`);
    assert.equal(ids(r.stdout).length, 1);
  });

  it('output into a pipe closed early (| head -1) stops quietly', () => {
    const files = Array.from({ length: 40 }, () => ok);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bundle}" analyze --json ${files.join(' ')} | head -c 10`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    assert.equal(r.stdout.length, 10);
    assert.equal(r.stderr, '', 'nothing on stderr');
  });

  it('control characters from an article do not reach the terminal in the summary', () => {
    const escapes = join(dir, 'escapes.article');
    writeFileSync(escapes, '"We will win,\u001b[2J\u001b]0;pwned\u0007" said Ana Ruiz.\n');
    const r = cli(['analyze', escapes]);
    assert.equal(r.status, 0);
    assert.ok(!r.stdout.includes('\u001b') && !r.stdout.includes('\u0007'), JSON.stringify(r.stdout));
    assert.match(r.stdout, /\\u001b\[2J/);
  });

  it('a bad --max-size or --max-chars is a usage error', () => {
    assert.equal(cli(['analyze', '--max-size', 'lots', ok]).status, 2);
    assert.equal(cli(['analyze', '--max-chars', '-3', ok]).status, 2);
  });

  it('--max-chars cuts a long input where the editor does, and says so in the markup', () => {
    const long = join(dir, 'long.article');
    writeFileSync(long, 'Ana Ruiz arrived in Lima on Monday.\n\n'.repeat(100));
    const r = cli(['analyze', '--json', '--max-chars', '1000', long]);
    assert.equal(r.status, 0);
    const markup = JSON.parse(r.stdout);
    assert.deepEqual(markup.notices, ['Only the first 998 of 3,700 characters were analysed.']);
  });
});
