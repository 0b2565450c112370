/** User corrections: the file (read, written, narrowed to an article) and what `analyze` does with them. */
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Markup } from '../../src/markup';
import { correctionsFor, parseCorrections, serializeCorrections, type Corrections } from '../../src/markup/corrections';
import { assertSpansValid } from './helpers';

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

const names = (...entries: Corrections['names']) => ({ names: entries, quotes: [] });
const entity = (m: Markup, name: string) => m.entities.find((e) => e.name === name);
const speakerOf = (m: Markup, words: string) => {
  const q = [...m.quotes, ...m.reported].find((q) => q.text.includes(words));
  return q ? (m.entities.find((e) => e.id === q.speaker)?.name ?? null) : undefined;
};

describe('analyze with corrections', () => {
  const SAID = '"Prices will fall next year," said Harbour Metrics. He added that rents would rise.';

  it('a name retyped organization speaks as one, and "he" is not linked to it', () => {
    const m = analyze(SAID, { corrections: names({ name: 'Harbour Metrics', type: 'organization' }) });
    assertSpansValid(SAID, m);
    const org = entity(m, 'Harbour Metrics')!;
    assert.equal(org.type, 'organization');
    assert.equal(org.evidence.decidedBy, 'user-correction');
    assert.match(org.why, /^organization \(user-correction\)/);
    assert.deepEqual(org.corrected, ['retype']);
    assert.equal(speakerOf(m, 'Prices'), 'Harbour Metrics');
    assert.deepEqual(
      m.speakers.map((s) => [s.name, s.type]),
      [['Harbour Metrics', 'organization']],
    );
    assert.ok(!org.mentions.some((x) => x.kind === 'pronoun'), 'no pronoun stands for the organization');
    assert.equal(speakerOf(m, 'rents'), null);
    assert.deepEqual(m.corrections, { applied: 1, stale: [] });
  });

  it('the same name retyped person: "he" is that person, and speaks', () => {
    const m = analyze(SAID, { corrections: names({ name: 'Harbour Metrics', type: 'person' }) });
    const person = entity(m, 'Harbour Metrics')!;
    assert.equal(person.type, 'person');
    assert.ok(person.mentions.some((x) => x.kind === 'pronoun' && x.text === 'He'));
    assert.equal(speakerOf(m, 'rents'), 'Harbour Metrics');
  });

  it('without corrections the markup has no corrections field and is what it was', () => {
    const m = analyze(SAID);
    assert.equal(m.corrections, undefined);
    assert.equal(entity(m, 'Harbour Metrics'), undefined);
    assert.deepEqual(analyze(SAID, { corrections: { names: [], quotes: [] } }).entities, m.entities);
  });

  it('notAName removes the entity and its mentions; mark adds one the engine missed', () => {
    const text = 'Ola Brandt flew to Oslo on Monday. Field Day Press printed the story; Field Day Press is small.';
    const m = analyze(text, {
      corrections: names({ name: 'Oslo', notAName: true }, { name: 'Field Day Press', type: 'organization', mark: true }),
    });
    assertSpansValid(text, m);
    assert.equal(entity(m, 'Oslo'), undefined);
    const press = entity(m, 'Field Day Press')!;
    assert.equal(press.type, 'organization');
    assert.equal(press.mentions.length, 2);
    assert.deepEqual(m.corrections, { applied: 2, stale: [] });
  });

  it('sameAs merges two entities; notSameAs keeps a surname apart', () => {
    const text = 'Ola Brandt met Kari Lund on Monday. "The port is ours," Brandt said. Later Lund left.';
    const merged = analyze(text, { corrections: names({ name: 'Kari Lund', sameAs: 'Ola Brandt' }) });
    const ola = entity(merged, 'Ola Brandt')!;
    assert.ok(ola.mentions.some((x) => x.text === 'Kari Lund'));
    assert.equal(entity(merged, 'Kari Lund'), undefined);
    const apart = analyze(text, { corrections: names({ name: 'Ola Brandt', notSameAs: 'Brandt' }) });
    assert.ok(!entity(apart, 'Ola Brandt')!.mentions.some((x) => x.text === 'Brandt'));
    assert.equal(entity(apart, 'Brandt')?.type, 'person');
    assert.equal(speakerOf(apart, 'port'), 'Brandt');
  });

  it('quote corrections: a speaker, nobody, not a quote, a quote the engine missed', () => {
    const text = 'Ana Ruiz met Ola Brandt on Monday. "We will stay," Brandt said of the "bridge tax". The port is ours, she wrote.';
    const quotes: Corrections['quotes'] = [
      { article: 'a', quote: 'We will stay', speaker: 'Ana Ruiz' },
      { article: 'a', quote: 'bridge tax', notAQuote: true },
      { article: 'a', quote: 'The port is ours', markAsQuote: true, speaker: null },
    ];
    const m = analyze(text, { corrections: { names: [], quotes } });
    assertSpansValid(text, m);
    assert.equal(speakerOf(m, 'We will stay'), 'Ana Ruiz');
    assert.equal(m.quotes.find((q) => q.text.includes('We will'))!.rule, 'user-correction');
    assert.ok(!m.quotes.some((q) => q.text.includes('bridge')));
    const marked = m.quotes.find((q) => q.text === 'The port is ours')!;
    assert.equal(marked.speaker, null);
    assert.deepEqual(m.corrections, { applied: 3, stale: [] });
  });

  it('a quote is found by its words and the words before it, wherever it moved', () => {
    const text = 'Ola Brandt spoke twice. "Yes," Brandt said on Monday. Ana Ruiz asked again. "Yes," Brandt said on Tuesday.';
    const quotes: Corrections['quotes'] = [{ article: 'a', quote: 'Yes', context: 'asked again.', speaker: 'Ana Ruiz' }];
    for (const t of [text, 'A new first line.\n\n' + text]) {
      const m = analyze(t, { corrections: { names: [], quotes } });
      assert.deepEqual(
        m.quotes.map((q) => m.entities.find((e) => e.id === q.speaker)?.name),
        ['Ola Brandt', 'Ana Ruiz'],
      );
    }
  });

  it('a speaker the article has as words but not as a name becomes a person', () => {
    const text = '"We will stay," the harbour master said. harbour master Quinn agreed.';
    const m = analyze(text, { corrections: { names: [], quotes: [{ article: 'a', quote: 'We will stay', speaker: 'harbour master' }] } });
    assert.equal(entity(m, 'harbour master')?.type, 'person');
    assert.equal(speakerOf(m, 'We will stay'), 'harbour master');
  });

  it('corrections whose words are gone are reported stale, by list and index, never dropped', () => {
    const text = 'Ola Brandt flew to Oslo on Monday.';
    const m = analyze(text, {
      corrections: {
        names: [
          { name: 'Oslo', type: 'organization' },
          { name: 'Norvik Lines', type: 'place' },
          { name: 'Kari Lund', sameAs: 'Ola Brandt' },
        ],
        quotes: [
          { article: 'a', quote: 'We will go', speaker: null },
          { article: 'a', quote: 'flew to', speaker: 'Ola Brandt' },
          { article: 'a', quote: 'Monday', speaker: 'Nobody Here' },
        ],
      },
    });
    assert.equal(m.corrections!.applied, 1);
    assert.deepEqual(
      m.corrections!.stale.map((s) => `${s.list}[${s.index}] ${s.key}: ${s.reason}`),
      [
        'names[1] name "Norvik Lines": the article has no such name',
        'names[2] name "Kari Lund": "Kari Lund" is not a name in the article',
        'quotes[0] quote "We will go": the quoted words are not in the article',
        'quotes[1] quote "flew to": no quote or reported speech holds these words',
        'quotes[2] quote "Monday": "Nobody Here" is not a name in the article',
      ],
    );
    assert.equal(entity(m, 'Oslo')!.type, 'organization');
  });
});

describe('the corrections file schema (schemas/news-markup.schema.json, contributed through jsonValidation)', () => {
  // The schema is what VS Code checks a hand-edited file against.
  const schema = JSON.parse(readFileSync(join(__dirname, '..', '..', 'schemas', 'news-markup.schema.json'), 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(schema);
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));

  it('accepts what the serializer writes, and the manifest points VS Code at it', () => {
    assert.ok(validate(JSON.parse(serializeCorrections(FILE))), JSON.stringify(validate.errors));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.news-markup.json', url: './schemas/news-markup.schema.json' }]);
  });

  it('rejects what the parser reports as a problem', () => {
    for (const bad of [
      { version: 1, names: [{ name: 'Lima', type: 'planet' }] },
      { version: 2 },
      { version: 1, quotes: [{ quote: 'no article', speaker: 'Ana Ruiz' }] },
    ]) {
      assert.equal(validate(bad), false, JSON.stringify(bad));
      assert.notDeepEqual(parseCorrections(JSON.stringify(bad)).problems, [], JSON.stringify(bad));
    }
  });
});
