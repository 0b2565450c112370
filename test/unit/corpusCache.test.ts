import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, summarize } from '../../src/corpus';
import { WorkerCache } from '../../src/extension/corpus/workerCache';
import { analyze } from '../../src/markup';

const TEXT = 'date 2025-05-01\n\n"We will appeal," said Ana Ruiz, the mayor of Lima.\n';
const entry = (file: string, text = TEXT) => ({
  hash: contentHash(text),
  mtime: 1,
  size: text.length,
  summary: summarize(file, text, analyze(text)),
});

describe('corpus cache (the corpus worker’s)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'news-markup-cache-'));

  it('saves atomically and reopens under the same engine version only', () => {
    const path = join(dir, 'storage', 'corpus-index.json');
    const cache = new WorkerCache();
    assert.equal(cache.open(path, 'engine-1'), 0, 'no cache yet');
    cache.set('file:///a.article', entry('file:///a.article'));
    cache.save();
    assert.deepEqual(readdirSync(join(dir, 'storage')), ['corpus-index.json'], 'no temporary file left');
    const reopened = new WorkerCache();
    assert.equal(reopened.open(path, 'engine-1'), 1);
    assert.equal(reopened.get('file:///a.article')?.summary.quotes.length, 1);
    assert.equal(new WorkerCache().open(path, 'engine-2'), 0, 'another engine version: discarded');
  });

  it('discards a cache it cannot read, rather than trusting it', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"format": 1, "engine": "engine-1", "entries": {"file:///a.article": ');
    assert.equal(new WorkerCache().open(path, 'engine-1'), 0);
    writeFileSync(path, 'null');
    assert.equal(new WorkerCache().open(path, 'engine-1'), 0);
  });

  it('finds a copied file’s summary by its content hash, under the new name', () => {
    const cache = new WorkerCache();
    cache.open(join(dir, 'copies.json'), 'engine-1');
    cache.set('file:///a.article', entry('file:///a.article'));
    const copy = cache.sameText('file:///b.article', contentHash(TEXT));
    assert.equal(copy?.file, 'file:///b.article');
    assert.equal(cache.sameText('file:///b.article', contentHash(TEXT + ' ')), undefined);
  });

  it('forgets deleted files, and all but the listed ones after a scan', () => {
    const path = join(dir, 'prune.json');
    const cache = new WorkerCache();
    cache.open(path, 'engine-1');
    for (const f of ['a', 'b', 'c']) cache.set(`file:///${f}.article`, entry(`file:///${f}.article`, `${TEXT}${f}`));
    cache.prune(['file:///a.article'], false);
    cache.prune(['file:///b.article'], true);
    cache.save();
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(path, 'utf8')).entries), ['file:///b.article']);
  });

  it('vouches, when opened, for the summaries whose file is unchanged, a page at a time', () => {
    const path = join(dir, 'checked.json');
    const files = ['a', 'b', 'c'].map((f) => join(dir, `${f}.article`));
    const cache = new WorkerCache();
    cache.open(path, 'engine-1');
    for (const file of files) {
      writeFileSync(file, `${TEXT}${file}`);
      const { mtimeMs, size } = statSync(file);
      cache.set(`file://${file}`, { ...entry(`file://${file}`, `${TEXT}${file}`), mtime: mtimeMs, size, path: file });
    }
    cache.save();
    utimesSync(files[1], new Date(2001, 1, 1), new Date(2001, 1, 1));
    const reopened = new WorkerCache();
    reopened.open(path, 'engine-1');
    assert.equal(reopened.checkFiles(Infinity), 2, 'b was touched: not vouched for');
    assert.deepEqual(
      [...reopened.fresh(0, 1), ...reopened.fresh(1, 1)].map((s) => s.file),
      [`file://${files[0]}`, `file://${files[2]}`],
    );
    assert.equal(reopened.checkFiles(10), 0, 'summaries made under another analysis cap');
  });

  it('writes nothing when nothing changed since it was read or written', () => {
    const path = join(dir, 'unchanged.json');
    const cache = new WorkerCache();
    cache.open(path, 'engine-1');
    cache.set('file:///a.article', entry('file:///a.article'));
    cache.save();
    writeFileSync(path, 'written by someone else');
    cache.save();
    assert.equal(readFileSync(path, 'utf8'), 'written by someone else');
    cache.prune(['file:///a.article'], false);
    cache.save();
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')).entries, {});
  });
});
