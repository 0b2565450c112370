/** What the correction commands write: the choices offered at a place, and how a change lands on the file's list. */
import assert from 'node:assert/strict';
import { analyze } from '../../src/markup';
import { applyCorrectionChange, changesNothing, emptyCorrections, type Corrections } from '../../src/markup/corrections';
import { offersAt, quoteAnchor } from '../../src/extension/corrections/offers';

const ARTICLE = [
  'LEEDS, England - Harbour Centre will close in May, its owners said on Monday.',
  '',
  '"We will stay open until the last tenant leaves," said Ola Brandt, the centre\'s manager.',
  '',
  'A banner read "Everything Must Go". Twelve Britons queued outside.',
  '',
  '"We will stay open until the last tenant leaves," one shopper said.',
].join('\n');

describe('correction changes', () => {
  it('a new type replaces the old one in the same scope, and its inverse brings the old one back', () => {
    const start: Corrections = { ...emptyCorrections(), names: [{ name: 'Harbour Centre', type: 'place' }] };
    const { next, inverse } = applyCorrectionChange(start, { addNames: [{ name: 'harbour  centre', type: 'organization' }] });
    assert.deepEqual(next.names, [{ name: 'harbour  centre', type: 'organization' }]);
    assert.deepEqual(applyCorrectionChange(next, inverse).next.names, start.names);
  });

  it('a correction limited to an article leaves the workspace-wide one alone', () => {
    const start: Corrections = { ...emptyCorrections(), names: [{ name: 'One', notAName: true }] };
    const { next } = applyCorrectionChange(start, { addNames: [{ name: 'One', type: 'place', article: 'a.article' }] });
    assert.equal(next.names.length, 2);
  });

  it('same and not the same entity contradict each other whichever name comes first', () => {
    const start: Corrections = { ...emptyCorrections(), names: [{ name: 'Brandt', sameAs: 'Ola Brandt' }] };
    const { next } = applyCorrectionChange(start, { addNames: [{ name: 'Ola Brandt', notSameAs: 'Brandt' }] });
    assert.deepEqual(next.names, [{ name: 'Ola Brandt', notSameAs: 'Brandt' }]);
  });

  it('a speaker given to a quote the reader marked keeps the mark; one quote has one correction', () => {
    const marked = { article: 'a', quote: 'Everything Must Go', markAsQuote: true as const };
    const start: Corrections = { ...emptyCorrections(), quotes: [marked] };
    const { next, inverse } = applyCorrectionChange(start, {
      addQuotes: [{ article: 'a', quote: 'Everything Must Go', speaker: 'Ola Brandt' }],
    });
    assert.deepEqual(next.quotes, [{ ...marked, speaker: 'Ola Brandt' }]);
    assert.deepEqual(applyCorrectionChange(next, inverse).next.quotes, [marked]);
  });

  it('removing an entry, and knowing when a change changes nothing', () => {
    const entry = { name: 'Twelve Britons', type: 'person' as const, mark: true as const };
    const start: Corrections = { ...emptyCorrections(), names: [entry] };
    assert.ok(changesNothing(start, { addNames: [{ ...entry }] }));
    const { next, inverse } = applyCorrectionChange(start, { removeNames: [{ ...entry }] });
    assert.deepEqual(next.names, []);
    assert.deepEqual(inverse.addNames, [entry]);
    assert.ok(!changesNothing(next, inverse));
  });
});

describe('correction offers', () => {
  const markup = analyze(ARTICLE);
  const offset = (words: string, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = ARTICLE.indexOf(words, at + 1);
    return at;
  };

  it('on a name: the two other types, not a name, the same as…', () => {
    const at = offset('Harbour Centre') + 3;
    const titles = offersAt(markup, ARTICLE, { start: at, end: at }, 'a.article').map((o) => o.title);
    assert.deepEqual(titles.slice(0, 4), [
      '“Harbour Centre” is a Person',
      '“Harbour Centre” is an Organization',
      '“Harbour Centre” is not a name',
      '“Harbour Centre” is the same as…',
    ]);
  });

  it('limited to the article, a name correction carries the article', () => {
    const at = offset('Harbour Centre') + 3;
    const offer = offersAt(markup, ARTICLE, { start: at, end: at }, 'a.article', true)[0];
    assert.deepEqual(offer.change, { addNames: [{ name: 'Harbour Centre', type: 'person', article: 'a.article' }] });
  });

  it('on a quote: its speaker, nobody, not a quote; the anchor has context when the words are quoted twice', () => {
    const at = offset('We will stay', 1) + 2;
    const offers = offersAt(markup, ARTICLE, { start: at, end: at }, 'a.article');
    const speaker = offers.find((o) => o.ask === 'speaker')!;
    const change = speaker.complete!('Ola Brandt');
    const quote = change.addQuotes![0];
    assert.equal(quote.speaker, 'Ola Brandt');
    assert.equal(quote.article, 'a.article');
    assert.match(quote.quote, /We will stay open/);
    assert.equal(quote.context, 'Everything Must Go". Twelve Britons queued outside.'.split(' ').slice(-4).join(' '));
    assert.ok(offers.some((o) => o.title === 'This is not a quote'));
  });

  it('on selected words: mark as a name of each type, or as a quote', () => {
    const start = offset('Twelve Britons');
    const offers = offersAt(markup, ARTICLE, { start, end: start + 'Twelve Britons'.length }, 'a.article');
    assert.deepEqual(offers[0].change, { addNames: [{ name: 'Twelve Britons', type: 'person', mark: true }] });
    assert.equal(offers.at(-1)!.title, 'Mark the selection as a quote…');
  });

  it('a quote anchored without context when its words are quoted once', () => {
    const start = offset('Everything Must Go');
    assert.deepEqual(quoteAnchor(ARTICLE, { start, end: start + 18 }, 'a.article'), { article: 'a.article', quote: 'Everything Must Go' });
  });
});
