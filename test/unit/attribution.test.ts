import assert from 'node:assert/strict';
import { analyze, type Markup } from '../../src/markup';
import { assertSpansValid, fixture, speakerName } from './helpers';

/** Each quote as [first words, speaker name, speaker mention, cue, rule]. */
function attributions(markup: Markup, list = markup.quotes) {
  return list.map((q) => [q.text.slice(0, 24), speakerName(markup, q), q.speakerMention?.text ?? null, q.cue?.text ?? null]);
}

describe('quote attribution', () => {
  it('reads speakers after and before the quote, in every quote style', () => {
    const text = fixture('styles.article');
    const markup = analyze(text);
    assertSpansValid(text, markup);
    assert.deepEqual(attributions(markup), [
      ['"We got what we came for', 'Anneke de Vries', 'Anneke de Vries', 'said'],
      ['"Nobody wanted this to d', 'Anneke de Vries', 'Anneke de Vries', 'said'],
      ['“fair to both sides”', 'Mark Janssen', 'Mark Janssen', 'said'],
      ['“We can now clear the ba', 'Mark Janssen', 'Mark Janssen', 'added'],
      // No English speech verb: no guess.
      ['«Les quais sont à nouvea', null, null, null],
      ['„Das ist ein guter Tag f', null, null, null],
      ['"I told my colleagues, \'', 'Anneke de Vries', 'Vries', 'said'],
    ]);
    assert.equal(markup.quotes[0].rule, 'quote-cue-speaker');
    assert.equal(markup.quotes[1].rule, 'same-paragraph');
    assert.equal(markup.quotes[2].rule, 'speaker-cue-quote');
  });

  it('attributes a quote over three paragraphs, a pronoun and a name after the verb', () => {
    const text = fixture('multi.article');
    const markup = analyze(text);
    assertSpansValid(text, markup);
    assert.deepEqual(attributions(markup), [
      ['"The first thing we will', 'Rachel Brooks', 'Rachel Brooks', 'told'],
      ['"The second is to invest', 'Rachel Brooks', 'Rachel Brooks', 'told'],
      ['"And the third is to kee', 'Rachel Brooks', 'Rachel Brooks', 'told'],
      ['"Every pound will be acc', 'Rachel Brooks', 'she', 'added'],
      ['"This budget is a fantas', 'Tom Hale', 'Tom Hale', 'said'],
    ]);
    assert.deepEqual(
      markup.quotes.slice(0, 2).map((q) => q.rule),
      ['continued-quote', 'continued-quote'],
    );
    const brooks = markup.entities.find((e) => e.name === 'Rachel Brooks')!;
    assert.deepEqual(
      brooks.mentions.map((m) => [m.text, m.kind]),
      [
        ['Rachel Brooks', 'name'],
        // "She said the plans…" is not a speaker of a quote: coreference ties it (pronoun-agreement).
        ['She', 'pronoun'],
        ['she', 'pronoun'],
      ],
    );
  });

  it('resolves roles, documents, "according to", a colon, and leaves an anonymous source unresolved', () => {
    const text = fixture('attribution.article');
    const markup = analyze(text);
    assertSpansValid(text, markup);
    assert.deepEqual(attributions(markup), [
      ['"We are closer than ever', 'Laura Chen', 'the secretary', 'said'],
      ['"Our commitment is firm,', 'Kenji Sato', 'he', 'told'],
      ['"It will not change."', 'Kenji Sato', 'he', 'told'],
      // The statement stands for the ministry, which is not a named entity here.
      ['"This partnership benefi', null, 'the statement', 'reads'],
      ['"We will be ready."', 'Kenji Sato', 'Sato', null],
      ['"Nobody knows what happe', null, 'one analyst', 'said'],
    ]);
    assert.deepEqual(attributions(markup, markup.reported), [
      ['both sides would meet ag', 'Laura Chen', 'Chen', 'said'],
      ['Japan will double its ai', 'Kenji Sato', 'Kenji Sato', 'said'],
      ['it welcomed the visit', null, 'The ministry', 'said'],
    ]);
    const chen = markup.entities.find((e) => e.name === 'Laura Chen')!;
    assert.deepEqual(
      chen.mentions.map((m) => [m.text, m.kind]),
      [
        ['Laura Chen', 'name'],
        // "met her Japanese counterpart": coreference (pronoun-agreement).
        ['her', 'pronoun'],
        ['the secretary', 'descriptor'],
        ['Chen', 'name'],
      ],
    );
  });

  it('never attributes across an unbalanced quote, and keeps going after it', () => {
    const text = fixture('unbalanced.article');
    const markup = analyze(text);
    assertSpansValid(text, markup);
    assert.deepEqual(attributions(markup), [['"But this one is fine,"', 'Paul Girard', 'Girard', 'said']]);
  });
});
