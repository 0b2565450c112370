import assert from 'node:assert/strict';
import { findQuotes } from '../../src/markup/quotes';

/** Quotes of a text whose paragraphs are its non-empty lines. */
function quotesOf(text: string) {
  const paragraphs = [...text.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  return findQuotes(text, paragraphs).map((q) => ({ text: text.slice(q.start, q.end), continues: q.continues, closed: q.closed }));
}
const only = (text: string) => quotesOf(text).map((q) => q.text);

describe('quote marks', () => {
  it('finds straight and curly double quotes, marks included', () => {
    assert.deepEqual(only('"We are ready," the minister said. He called it “a turning point” for the talks.'), [
      '"We are ready,"',
      '“a turning point”',
    ]);
  });

  it('finds guillemets and German low-high quotes', () => {
    assert.deepEqual(only('«C’est fini», a-t-il dit. „Das ist gut“, sagte er.'), ['«C’est fini»', '„Das ist gut“']);
  });

  it('keeps nested single quotes inside the outer quote', () => {
    assert.deepEqual(only('"He told me, \'Hold the line,\' and I did," she said.'), ['"He told me, \'Hold the line,\' and I did,"']);
    assert.deepEqual(only('“She said ‘never’ twice,” he recalled.'), ['“She said ‘never’ twice,”']);
  });

  it('never takes apostrophes for quote marks', () => {
    assert.deepEqual(only("The CSTO’s forces and the players’ union don't remember the '90s or O'Brien’s rock ’n’ roll."), []);
    assert.deepEqual(only('"It’s the CSTO’s job, not NATO\'s," he said.'), ['"It’s the CSTO’s job, not NATO\'s,"']);
  });

  it('links the pieces of a quote that runs over several paragraphs', () => {
    const q = quotesOf('“First we fix the roads.\n“Then the railways.\n“Then the homes,” she said.');
    assert.deepEqual(q, [
      { text: '“First we fix the roads.', continues: -1, closed: false },
      { text: '“Then the railways.', continues: 0, closed: false },
      { text: '“Then the homes,”', continues: 1, closed: true },
    ]);
  });

  it('drops a quote that never closes and is not continued', () => {
    assert.deepEqual(only('"This never closes, he said.\nNo quote here at all.\n"But this one does," he said.'), ['"But this one does,"']);
  });

  it('keeps a quote introduced after a comma whose closing mark was forgotten, to its paragraph end', () => {
    assert.deepEqual(only('After the vote, the mayor said, "We have learned a lot today.\n\nThe council meets again in May.'), [
      '"We have learned a lot today.',
    ]);
    assert.deepEqual(only('The mayor said, "Yes.\n\nThe council meets again.'), []);
    assert.deepEqual(only('He stood 6\'3" tall, and said nothing more.\n\nThe end.'), []);
  });

  it('reads two backticks as an opening double mark', () => {
    assert.deepEqual(only('`` We will rebuild the bridge by spring."\n\n— Ana Ruiz'), ['`` We will rebuild the bridge by spring."']);
  });

  it('ignores a stray closing mark', () => {
    assert.deepEqual(only('The deal” was signed. "Yes," he said.'), ['"Yes,"']);
  });

  it('handles an empty text', () => {
    assert.deepEqual(findQuotes('', []), []);
  });
});
