/** User corrections: the file (read, written, narrowed to an article) and what `analyze` does with them. */
import assert from 'node:assert/strict';
import { correctionsFor, parseCorrections, serializeCorrections, type Corrections } from '../../src/markup/corrections';

const FILE: Corrections = {
  version: 1,
  names: [
    { name: 'Harbour Centre', type: 'place' },
    { name: 'Twelve Britons', notAName: true },
    { name: 'Brandt', sameAs: 'Ola Brandt' },
    { name: 'Ola Brandt', notSameAs: 'Brandt', article: 'b.article' },
    { name: 'Field Day Press', type: 'organization', mark: true },
  ],
  quotes: [
    { article: 'a.article', quote: 'We will stay', context: 'on Monday', speaker: 'Ola Brandt' },
    { article: 'a.article', quote: 'quack', notAQuote: true },
    { article: 'b.article', quote: 'the port is ours', markAsQuote: true, speaker: null },
  ],
};

describe('corrections file', () => {
  it('parse ∘ serialize is the identity, and the bytes do not depend on the input order', () => {
    const text = serializeCorrections(FILE);
    const { corrections, problems } = parseCorrections(text);
    assert.deepEqual(problems, []);
    assert.equal(serializeCorrections(corrections), text);
    const shuffled: Corrections = { version: 1, names: [...FILE.names].reverse(), quotes: [...FILE.quotes].reverse() };
    assert.equal(serializeCorrections(shuffled), text);
    assert.ok(text.endsWith('}\n') && text.includes('\n  "names": [\n    {\n      "name": '));
    assert.deepEqual(parseCorrections(text).corrections.names.length, FILE.names.length);
  });

  it('a field order in an entry does not change the bytes', () => {
    const a = serializeCorrections({ version: 1, names: [{ type: 'place', name: 'Lima' } as never], quotes: [] });
    const b = serializeCorrections({ version: 1, names: [{ name: 'Lima', type: 'place' }], quotes: [] });
    assert.equal(a, b);
  });

  it('reports an invalid entry and keeps the others', () => {
    const { corrections, problems } = parseCorrections(
      JSON.stringify({
        version: 1,
        names: [{ name: 'Lima', type: 'city' }, { name: 'Ola Brandt', type: 'person' }, { name: 'X', notAName: true, sameAs: 'Y' }, 'Oslo'],
        quotes: [
          { article: 'a.article', quote: 'yes' },
          { article: 'a.article', quote: 'no', speaker: null, colour: 1 },
        ],
      }),
    );
    assert.deepEqual(corrections.names, [{ name: 'Ola Brandt', type: 'person' }]);
    assert.deepEqual(corrections.quotes, []);
    assert.deepEqual(
      problems.map((p) => p.path),
      ['names[0].type', 'names[2]', 'names[3]', 'quotes[0]', 'quotes[1].colour'],
    );
  });

  it('a file that is not JSON is one problem, never a throw', () => {
    const { corrections, problems } = parseCorrections('{"version": 1, "names": [');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].path, '');
    assert.match(problems[0].message, /^not JSON/);
    assert.deepEqual(corrections, { version: 1, names: [], quotes: [] });
    assert.equal(parseCorrections('[]').problems[0].message, 'must be a JSON object');
    assert.equal(parseCorrections('{"version": 2}').problems[0].path, 'version');
  });

  it('correctionsFor: workspace-wide names and the article own entries', () => {
    const b = correctionsFor(FILE, './b.article');
    assert.deepEqual(
      b.names.map((n) => n.name),
      ['Harbour Centre', 'Twelve Britons', 'Brandt', 'Ola Brandt', 'Field Day Press'],
    );
    assert.deepEqual(
      b.quotes.map((q) => q.quote),
      ['the port is ours'],
    );
    const a = correctionsFor(FILE, 'a.article');
    assert.equal(a.names.length, 4);
    assert.equal(a.quotes.length, 2);
  });
});
