/**
 * Speakers named in the sentence before a quote: `Ruiz also said the plan was dead. "It never lived."`
 * A quote-free sentence whose subject speaks (a verb of speech) keeps that speaker for the quote
 * that follows it in its line.
 */
import type { Sentence } from '../../tokens';
import type { AttributionContext } from '../context';
import { phraseBefore, speakerOf, subjectBeforeAppositions } from '../phrases';
import { quoteRule, type Attribution } from '../rule';
import { lastAtOrBefore } from '../../spans';

const ID = 'speaker-sentence-before';

/**
 * The speaker a quote-free sentence names with a verb of speech near its start ("Heald noted the
 * findings show …", "Ruiz, the union's lawyer, told reporters …"), for a quote after it; or null.
 */
export function sentenceSpeaker(ctx: AttributionContext, s: Sentence): Attribution | null {
  for (let i = s.first + 1; i < s.last && i - s.first <= 24; i++) {
    const n = ctx.cueAt(i, true);
    if (!n) continue;
    // Only the first verb of speech is read: the subject before it speaks, or nobody does.
    const np = phraseBefore(ctx, i, s.first) ?? subjectBeforeAppositions(ctx, s.first, i);
    const guess = np && speakerOf(ctx, np, ID, s.start);
    if (!guess || (guess.kind === 'other' && np![1] - np![0] > 4)) return null;
    return { guess, cue: ctx.cueSpan(i, n) };
  }
  return null;
}

export const speakerSentenceBefore = quoteRule({
  id: ID,
  description: 'A quote opening a sentence takes the speaker of the sentence before it in its line, whose subject speaks',
  example: '[Ruiz] also [said] the plan was dead. "It never lived and it never will."',
  attribute(ctx, site) {
    const { opening, firstInside, quote } = site;
    if (!opening || firstInside !== opening.first || opening.first === 0) return null;
    const before = ctx.tokens[opening.first - 1];
    const found = ctx.sentenceAttributions.get(before.sentence);
    if (!found) return null;
    // In its line only, with nothing but the stop and space between the sentence and the quote.
    const { segments } = ctx;
    if (lastAtOrBefore(segments, before.start) !== lastAtOrBefore(segments, quote.start)) return null;
    if (/[^\s.!?;:]/.test(ctx.text.slice(before.end, quote.start))) return null;
    return { guess: { ...found.guess, rule: found.guess.rule.replace(/^[^+]*/, ID) }, cue: found.cue };
  },
});
