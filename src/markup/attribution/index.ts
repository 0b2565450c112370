/**
 * Who said it: ties each direct quote and each reported-speech sentence to a speaker mention, a
 * speech verb (cue) and, when it can be found, the entity who speaks. Quotes and quote-free
 * sentences are read in text order, so that "the latest speaker" means what it says.
 *
 * For a quote, the rules are tried in the order of `QUOTE_RULES`; the token rules (`TOKEN_RULES`)
 * are tried at each token walking back from the quote, where `beforeQuote` stands in that order.
 * A pronoun, a role, an organization noun or a document is resolved to an entity by a resolver,
 * whose id follows the rule's: "quote-speaker-cue+pronoun". Then unattributed quotes inherit a
 * neighbour's speaker (`inherit.ts`), and words in quote marks nobody says are dropped
 * (`scareQuotes.ts`).
 */
import type { Firing } from '../rule';
import type { Mention, Quote } from '../types';
import { AttributionContext, type AttributionInput, type SpeakerGuess } from './context';
import { continuedQuote, inheritAttributions, inheritFromParagraphBefore, previousParagraph, sameParagraph } from './inherit';
import { documentResolver } from './resolvers/document';
import { organizationResolver } from './resolvers/organization';
import { pronounResolver } from './resolvers/pronoun';
import { roleResolver } from './resolvers/role';
import { siteOf, type Attribution, type QuoteRule, type QuoteSite, type TokenRule } from './rule';
import { quoteClauseSpeakerCue, quoteCueSpeaker, quoteDashSpeaker, quoteSpeakerCue } from './rules/afterQuote';
import { accordingTo, participleSubject, possessiveClaim, speakerCueQuote } from './rules/beforeQuote';
import { speakerColon, speakerCueColonQuote, subjectColonQuote, transcriptLabel } from './rules/colon';
import { sentenceSpeaker, speakerSentenceBefore } from './rules/neighbours';
import { REPORTED_RULES } from './rules/reported';
import { isTermInQuotes, isTitleInQuotes, scareQuotesRule } from './scareQuotes';
import { lastAtOrBefore } from '../spans';
import { USER_CORRECTION } from '../corrections/rule';

export type { AttributionInput } from './context';

export const TOKEN_RULES = [accordingTo, participleSubject, speakerCueQuote, possessiveClaim] as const satisfies readonly TokenRule[];

/** Stands for the walk back from the quote through `TOKEN_RULES`. */
const beforeQuote = {
  id: 'before-quote',
  description: 'The token rules, at each token walking back from the quote to the start of its sentence',
  example: '',
  attribute(ctx, site) {
    const { opening, firstInside, floor } = site;
    if (!opening) return null;
    for (let i = firstInside - 1; i >= floor; i--) {
      for (const rule of TOKEN_RULES) {
        const found = rule.at(ctx, site, i);
        if (found === 'claimed') break;
        if (found) return found;
      }
    }
    return null;
  },
} satisfies QuoteRule<'before-quote'>;

export const QUOTE_RULES = [
  quoteCueSpeaker,
  quoteSpeakerCue,
  quoteClauseSpeakerCue,
  quoteDashSpeaker,
  beforeQuote,
  speakerCueColonQuote,
  speakerColon,
  subjectColonQuote,
  speakerSentenceBefore,
  transcriptLabel,
] as const satisfies readonly QuoteRule[];

export const RESOLVERS = [pronounResolver, roleResolver, organizationResolver, documentResolver] as const;

/** The rules that can attribute a quote or a reported-speech span. */
export type AttributionRuleId =
  | Exclude<(typeof QUOTE_RULES)[number]['id'], 'before-quote'>
  | (typeof TOKEN_RULES)[number]['id']
  | (typeof REPORTED_RULES)[number]['id']
  | typeof continuedQuote.id
  | typeof sameParagraph.id
  | typeof previousParagraph.id
  | typeof USER_CORRECTION.id;
export type ResolverId = (typeof RESOLVERS)[number]['id'];

/** Every rule and resolver of attribution, with its description: for the docs, the hover and the fixtures. */
export const ATTRIBUTION_RULES = [
  ...QUOTE_RULES.filter((r) => r.id !== 'before-quote'),
  ...TOKEN_RULES,
  ...REPORTED_RULES,
  continuedQuote,
  sameParagraph,
  previousParagraph,
  scareQuotesRule,
  ...RESOLVERS,
];

export interface AttributionResult {
  quotes: Quote[];
  reported: Quote[];
  /** Descriptor and pronoun mentions that speak for an entity, to add to it. */
  extraMentions: Array<{ entityId: string; mention: Mention }>;
  /** Quote marks around words nobody says (scare quotes, titles), dropped: for the trace. */
  dropped: Firing[];
}

function attributeQuote(ctx: AttributionContext, site: QuoteSite): Attribution | null {
  // The reader's word first: a corrected speaker (or "nobody") is not searched for.
  const corrected = ctx.correctedSpeakers.get(site.quote.start);
  if (corrected !== undefined)
    return {
      guess: { mention: ctx.span(site.quote.start, site.quote.end), kind: 'other', entityId: corrected, rule: USER_CORRECTION.id },
      cue: null,
    };
  for (const rule of QUOTE_RULES) {
    const found = rule.attribute(ctx, site);
    if (found) return found;
  }
  return null;
}

