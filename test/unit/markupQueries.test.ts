import assert from 'node:assert/strict';
import { analyze, type Markup } from '../../src/markup';
import {
  entityAt,
  entityById,
  entityByKey,
  entityKey,
  entitySpans,
  firstWords,
  plural,
  quoteAt,
  quotesOf,
  reportedOf,
} from '../../src/extension/markupQueries';
import { texts } from './helpers';

// An invented article: a mayor quoted through a descriptor and a pronoun, one reported-speech
// sentence, a second speaker, and a place named inside the descriptor ("the Lima mayor").
const TEXT =
  'Ana Ruiz runs Lima. "We will appeal," the Lima mayor said. ' +
  '"The court ignored every piece of evidence that our lawyers brought before it," she added. ' +
  'Ruiz said that the council would vote on Friday. ' +
  '"We are ready for the vote," said Tomas Vidal, a councillor.';

/** The offset of `phrase` in TEXT (its first occurrence), plus `delta`. */
function at(phrase: string, delta = 0): number {
  const i = TEXT.indexOf(phrase);
  assert.notEqual(i, -1, `"${phrase}" is in the text`);
  return i + delta;
}

/** The same markup with name mentions only, as if descriptors and pronouns were known only as speaker mentions. */
function withNameMentionsOnly(markup: Markup): Markup {
  return { ...markup, entities: markup.entities.map((e) => ({ ...e, mentions: e.mentions.filter((m) => m.kind === 'name') })) };
}

