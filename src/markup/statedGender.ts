/**
 * The gender an article states for each person: a gendered title ("Mrs.", "King"), a gendered role
 * among its mentions ("the congresswoman"), or the pronouns that refer to them ("she said"). Never
 * guessed from a given name: source-diversity audits count what the copy says, and "not stated"
 * is an answer. Evidence that disagrees leaves the gender unstated.
 */
import * as lex from './lexicon';
import type { Entity, Gender } from './types';

export function statedGender(entity: Entity, titles: ReadonlySet<string> | undefined): Gender | undefined {
  if (entity.type !== 'person') return undefined;
  const votes = new Set<Gender>();
  for (const t of titles ?? []) {
    const g = lex.genderOfTitle(t);
    if (g) votes.add(g);
  }
  for (const m of entity.mentions) {
    const g =
      m.kind === 'pronoun'
        ? lex.pronouns.get(m.text.toLowerCase())?.gender
        : m.kind === 'descriptor'
          ? lex.genderOfTitle(m.text)
          : undefined;
    if (g === 'male' || g === 'female') votes.add(g);
  }
  return votes.size === 1 ? [...votes][0] : undefined;
}
