/** "the minister", "the Russian leader": the person a role stands for. */
import { DETERMINERS, LEADER_ROLES } from '../../lexicon/speakers';
import type { Gender } from '../../types';
import type { AttributionContext } from '../context';
import { resolverInfo } from './resolver';

export const roleResolver = resolverInfo({
  id: 'descriptor',
  description:
    'A role ("the minister", "the Russian leader") is the latest person with a matching title, else the latest speaker or person',
  example: 'Foreign Minister Ana Ruiz … "We start now," [the minister] said.',
});

const LEADER_ROLE = new RegExp(`\\b(?:${[...LEADER_ROLES].join('|')})\\b`);

/** The person a role phrase (lower case, with its determiner) at offset `at` stands for. */
export function resolveRole(ctx: AttributionContext, phrase: string, g: Gender | undefined, at: number): string | null {
  const words = phrase.split(' ').filter((w) => !DETERMINERS.has(w));
  // A person whose title shares the role's head word ("the minister" ~ "Foreign Minister X").
  const headWord = words[words.length - 1];
  const leader = LEADER_ROLE.test(phrase);
  let titled: string | null = null;
  for (const m of ctx.mentionsBefore(at)) {
    if (m.type !== 'person') continue;
    const titles = ctx.titles.get(m.id);
    if (titles && [...titles].some((t) => t.split(' ').includes(headWord) || leader)) {
      titled = m.id;
      break;
    }
  }
  const compatible = (id: string | null) => (id && ctx.fits(id, g) ? id : null);
  return compatible(titled) ?? compatible(ctx.latestSpeaker(at)) ?? compatible(ctx.latestPerson(at));
}
