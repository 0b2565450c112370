import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/markup';
import { assertSpansValid, fixture, sample } from './helpers';

/** A small deterministic PRNG (mulberry32), so a failure replays. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// What typing does: letters, capitals, spaces, quote marks, punctuation, line breaks, deletions.
const INSERTS = ['a', 'e', 'S', 'M', ' ', '"', '“', '”', '’', ',', '.', '\n', '\n\n', 'said ', ' Putin', '(', ')', '[', ']'];

describe('incremental analysis', function () {
  this.timeout(120000);

  it('gives exactly the result of a fresh full pass after each of many random edits', () => {
    const next = random(20261128);
    let text = `${sample()}\n\n${fixture('attribution.article')}`;
    const incremental = createAnalyzer();
    incremental.analyze(text);
    for (let step = 0; step < 40; step++) {
      const at = Math.floor(next() * text.length);
      if (next() < 0.3) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 3));
      else text = text.slice(0, at) + INSERTS[Math.floor(next() * INSERTS.length)] + text.slice(at);
      const result = incremental.analyze(text);
      assertSpansValid(text, result);
      assert.deepEqual(result, createAnalyzer().analyze(text), `step ${step}: edit at ${at}`);
    }
  });

  it('re-tags only the edited paragraph', () => {
    const text = fixture('multi.article');
    const analyzer = createAnalyzer();
    const before = analyzer.analyze(text);
    const tagged = analyzer.segmentsTagged;
    assert.equal(tagged, before.paragraphs.length);
    const at = text.indexOf('fantasy');
    const after = analyzer.analyze(text.slice(0, at) + 'total ' + text.slice(at));
    assert.equal(analyzer.segmentsTagged - tagged, 1, 'one segment re-tagged');
    // Entities before the edit keep their offsets; the quote after it moves by the inserted length.
    assert.deepEqual(after.entities[0].mentions, before.entities[0].mentions);
    assert.equal(after.quotes.at(-1)!.text, '"This budget is a total fantasy,"');
  });
});
