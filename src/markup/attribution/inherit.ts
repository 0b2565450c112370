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
  const segmentOf = (offset: number) => lastAtOrBefore(segments, offset);
  for (let i = 0; i < results.length; i++) {
    if (results[i].rule) continue;
    const p = segmentOf(results[i].start);
    // A partial quote takes only the speaker of its own sentence; a quote that is a sentence, its paragraph's.
    const inScope = (j: number) => (standalone[i] ? segmentOf(results[j].start) === p : sentenceOfQuote[j] === sentenceOfQuote[i]);
    const near = (j: number) => results[j].rule && results[j].rule !== sameParagraph.id && inScope(j);
    // Quotes are in text order: the search stops at the first quote outside the line (or sentence).
    let from: Quote | undefined;
    for (let j = i - 1; j >= 0 && !from && inScope(j); j--) if (near(j)) from = results[j];
    for (let j = i + 1; j < results.length && !from && inScope(j); j++) if (near(j)) from = results[j];
    if (from) copy(results[i], from, sameParagraph.id);
  }
}
