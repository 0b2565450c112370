/**
 * Quotes with no speaker of their own take one from a neighbour: the pieces of a quote that runs
 * over several paragraphs share one speaker, and a quote that is a sentence of its own takes the
 * speaker of an attributed quote in its line (a partial quote only within its own sentence).
 */
import type { QuoteSpan } from '../quotes';
import { lastAtOrBefore } from '../spans';
import type { Quote } from '../types';

export const continuedQuote = {
  id: 'continued-quote',
  description: 'The pieces of a quote that runs over several paragraphs share the speaker of the piece that names one',
  example: '"We will rebuild the bridge.\n\n"And we will do it by spring," [the mayor] said.',
} as const;

export const sameParagraph = {
  id: 'same-paragraph',
  description: 'A quote that is a sentence of its own takes the speaker of an attributed quote in its line',
  example: '"We are ready," [Ruiz] said. "The money is there."',
} as const;

function copy(to: Quote, from: Quote, rule: string): void {
  to.speaker = from.speaker;
  to.speakerMention = from.speakerMention;
  to.cue = from.cue;
  to.rule = rule as Quote['rule'];
}

/** Chains of pieces: the last piece usually carries the attribution; it goes back to the first, then forward. */
function inheritAlongChains(results: Quote[], quotes: readonly QuoteSpan[]): void {
  for (let i = results.length - 1; i >= 0; i--) {
    const prev = quotes[i].continues;
    if (prev >= 0 && results[i].rule && !results[prev].rule) copy(results[prev], results[i], continuedQuote.id);
  }
  for (let i = 0; i < results.length; i++) {
    const prev = quotes[i].continues;
    if (prev >= 0 && !results[i].rule && results[prev].rule) copy(results[i], results[prev], continuedQuote.id);
  }
}

/** Unattributed quotes take the speaker of a multi-paragraph quote they belong to, or of an attributed quote in their paragraph. */
export function inheritAttributions(
  results: Quote[],
  quotes: readonly QuoteSpan[],
  segments: ReadonlyArray<{ start: number; end: number }>,
  standalone: readonly boolean[],
  sentenceOfQuote: readonly number[],
): void {
  inheritAlongChains(results, quotes);
  const segmentOfQuote = results.map((q) => lastAtOrBefore(segments, q.start));
  // The quotes that can lend their speaker are those attributed before this pass; the nearest one on
  // each side of every quote is found in one sweep each way.
  const lends = results.map((q) => !!q.rule);
  const before = nearestLender(lends, 1);
  const after = nearestLender(lends, -1);
  for (let i = 0; i < results.length; i++) {
    if (results[i].rule) continue;
    // A partial quote takes only the speaker of its own sentence; a quote that is a sentence, its paragraph's.
    // Quotes are in text order, so the quotes in scope around a quote are a contiguous run.
    const inScope = (j: number) =>
      j >= 0 && (standalone[i] ? segmentOfQuote[j] === segmentOfQuote[i] : sentenceOfQuote[j] === sentenceOfQuote[i]);
    const from = inScope(before[i]) ? before[i] : inScope(after[i]) ? after[i] : -1;
    if (from >= 0) copy(results[i], results[from], sameParagraph.id);
  }
}

/** For each index, the nearest index with `lends` before it (step 1) or after it (step -1), or -1. */
function nearestLender(lends: readonly boolean[], step: 1 | -1): number[] {
  const nearest = new Array<number>(lends.length).fill(-1);
  let last = -1;
  for (let k = 0; k < lends.length; k++) {
    const i = step === 1 ? k : lends.length - 1 - k;
    nearest[i] = last;
    if (lends[i]) last = i;
  }
  return nearest;
}
