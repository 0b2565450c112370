/**
 * Quotes with no speaker of their own take one from a neighbour: the pieces of a quote that runs
 * over several paragraphs share one speaker, and a quote that is a sentence of its own takes the
 * speaker of an attributed quote in its line (a partial quote only within its own sentence).
 */
import type { QuoteSpan } from '../quotes';
import { lastAtOrBefore } from '../spans';
import type { Quote } from '../types';
import type { AttributionContext } from './context';

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

export const previousParagraph = {
  id: 'previous-paragraph',
  description: 'A paragraph that opens with a quote and names or cues nobody continues the speaker of the paragraph before it',
  example: '"We will meet Friday," [Ann Kole] said.\n\n"Talks were constructive."',
} as const;

type Said = Pick<Quote, 'speaker' | 'speakerMention' | 'cue'>;

function copy(to: Quote, from: Said, rule: string): void {
  to.speaker = from.speaker;
  to.speakerMention = from.speakerMention;
  to.cue = from.cue;
  to.rule = rule as Quote['rule'];
}

/** Chains of pieces: the last piece usually carries the attribution; it goes back to the first, then forward. */
function inheritAlongChains(results: Quote[], quotes: readonly QuoteSpan[]): void {
  // A transcript's label names the speaker of its own line only: the next line may be someone else's.
  const lends = (q: Quote) => !!q.rule && q.rule !== 'transcript-label';
  for (let i = results.length - 1; i >= 0; i--) {
    const prev = quotes[i].continues;
    if (prev >= 0 && lends(results[i]) && !results[prev].rule) copy(results[prev], results[i], continuedQuote.id);
  }
  for (let i = 0; i < results.length; i++) {
    const prev = quotes[i].continues;
    if (prev >= 0 && !results[i].rule && lends(results[prev])) copy(results[i], results[prev], continuedQuote.id);
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

/**
 * A paragraph that opens with a quote nobody attributes, and that names or cues nobody outside its
 * quotes, continues the speaker of the latest attribution of the paragraph before it (quotes in text
 * order, so a run of such paragraphs keeps one speaker). Not after a question (an interviewer's).
 */
export function inheritFromParagraphBefore(results: Quote[], ctx: AttributionContext, standalone: readonly boolean[]): void {
  const { quotes, segments, text } = ctx;
  let lastSaid = -1;
  for (let i = 0; i < results.length; i++) {
    const q = quotes[i];
    if (!results[i].rule && standalone[i] && q.continues < 0) {
      const seg = lastAtOrBefore(segments, q.start);
      // The quote opens its paragraph, and no dash or comma follows it (a credit line, an attribution not understood).
      const opens =
        seg > 0 &&
        q.start - segments[seg].start < 8 &&
        !/\S/.test(text.slice(segments[seg].start, q.start)) &&
        !/^\s*[,\u2014\u2013-]/.test(text.slice(q.end, q.end + 4));
      const from = opens ? speakerOfParagraph(ctx, segments[seg - 1], lastSaid >= 0 ? results[lastSaid] : null) : null;
      if (from && !namesOrCues(ctx, segments[seg])) copy(results[i], from, previousParagraph.id);
    }
    if (results[i].rule) lastSaid = i;
  }
}

/**
 * The latest attribution of a paragraph (an attributed quote, reported speech, a sentence whose
 * subject speaks), unless the paragraph ends in a question.
 */
function speakerOfParagraph(ctx: AttributionContext, p: { start: number; end: number }, lastQuote: Quote | null): Said | null {
  const { text, tokens } = ctx;
  // An unquoted question closing the paragraph is an interviewer's: the answer is not the speaker's before it.
  // A paragraph broken off (a dash) hands nothing on either.
  if (!/[.!:;,"”’')]/.test(text.slice(p.start, p.end).trimEnd().slice(-1))) return null;
  let best: Said | null = null;
  let at = -1;
  // A question (an interviewer's) and a line credited after a dash (an epigraph, a headline) hand nothing on.
  const credit = lastQuote?.rule === 'quote-dash-speaker';
  if (lastQuote && lastQuote.start >= p.start && lastQuote.start < p.end && !credit && !/\?\W*$/.test(lastQuote.text)) {
    best = lastQuote;
    at = lastQuote.start;
  }
  const lastToken = ctx.tokenAt(p.end) - 1;
  for (let k = tokens[lastToken]?.sentence ?? -1; k >= 0 && ctx.sentences[k].start >= p.start; k--) {
    const said = ctx.sentenceAttributions.get(k);
    if (!said) continue;
    if (said.start > at) best = { speaker: said.guess.entityId, speakerMention: said.guess.mention, cue: said.cue };
    break;
  }
  return best;
}

/** Whether a paragraph names a person or an organization, or holds a speech verb, outside its quotes. */
function namesOrCues(ctx: AttributionContext, p: { start: number; end: number }): boolean {
  const { tokens } = ctx;
  for (let i = ctx.tokenAt(p.start); i < tokens.length && tokens[i].start < p.end; i++) {
    if (ctx.insideQuote(tokens[i])) continue;
    const named = ctx.namedAt(tokens[i]);
    if (ctx.cueAt(i) || (named && named.entity.type !== 'place')) return true;
  }
  return false;
}