describe('markup queries (what the editor asks of an article’s markup)', () => {
  const markup = analyze(TEXT);
  const entity = (key: string) => {
    const found = entityByKey(markup, key);
    assert.ok(found, `entity ${key}`);
    return found;
  };
  const ruiz = entity('person:Ana Ruiz');
  const vidal = entity('person:Tomas Vidal');
  const lima = entity('place:Lima');

  describe('entityAt', () => {
    it('finds the entity of the name mention under the offset', () => {
      const hit = entityAt(markup, at('Tomas Vidal', 3));
      assert.equal(hit?.entity.name, 'Tomas Vidal');
      assert.equal(hit?.mention?.kind, 'name');
      assert.equal(hit?.span.text, 'Tomas Vidal');
    });

    it('finds the speaker on a descriptor and on a pronoun that introduce her quotes', () => {
      const descriptor = entityAt(markup, at('the Lima mayor', 1));
      assert.equal(descriptor?.entity, ruiz);
      assert.equal(descriptor?.mention?.kind, 'descriptor');
      assert.deepEqual(descriptor?.span, { ...markup.quotes[0].speakerMention, kind: 'descriptor' });
      const pronoun = entityAt(markup, at('she added', 1));
      assert.equal(pronoun?.entity, ruiz);
      assert.equal(pronoun?.mention?.kind, 'pronoun');
      assert.equal(pronoun?.span.text, 'she');
    });

    it('counts the offset right after a mention as on it, the next one as off it', () => {
      const end = at('Tomas Vidal', 'Tomas Vidal'.length);
      assert.equal(entityAt(markup, end)?.entity, vidal);
      assert.equal(entityAt(markup, end + 1), undefined);
    });

    it('takes the shortest of nested mentions: the place inside the mayor’s descriptor', () => {
      const insideLima = at('the Lima mayor', 'the L'.length);
      const hit = entityAt(markup, insideLima);
      assert.equal(hit?.entity, lima);
      assert.equal(hit?.span.text, 'Lima');
      assert.equal(hit?.span.start, at('the Lima mayor', 'the '.length));
      assert.equal(entityAt(markup, at('the Lima mayor', 'the Lima m'.length))?.entity, ruiz);
    });

    it('falls back to a quote’s speaker mention when no entity mention covers the offset', () => {
      const hit = entityAt(withNameMentionsOnly(markup), at('she added', 1));
      assert.equal(hit?.entity.name, 'Ana Ruiz');
      assert.equal(hit?.span.text, 'she');
      assert.equal(hit?.mention, undefined);
    });

    it('finds nothing on words that mention no one', () => {
      assert.equal(entityAt(markup, at('court ignored', 2)), undefined);
    });
  });

  describe('quoteAt', () => {
    it('finds the direct quote under the offset, its closing mark included', () => {
      const hit = quoteAt(markup, at('court ignored'));
      assert.equal(hit?.reported, false);
      assert.equal(hit?.quote, markup.quotes[1]);
      assert.equal(hit?.quote.text, '"The court ignored every piece of evidence that our lawyers brought before it,"');
      assert.equal(quoteAt(markup, markup.quotes[1].end)?.quote, markup.quotes[1]);
    });

    it('finds reported speech, marked as reported', () => {
      const hit = quoteAt(markup, at('council would vote', 4));
      assert.equal(hit?.reported, true);
      assert.equal(hit?.quote.text, 'the council would vote on Friday');
      assert.equal(hit?.quote.speaker, ruiz.id);
    });

    it('finds nothing outside quotes and reported speech', () => {
      assert.equal(quoteAt(markup, at('runs Lima')), undefined);
    });
  });

  describe('quotesOf and reportedOf', () => {
    it('list what each speaker said, in text order', () => {
      assert.deepEqual(texts(quotesOf(markup, ruiz.id)), [
        '"We will appeal,"',
        '"The court ignored every piece of evidence that our lawyers brought before it,"',
      ]);
      assert.deepEqual(texts(reportedOf(markup, ruiz.id)), ['the council would vote on Friday']);
      assert.deepEqual(texts(quotesOf(markup, vidal.id)), ['"We are ready for the vote,"']);
      assert.deepEqual(reportedOf(markup, vidal.id), []);
      assert.deepEqual(quotesOf(markup, lima.id), []);
    });
  });

  describe('firstWords', () => {
    it('cuts a long quote to eight words, without its quote marks, and adds an ellipsis', () => {
      assert.equal(firstWords(markup.quotes[1].text), 'The court ignored every piece of evidence that…');
    });

    it('keeps a short quote whole, without its quote marks and without an ellipsis', () => {
      assert.equal(firstWords(markup.quotes[0].text), 'We will appeal,');
      assert.equal(firstWords('"We will\n   appeal,"'), 'We will appeal,');
    });

    it('drops the punctuation at the cut before the ellipsis', () => {
      assert.equal(firstWords('"Slowly, carefully, the council counted every vote."', 2), 'Slowly, carefully…');
    });

    it('stops at the last whole word within the character limit', () => {
      const long = '"Internationalisation notwithstanding, municipalities everywhere underestimated maintenance."';
      assert.equal(firstWords(long), 'Internationalisation notwithstanding, municipalities…');
    });
  });

  describe('entitySpans', () => {
    it('lists every mention of an entity once, in text order, speaker mentions included', () => {
      const spans = entitySpans(markup, ruiz);
      assert.deepEqual(texts(spans), ['Ana Ruiz', 'the Lima mayor', 'she', 'Ruiz']);
      assert.deepEqual(
        spans.map((s) => s.start),
        [at('Ana Ruiz'), at('the Lima mayor'), at('she added'), at('Ruiz said')],
      );
    });

    it('adds the speaker mentions that are not entity mentions, without duplicating the rest', () => {
      const namesOnly = withNameMentionsOnly(markup);
      const namesOnlyRuiz = entityByKey(namesOnly, 'person:Ana Ruiz')!;
      assert.deepEqual(texts(namesOnlyRuiz.mentions), ['Ana Ruiz', 'Ruiz']);
      assert.deepEqual(texts(entitySpans(namesOnly, namesOnlyRuiz)), ['Ana Ruiz', 'the Lima mayor', 'she', 'Ruiz']);
    });

    it('keeps two mentions with the same words at different places', () => {
      assert.deepEqual(
        entitySpans(markup, lima).map((s) => [s.start, s.text]),
        [
          [at('Lima'), 'Lima'],
          [at('the Lima mayor', 'the '.length), 'Lima'],
        ],
      );
    });
  });

  describe('entity keys and ids', () => {
    it('find an entity by type and name, or by id', () => {
      assert.equal(entityKey(ruiz), 'person:Ana Ruiz');
      assert.equal(entityByKey(markup, 'organization:Ana Ruiz'), undefined);
      assert.equal(entityById(markup, markup.quotes[2].speaker), vidal);
      assert.equal(entityById(markup, null), undefined);
    });
  });

  describe('plural', () => {
    it('counts with the singular for one and the plural otherwise, grouping thousands', () => {
      assert.equal(plural(quotesOf(markup, ruiz.id).length, 'quote'), '2 quotes');
      assert.equal(plural(quotesOf(markup, vidal.id).length, 'quote'), '1 quote');
      assert.equal(plural(0, 'entity', 'entities'), '0 entities');
      assert.equal(plural(1234, 'mention'), '1,234 mentions');
    });
  });
});
