import fc from 'fast-check';
import { anyCut, anyEdits, anyText } from './properties';

// A fixed seed: the same cases on every run (a failure replays). `npm run fuzz` runs many more, on a new seed.
const SEED = 20261129;

describe('properties (fast-check, fixed seed)', function () {
  this.timeout(120000);

  it('any text: spans inside and equal to the text, no split surrogate pairs, no overlapping quotes, speakers that exist, deterministic', () => {
    fc.assert(anyText, { seed: SEED, numRuns: 300 });
  });

  it('any edits: an analyzer that saw every version gives a fresh pass’s result, with every invariant', () => {
    fc.assert(anyEdits, { seed: SEED, numRuns: 120 });
  });

  it('any cut at maxLength keeps the invariants', () => {
    fc.assert(anyCut, { seed: SEED, numRuns: 200 });
  });
});
