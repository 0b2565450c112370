/**
 * The shape of an attribution rule, and what a rule sees of one quote (its site): the tokens right
 * after and before it, its sentence, and how far the search for a speaker may go.
 */
import type { QuoteSpan } from '../quotes';
import type { RuleInfo } from '../rule';
import type { Sentence } from '../tokens';
import type { Span } from '../types';
import type { AttributionContext, SpeakerGuess } from './context';

/** A speaker found for a quote, and the speech verb, if any. */
export interface Attribution {
  guess: SpeakerGuess;
  cue: Span | null;
}

export interface QuoteSite {
  quote: QuoteSpan;
  index: number;
  /** Start of the next quote (the search after this one stops there). */
  nextQuote: number;
  /** End of the previous quote that is not a title in quote marks (the search before this one stops there). */
  prevQuote: number;
  /** The first token after the quote. */
  firstAfter: number;
  /** The quoted words, without the marks. */
  inner: string;
  /** The first token inside the quote. */
  firstInside: number;
  /** The sentence the quote opens in. */
  opening: Sentence | undefined;
  /** The first token the search before the quote may reach. */
  floor: number;
}

/** A rule tried on a whole quote, in order: the first that finds a speaker wins. */
export interface QuoteRule<Id extends string = string> extends RuleInfo<Id> {
  attribute(ctx: AttributionContext, site: QuoteSite): Attribution | null;
}

/**
 * A rule tried at each token before a quote, walking back from it: it finds a speaker, claims the
 * token (the others are not tried there), or passes.
 */
export interface TokenRule<Id extends string = string> extends RuleInfo<Id> {
  at(ctx: AttributionContext, site: QuoteSite, i: number): Attribution | 'claimed' | null;
}

/** A found speaker with the cue of length n at token i; null when no speaker was found. */
export const withCue = (ctx: AttributionContext, guess: SpeakerGuess | null, i: number, n: number): Attribution | null =>
  guess ? { guess, cue: ctx.cueSpan(i, n) } : null;

export const quoteRule = <const Id extends string>(rule: QuoteRule<Id>) => rule;
export const tokenRule = <const Id extends string>(rule: TokenRule<Id>) => rule;

export function siteOf(ctx: AttributionContext, index: number): QuoteSite {
  const { quotes, text, tokens } = ctx;
  const quote = quotes[index];
  const prevQuote = quotes[ctx.previousQuote(index)]?.end ?? -Infinity;
  const firstInside = ctx.tokenAt(quote.start);
  const opening = firstInside < tokens.length ? ctx.sentenceOf(firstInside) : undefined;
  return {
    quote,
    index,
    nextQuote: nextQuoteAfter(ctx, index),
    prevQuote,
    firstAfter: ctx.tokenAt(quote.end),
    inner: text.slice(quote.start + 1, quote.end - 1).trimEnd(),
    firstInside,
    opening,
    floor: opening ? Math.max(opening.first, ctx.tokenAt(prevQuote)) : 0,
  };
}

/**
 * The start of the next quote after quote `index` that is not a nickname inside a name (Marcia "Cia"
 * Price): the search for a speaker after a quote stops there.
 */
function nextQuoteAfter(ctx: AttributionContext, index: number): number {
  const { quotes, tokens } = ctx;
  for (let k = index + 1; k < quotes.length; k++) {
    const first = tokens[ctx.tokenAt(quotes[k].start)];
    const name = first && first.start < quotes[k].end ? ctx.entityCovering(first) : undefined;
    if (!name) return quotes[k].start;
  }
  return Infinity;
}

/**
 * The words right after a quote where its speaker may be: in the same sentence (or a short one),
 * on the same line, before the next quote. Null when there is no such place.
 */
export function afterQuote(
  ctx: AttributionContext,
  site: QuoteSite,
): { sentence: Sentence; sameSentence: boolean; ceiling: number } | null {
  const { tokens, text } = ctx;
  const { firstAfter, quote } = site;
  if (
    firstAfter >= tokens.length ||
    tokens[firstAfter].start >= site.nextQuote ||
    text.slice(quote.end, tokens[firstAfter].start).includes('\n')
  )
    return null;
  const sentence = ctx.sentenceOf(firstAfter)!;
  const sameSentence = /[,?!\u2014\u2013-]$/.test(site.inner) || /^\p{Ll}/u.test(tokens[firstAfter].text);
  if (!sameSentence && sentence.last - firstAfter > 6) return null;
  return { sentence, sameSentence, ceiling: Math.min(sentence.last, ctx.tokenAt(site.nextQuote)) };
}

/** The speech verbs after a quote, in order, up to `reach` tokens in (16 unless told): [token index, cue length]. */
export function* cuesAfter(ctx: AttributionContext, site: QuoteSite, ceiling: number, reach = 16): Generator<[number, number]> {
  for (let i = site.firstAfter; i < ceiling && i - site.firstAfter <= reach; i++) {
    const n = ctx.cueAt(i);
    if (n) yield [i, n];
  }
}
