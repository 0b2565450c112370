/** `news-markup analyze` with the reader's corrections: --corrections FILE, .news-markup.json by default, --no-corrections. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
