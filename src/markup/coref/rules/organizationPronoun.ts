/**
 * "its", "their", and "it" after a speech verb: an organization (or a country) that is the subject
 * of the sentence is what the pronoun stands for ("NASA tweeted support via its account", "the
 * ministry said it would"). Only within the sentence: "it" alone has too many other readings.
 */
import type { CorefContext } from '../context';
import { corefRule } from '../rule';

const POSSESSIVES = new Set(['its', 'their']);
const RELATIVES = new Set(['which', 'who', 'whose', 'that', 'where']);
const VERB_TAGS = ['Verb', 'Auxiliary', 'Copula', 'Modal'] as const;

/** The entity named first in the sentence of token i, before it and outside quotes, if it is not a possessive ("X's"). */
function sentenceSubject(ctx: CorefContext, i: number): { id: string; last: number } | null {
  const sentence = ctx.sentences[ctx.tokens[i].sentence];
  for (let k = sentence.first; k < i; k++) {
    const t = ctx.tokens[k];
    const named = ctx.nameMentionAt(t.start);
    if (!named) continue;
    if (ctx.quoteOf(t)) return null;
    let last = k;
    while (last + 1 < i && ctx.tokens[last + 1].start < named.end) last++;
    // "NASA tweeted…", "USI is…": the name is the subject of the verb after it (not "the USI art gallery").
    const verb = ctx.tokens[last + 1];
    const subject = !ctx.tokens[last].possessive && !ctx.tokens[last].post.trim() && verb && VERB_TAGS.some((tag) => verb.tags.has(tag));
    return subject ? { id: named.id, last } : null;
  }
  return null;
}

export const organizationPronoun = corefRule({
  id: 'organization-pronoun',
  description: '"its", "their", or "it" right after a speech verb: the organization or country that is the subject of the sentence',
  example: 'NASA tweeted its support on Friday. The ministry said [it] would appeal.',
  apply(ctx) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const speech = t.lower === 'it' && i > 0 && tokens[i - 1].cue?.length === 1;
      if ((!POSSESSIVES.has(t.lower) && !speech) || ctx.isTaken(i) || ctx.quoteOf(t)) continue;
      const subject = sentenceSubject(ctx, i);
      const entity = subject && ctx.entityById.get(subject.id);
      if (!entity || entity.type === 'person') continue;
      // "X said it": the verb right after the subject's name.
      if (speech && subject.last + 1 !== i - 1) continue;
      // "…Facility-1, for Space Shuttle Atlantis, which is being prepped for its…": the clause has a subject of its own.
      if (tokens.slice(subject.last + 1, i).some((k) => RELATIVES.has(k.lower))) continue;
      ctx.link(entity.id, i, i, 'pronoun', this.id);
    }
  },
});