const asQuote = (span: { start: number; end: number; text: string }, found: { guess: SpeakerGuess; cue: Quote['cue'] } | null): Quote => ({
  start: span.start,
  end: span.end,
  text: span.text,
  speaker: found?.guess.entityId ?? null,
  // A corrected speaker is named by the reader, not by words of the text.
  speakerMention: found && found.guess.rule !== USER_CORRECTION.id ? found.guess.mention : null,
  cue: found?.cue ?? null,
  rule: (found?.guess.rule ?? null) as Quote['rule'],
  why: null,
});

/** Quotes and quote-free sentences, attributed in text order. */
function attributeInOrder(ctx: AttributionContext) {
  const { quotes, sentences, tokens } = ctx;
  const results: Quote[] = [];
  const guesses: Array<SpeakerGuess | null> = [];
  const reported: Array<{ quote: Quote; guess: SpeakerGuess }> = [];
  const quoteFree = sentences.filter((s) => {
    const q = quotes[lastAtOrBefore(quotes, s.end - 1)];
    return !q || q.end <= s.start;
  });
  for (let qi = 0, si = 0; qi < quotes.length || si < quoteFree.length;) {
    if (si >= quoteFree.length || (qi < quotes.length && quotes[qi].start < quoteFree[si].start)) {
      const q = quotes[qi];
      const found = attributeQuote(ctx, siteOf(ctx, qi));
      if (found) ctx.speakersSoFar.push({ at: q.start, id: found.guess.entityId });
      results.push(asQuote(ctx.span(q.start, q.end), found));
      guesses.push(found?.guess ?? null);
      qi++;
    } else {
      const s = quoteFree[si];
      const r = reportedIn(ctx, s);
      if (r) {
        reported.push(r);
        ctx.speakersSoFar.push({ at: r.quote.start, id: r.quote.speaker });
      }
      const said = r ? { guess: r.guess, cue: r.quote.cue } : sentenceSpeaker(ctx, s);
      if (said) ctx.sentenceAttributions.set(tokens[s.first].sentence, { ...said, start: s.start });
      si++;
    }
  }
  return { results, guesses, reported };
}

function reportedIn(ctx: AttributionContext, s: Parameters<(typeof REPORTED_RULES)[number]['find']>[1]) {
  for (const rule of REPORTED_RULES) {
    const found = rule.find(ctx, s);
    if (found === 'stop') return null;
    if (found) return { quote: asQuote(found.content, { guess: found.guess, cue: found.cue }), guess: found.guess };
  }
  return null;
}

/** Only a quote that is a sentence of its own may take its neighbour's speaker; a partial quote inside someone's sentence may not. */
function standaloneQuotes(ctx: AttributionContext): boolean[] {
  const { tokens } = ctx;
  return ctx.quotes.map((q) => {
    const first = ctx.tokenAt(q.start);
    if (first >= tokens.length) return false;
    const sentence = ctx.sentenceOf(first)!;
    for (let i = sentence.first; i < first; i++) if (!ctx.insideQuote(tokens[i])) return false;
    return true;
  });
}

/** Words in quote marks that nobody is said to say are scare quotes or titles ("quack", “Morning Joe”), not quotes. */
function isQuotation(quote: Quote): boolean {
  const base = quote.rule?.split('+')[0];
  if (base === USER_CORRECTION.id) return true;
  const saidAfter = base === quoteCueSpeaker.id || base === quoteSpeakerCue.id;
  return !((!quote.rule && isTermInQuotes(quote.text)) || (!saidAfter && isTitleInQuotes(quote.text)));
}

/** Pronoun and role mentions that stood for a speaker become mentions of that entity. */
function speakerMentions(pairs: ReadonlyArray<readonly [Quote, SpeakerGuess | null]>): AttributionResult['extraMentions'] {
  const extra: AttributionResult['extraMentions'] = [];
  const seen = new Set<number>();
  for (const [quote, guess] of pairs) {
    if (!guess || !quote.speaker || seen.has(guess.mention.start)) continue;
    if (guess.kind === 'descriptor' || guess.kind === 'pronoun') {
      seen.add(guess.mention.start);
      extra.push({ entityId: quote.speaker, mention: { ...guess.mention, kind: guess.kind } });
    }
  }
  return extra;
}

export function attribute(input: AttributionInput): AttributionResult {
  const ctx = new AttributionContext(input);
  const { tokens } = ctx;
  const { results, guesses, reported } = attributeInOrder(ctx);
  const sentenceOfQuote = ctx.quotes.map((q) => tokens[Math.min(ctx.tokenAt(q.start), tokens.length - 1)]?.sentence ?? -1);
  const standalone = standaloneQuotes(ctx);
  inheritAttributions(results, ctx.quotes, ctx.segments, standalone, sentenceOfQuote);
  inheritFromParagraphBefore(results, ctx, standalone);
  // The reader's word wins over the scare-quote test: a quote they marked stays a quote.
  const kept = results.map((q, i) => ctx.quotes[i]?.marked === true || isQuotation(q));
  const quotes = results.filter((_, i) => kept[i]);
  const pairs = [
    ...results.map((q, i) => [q, guesses[i]] as const).filter((_, i) => kept[i]),
    ...reported.map((r) => [r.quote, r.guess] as const),
  ];
  const dropped = results.filter((_, i) => !kept[i]).map((q) => ({ rule: scareQuotesRule.id, start: q.start, end: q.end }));
  return { quotes, reported: reported.map((r) => r.quote), extraMentions: speakerMentions(pairs), dropped };
}
