/** Speakers introduced by a colon: `Putin: "…"`, and `Caddell continued:` closing the paragraph before a quote. */
import { lastAtOrBefore } from '../../spans';
import { phraseBefore, speakerOf } from '../phrases';
import { quoteRule, withCue } from '../rule';

export const speakerCueColonQuote = quoteRule({
  id: 'speaker-cue-colon-quote',
  description: 'A paragraph ending in "X continued:" introduces the quote that opens the next one',
  example: '[Mayor Tom Reyes] [continued]:\n\n"We have enough money for the first phase."',
  attribute(ctx, site) {
    const { tokens } = ctx;
    const { opening, firstInside, floor, quote } = site;
    if (!opening || floor !== opening.first || firstInside !== opening.first || opening.first === 0) return null;
    const introEnd = tokens[opening.first - 1];
    if (!/:\s*$/.test(introEnd.post) || introEnd.end > quote.start) return null;
    const intro = ctx.sentences[introEnd.sentence];
    for (let i = opening.first - 1; i >= intro.first; i--) {
      const n = ctx.cueAt(i);
      if (!n) continue;
      const np = phraseBefore(ctx, i, intro.first);
      const guess = np && speakerOf(ctx, np, 'speaker-cue-colon-quote', quote.start);
      return withCue(ctx, guess, i, n);
    }
    return null;
  },
});

export const speakerColon = quoteRule({
  id: 'speaker-colon',
  description: 'A name and a colon right before the quote',
  example: '[Putin]: "We will not back down."',
  attribute(ctx, site) {
    const { tokens, nameMentions } = ctx;
    const before = site.firstInside - 1;
    if (!site.opening || before < site.floor || !/:\s*$/.test(tokens[before].post)) return null;
    const m = nameMentions[lastAtOrBefore(nameMentions, tokens[before].start)];
    if (!m || m.end !== tokens[before].end) return null;
    return { guess: { mention: ctx.span(m.start, m.end), kind: 'name', entityId: m.id, rule: 'speaker-colon' }, cue: null };
  },
});
