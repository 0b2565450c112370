import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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
    const copy = cache.sameText('file:///b.article', contentHash(TEXT), '');
    assert.equal(copy?.file, 'file:///b.article');
    assert.equal(cache.sameText('file:///b.article', contentHash(TEXT + ' '), ''), undefined);
    // The same text with other corrections that apply to it is another summary.
    assert.equal(cache.sameText('file:///b.article', contentHash(TEXT), 'corrections-hash'), undefined);
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
});
