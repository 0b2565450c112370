import assert from 'node:assert/strict';
import type { ArticleResult, ArticleTask, CorpusReply, FileStamp } from '../../src/extension/corpus/protocol';
import type { CacheStore } from '../../src/extension/corpus/workerCache';
import { CorpusWorkerCore } from '../../src/extension/corpus/workerCore';
import type { Corrections } from '../../src/markup';

const FILE = 'vscode-test-web://mount/harbour.article';
const TEXT = 'date 2024-03-04\n\n"The channel is silting up," said Marta Okonkwo, chief executive of the Harbour Authority.\n';
const ENGINE = 'engine-1';

/** The articles as the browser's host hands them over: text and stamp in the task. */
const reader = {
  stamp: (task: ArticleTask) => task.stat,
  text: (task: { text?: string }) => {
    if (task.text === undefined) throw new Error('no text');
    return task.text;
  },
};

/** A cache file in memory, as the web worker's store is (the host writes what it is handed). */
function memoryStore(): CacheStore & { text: string | undefined } {
  return {
    text: undefined,
    read() {
      return this.text;
    },
    write(text) {
      this.text = text;
    },
  };
}

const task = (
  stat: FileStamp | undefined,
  text = TEXT,
  corrections?: { corrections: Corrections; correctionsKey: string },
): ArticleTask => ({
  file: FILE,
  text,
  requireDateLine: false,
  ...(stat ? { stat } : {}),
  ...corrections,
});

function index(core: CorpusWorkerCore, article: ArticleTask): ArticleResult {
  const reply: CorpusReply = core.answer({ kind: 'index', id: 1, articles: [article], maxLength: Infinity });
  assert.equal(reply.kind, 'indexed');
  return reply.results[0];
}

const speakerType = (result: ArticleResult) =>
  result.kind === 'indexed' ? result.summary.entities.find((e) => e.name === 'Marta Okonkwo')?.type : undefined;
const cached = (result: ArticleResult) => result.kind === 'indexed' && result.cached;

describe('corpus worker core (the per-article work both corpus workers do)', () => {
  it('answers from the cache by size and time, without reading the text or analysing', () => {
    const store = memoryStore();
    const first = new CorpusWorkerCore(reader, { store, engine: ENGINE });
    assert.equal(cached(index(first, task({ mtime: 10, size: TEXT.length }))), false);
    assert.equal(first.analysed, 1);
    first.answer({ kind: 'flush', id: 2 });
    assert.ok(store.text?.includes(FILE), 'the cache handed to the store');
    // A new worker reading that cache: the same stamp is a hit, even with no text at all.
    const again = new CorpusWorkerCore({ ...reader, text: () => assert.fail('the text is not read') }, { store, engine: ENGINE });
    const hit = index(again, { file: FILE, requireDateLine: false, stat: { mtime: 10, size: TEXT.length } });
    assert.equal(cached(hit), true);
    assert.equal(speakerType(hit), 'person');
    assert.equal(again.analysed, 0);
  });

  it('misses when the file changed: a new time with new text is analysed, the same text is not', () => {
    const core = new CorpusWorkerCore(reader, { store: memoryStore(), engine: ENGINE });
    index(core, task({ mtime: 10, size: TEXT.length }));
    const touched = index(core, task({ mtime: 11, size: TEXT.length }));
    assert.equal(cached(touched), true, 'touched, same content: the hash answers');
    const changed = TEXT.replace('Marta Okonkwo', 'Ilse Brandt');
    const edited = index(core, task({ mtime: 12, size: changed.length }, changed));
    assert.equal(cached(edited), false);
    assert.equal(core.analysed, 2);
    assert.ok(edited.kind === 'indexed' && edited.summary.entities.some((e) => e.name === 'Ilse Brandt'));
  });

  it('text with no stamp (an unsaved editor) is summarised but never cached by time', () => {
    const store = memoryStore();
    const core = new CorpusWorkerCore(reader, { store, engine: ENGINE });
    index(core, task(undefined));
    core.answer({ kind: 'flush', id: 2 });
    assert.equal(store.text, undefined, 'nothing to write');
  });

  it('keys the cache by the corrections that apply: another name keeps the summary, hers is analysed again', () => {
    const core = new CorpusWorkerCore(reader, { store: memoryStore(), engine: ENGINE });
    const stat = { mtime: 10, size: TEXT.length };
    assert.equal(speakerType(index(core, task(stat))), 'person');
    const elsewhere: Corrections = { version: 1, names: [{ name: 'Ilse Brandt', type: 'organization' }], quotes: [] };
    const unrelated = index(core, task(stat, TEXT, { corrections: elsewhere, correctionsKey: 'k1' }));
    assert.equal(cached(unrelated), true, 'a correction about a name the article lacks changes nothing');
    const hers: Corrections = { version: 1, names: [{ name: 'Marta Okonkwo', type: 'organization' }], quotes: [] };
    const retyped = index(core, task(stat, TEXT, { corrections: hers, correctionsKey: 'k2' }));
    assert.equal(cached(retyped), false);
    assert.equal(speakerType(retyped), 'organization');
    assert.equal(cached(index(core, task(stat, TEXT, { corrections: hers, correctionsKey: 'k2' }))), true, 'then cached by time under k2');
    assert.equal(core.analysed, 2);
  });

  it('a cache of another engine version is not trusted', () => {
    const store = memoryStore();
    const first = new CorpusWorkerCore(reader, { store, engine: ENGINE });
    index(first, task({ mtime: 10, size: TEXT.length }));
    first.answer({ kind: 'flush', id: 2 });
    const other = new CorpusWorkerCore(reader, { store, engine: 'engine-2' });
    assert.equal(cached(index(other, task({ mtime: 10, size: TEXT.length }))), false);
  });

  it('a .txt file without a date line is no article; one that cannot be read fails alone', () => {
    const core = new CorpusWorkerCore(reader);
    const reply = core.answer({
      kind: 'index',
      id: 1,
      maxLength: Infinity,
      articles: [
        { file: 'a.txt', text: 'Notes for the editor.\n', requireDateLine: true },
        { file: 'b.article', requireDateLine: false },
        { file: 'c.article', text: TEXT, requireDateLine: false },
      ],
    });
    assert.ok(reply.kind === 'indexed');
    assert.deepEqual(
      reply.results.map((r) => r.kind),
      ['notArticle', 'failed', 'indexed'],
    );
  });
});
