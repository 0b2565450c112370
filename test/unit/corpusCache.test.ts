import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHash, summarize } from '../../src/corpus';
import { WorkerCache } from '../../src/extension/corpus/workerCache';
import { fileCacheStore, readFreshSummaries } from '../../src/extension/platform/nodeCorpusCache';
import { analyze } from '../../src/markup';

const TEXT = 'date 2025-05-01\n\n"We will appeal," said Ana Ruiz, the mayor of Lima.\n';
/** The files a cache file holds, in its order. */
const filesIn = (path: string) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { file: string }).file);

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
    assert.equal(cache.open(fileCacheStore(path), 'engine-1'), 0, 'no cache yet');
    cache.set('file:///a.article', entry('file:///a.article'));
    cache.save();
    assert.deepEqual(readdirSync(join(dir, 'storage')), ['corpus-index.json'], 'no temporary file left');
    const reopened = new WorkerCache();
    assert.equal(reopened.open(fileCacheStore(path), 'engine-1'), 1);
    assert.equal(reopened.get('file:///a.article')?.summary.quotes.length, 1);
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-2'), 0, 'another engine version: discarded');
  });

  it('discards a cache it cannot read, rather than trusting it', () => {
    const path = join(dir, 'broken.json');
    writeFileSync(path, '{"format": 1, "engine": "engine-1", "entries": {"file:///a.article": ');
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-1'), 0);
    writeFileSync(path, 'null');
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-1'), 0);
    const header = JSON.stringify({ format: 2, engine: 'engine-1' });
    const line = JSON.stringify({ file: 'file:///a.article', ...entry('file:///a.article') });
    writeFileSync(path, `${header}\n${line}\n`);
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-1'), 1, 'a cache that reads');
    writeFileSync(path, `${header}\n${line}\n${line.slice(0, 40)}\n`);
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-1'), 0, 'a line cut short');
  });

  it('finds a copied file’s summary by its content hash, under the new name', () => {
    const cache = new WorkerCache();
    cache.open(fileCacheStore(join(dir, 'copies.json')), 'engine-1');
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
    cache.open(fileCacheStore(path), 'engine-1');
    for (const f of ['a', 'b', 'c']) cache.set(`file:///${f}.article`, entry(`file:///${f}.article`, `${TEXT}${f}`));
    cache.prune(['file:///a.article'], false);
    cache.prune(['file:///b.article'], true);
    cache.save();
    assert.deepEqual(filesIn(path), ['file:///b.article']);
  });

  it('vouches, read by the host a slice at a time, for the summaries whose file is unchanged', async () => {
    const path = join(dir, 'checked.json');
    const files = ['a', 'b', 'c', 'd'].map((f) => join(dir, `${f}.article`));
    const cache = new WorkerCache();
    cache.open(fileCacheStore(path), 'engine-1');
    for (const file of files) {
      writeFileSync(file, `${TEXT}${file}`);
      const { mtimeMs, size } = statSync(file);
      cache.set(`file://${file}`, { ...entry(`file://${file}`, `${TEXT}${file}`), mtime: mtimeMs, size, path: file });
    }
    cache.set('file:///elsewhere.article', entry('file:///elsewhere.article'));
    cache.save();
    utimesSync(files[1], new Date(2001, 1, 1), new Date(2001, 1, 1));
    rmSync(files[3]);
    const read = async (engine: string, maxLength: number) => {
      const shown: string[] = [];
      await readFreshSummaries(path, engine, maxLength, (summaries) => shown.push(...summaries.map((s) => s.file)));
      return shown;
    };
    assert.deepEqual(await read('engine-1', Infinity), [`file://${files[0]}`, `file://${files[2]}`], 'b touched, d deleted, no path');
    assert.deepEqual(await read('engine-1', 10), [], 'summaries made under another analysis cap');
    assert.deepEqual(await read('engine-2', Infinity), [], 'another engine version');
    assert.equal(new WorkerCache().open(fileCacheStore(path), 'engine-1'), 5, 'the worker reads every entry');
  });

  it('reads a cache of many chunks and slices whole, every line once', async () => {
    const path = join(dir, 'many.json');
    const folder = mkdtempSync(join(dir, 'many-'));
    const cache = new WorkerCache();
    cache.open(fileCacheStore(path), 'engine-1');
    const files = Array.from({ length: 900 }, (_, i) => join(folder, `${i}.article`));
    const one = entry('file:///one.article');
    for (const file of files) {
      writeFileSync(file, `${TEXT}${file}`);
      const { mtimeMs, size } = statSync(file);
      const summary = { ...one.summary, file: `file://${file}` };
      cache.set(`file://${file}`, { hash: file, mtime: mtimeMs, size, path: file, summary });
    }
    cache.save();
    assert.ok(statSync(path).size > 2 * 256 * 1024, 'more than two chunks');
    const shown: string[] = [];
    await readFreshSummaries(path, 'engine-1', Infinity, (summaries) => shown.push(...summaries.map((s) => s.file)));
    // Each slice is handed over when its files are checked, in whatever order that ends.
    assert.deepEqual(shown.sort(), files.map((f) => `file://${f}`).sort());
  });

  it('writes nothing when nothing changed since it was read or written', () => {
    const path = join(dir, 'unchanged.json');
    const cache = new WorkerCache();
    cache.open(fileCacheStore(path), 'engine-1');
    cache.set('file:///a.article', entry('file:///a.article'));
    cache.save();
    writeFileSync(path, 'written by someone else');
    cache.save();
    assert.equal(readFileSync(path, 'utf8'), 'written by someone else');
    cache.prune(['file:///a.article'], false);
    cache.save();
    assert.deepEqual(filesIn(path), []);
  });
});
