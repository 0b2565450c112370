/** "he", "she": the person the pronoun stands for. */
import type { Gender } from '../../types';
import type { AttributionContext } from '../context';
import { resolverInfo } from './resolver';

export const pronounResolver = resolverInfo({
  id: 'pronoun',
  description: '"he"/"she" is the person who is the subject of its own sentence, if the gender fits, else the latest person of that gender',
  example: 'Ana Ruiz arrived late. "We start now," [she] said.',
});

/** The person a "he"/"she" at token `at` stands for: the subject of its own sentence if it fits, else the latest person of that gender. */
export function resolvePronoun(ctx: AttributionContext, g: Gender, at: number): string | null {
  const { tokens } = ctx;
  const sentence = ctx.sentences[tokens[at].sentence];
  for (let i = sentence.first; i < at; i++) {
    const id = ctx.entityAt.get(tokens[i].start);
    if (id && ctx.entityById.get(id)!.type === 'person' && !ctx.insideQuote(tokens[i])) {
      if (ctx.fits(id, g)) return id;
      break;
    }
  }
  for (const m of ctx.mentionsBefore(tokens[at].start)) {
    if (m.type !== 'person') continue;
    if (ctx.fits(m.id, g)) return m.id;
  }
  return null;
}
