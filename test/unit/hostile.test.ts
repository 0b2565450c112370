import assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/markup';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { HOSTILE } from '../../bench/hostile.mjs';
import { assertInvariants } from './properties';

const generators = HOSTILE as Record<string, (size: number) => string>;

describe('hostile input: every generator gives a normal result', function () {
  this.timeout(60000);

  for (const [name, make] of Object.entries(generators)) {
    it(`${name} (20 KB)`, () => {
      const text = make(20_000);
      assertInvariants(text, createAnalyzer().analyze(text));
    });
  }

  it('"FC and " ×2,100 before a name (it overflowed the stack): the name is still found', () => {
    const text = 'FC and '.repeat(2100) + 'Barcelona won.';
    const markup = createAnalyzer().analyze(text);
    assertInvariants(text, markup);
    assert.ok(markup.entities.some((e) => e.mentions.some((m) => m.text === 'Barcelona')));
  });

  it('"London. " then "UK. " ×125,000 (it threw a RangeError): one entity for all the UKs', () => {
    const text = 'London. ' + 'UK. '.repeat(125_000);
    const markup = createAnalyzer().analyze(text);
    assertInvariants(text, markup);
    const uk = markup.entities.find((e) => e.mentions.some((m) => m.text === 'UK'));
    assert.ok(uk && uk.mentions.length > 100_000, `${uk?.mentions.length} mentions of UK`);
  });

  it('"yes" ― Putin to 3 MB (it crashed): every quote tied to Putin', () => {
    const text = '"yes" ― Putin '.repeat(Math.ceil(3_000_000 / 14));
    const markup = createAnalyzer({ cacheSize: 0 }).analyze(text);
    assertInvariants(text, markup);
    assert.ok(markup.quotes.length > 200_000);
    assert.equal(markup.speakers[0]?.name, 'Putin');
  });
});
