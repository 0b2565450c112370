/** Speakers named after the quote: `"…," said Putin`, `"…," the Russian leader stressed`, `“…” to drive up the price, she said.` */
import { afterQuote, cuesAfter, quoteRule, withCue } from '../rule';
import { joinsSpeaker, phraseAfter, phraseBefore, speakerOf, subjectBeforeAppositions } from '../phrases';

export const quoteCueSpeaker = quoteRule({
  id: 'quote-cue-speaker',
  description: 'A speech verb right after the quote, then the speaker',
  example: '"We will appeal," [said] [Dana Cole].',
  attribute(ctx, site) {
    const after = afterQuote(ctx, site);
    const first = after && cuesAfter(ctx, site, after.ceiling).next();
    if (!after || !first || first.done) return null;
    const [i, n] = first.value;
    if (i !== site.firstAfter) return null;
    const np = phraseAfter(ctx, i + n, after.ceiling);
    return withCue(ctx, np && speakerOf(ctx, np, 'quote-cue-speaker', site.quote.start, false), i, n);
  },
});

export const quoteSpeakerCue = quoteRule({
  id: 'quote-speaker-cue',
  description: 'The speaker then a speech verb after the quote; everything between the quote and the verb is the speaker',
  example: '"It was the least bad option," [Paul Meyer, the chief economist of Hansa Bank,] [said].',
  attribute(ctx, site) {
    const after = afterQuote(ctx, site);
    if (!after) return null;
    const { tokens } = ctx;
    const { firstAfter } = site;
    for (const [i, n] of cuesAfter(ctx, site, after.ceiling, 40)) {
      // A verb right after the quote is quote-cue-speaker's; "a tweet attacking …" after a quoted word is no attribution.
      if (i === firstAfter) return null;
      if (tokens[i].lower.endsWith('ing')) continue;
      // Everything between the quote and the verb is the speaker: compromise may mistag a word in it ("campaign").
      const np = phraseBefore(ctx, i, firstAfter);
      // "…," as the minister put it. (The clause ends with the verb; "as examples of …" is no attribution.)
      const as = tokens[firstAfter].lower === 'as';
      if (as && !(i + n >= after.ceiling || /[.,;:!?]/.test(tokens[i + n - 1].post))) return null;
      const from = as && np?.[0] === firstAfter + 1 ? firstAfter + 1 : firstAfter;
      const whole = np && (np[0] === from || tokens.slice(from, np[0]).every(joinsSpeaker));
      // Or the name that opens a stretch of appositions: "…," Ana Ruiz, the union's lawyer, a post she has held since May, said.
      const ap = whole ? null : subjectBeforeAppositions(ctx, firstAfter, i);
      const speaker = whole ? [from, np[1]] : ap;
      const found = withCue(ctx, speaker ? speakerOf(ctx, speaker as [number, number], 'quote-speaker-cue', site.quote.start) : null, i, n);
      if (found || tokens[i].lower !== 'according') return found;
    }
    return null;
  },
});

export const quoteClauseSpeakerCue = quoteRule({
  id: 'quote-clause-speaker-cue',
  description: 'A partial quote inside a clause, the speaker and the verb after a comma at the end of the sentence',
  example: 'They bought “every share they could” to drive up the price, [she] [said].',
  attribute(ctx, site) {
    const after = afterQuote(ctx, site);
    if (!after || !after.sameSentence || after.ceiling !== after.sentence.last) return null;
    const { ceiling } = after;
    const { firstAfter } = site;
    for (let i = ceiling - 1; i > firstAfter && ceiling - i <= 6; i--) {
      const n = ctx.cueAt(i);
      if (!n || ceiling - (i + n) > 4) continue;
      const np = phraseBefore(ctx, i, firstAfter);
      if (!np || np[0] <= firstAfter || !/^,\s*$/.test(ctx.tokens[np[0] - 1].post)) continue;
      const found = withCue(ctx, speakerOf(ctx, np, 'quote-clause-speaker-cue', site.quote.start), i, n);
      if (found) return found;
    }
    return null;
  },
});

export const quoteDashSpeaker = quoteRule({
  id: 'quote-dash-speaker',
  description: 'A name right after a dash that follows the quote',
  example: '“We will rebuild the bridge by spring.” ― [Maria Lopez]',
  attribute(ctx, site) {
    const { quote } = site;
    const dash = /^\s*[\u2015\u2014\u2013-]\s*/.exec(ctx.text.slice(quote.end, quote.end + 4));
    if (!dash) return null;
    const at = quote.end + dash[0].length;
    const t = ctx.tokens[ctx.tokenAt(at)];
    const named = t && t.start === at ? ctx.namedAt(t) : undefined;
    if (!named || named.entity.type === 'place') return null;
    return { guess: { mention: named.mention, kind: 'name', entityId: named.entity.id, rule: 'quote-dash-speaker' }, cue: null };
  },
});
