/**
 * How a group's type is settled: a forced type first (a dateline, a team), a title before a
 * person's name, then the votes; a name nobody voted for is typed from business cues around it,
 * or left out.
 */
import * as lex from '../../lexicon';
import { BUSINESS_CUES, compileCue } from '../../lexicon/contextCues';
import type { EntityType } from '../../types';
import type { Group } from './context';

/** A type and the rule that settled it. */
export interface Decision {
  type: EntityType;
  rule: string;
}

export const TYPE_DECISIONS = [
  {
    id: 'titled-person',
    description: 'A title before the name makes it a person (not a country: "defending champion Spain")',
    example: 'President [Ola Brandt]',
  },
  { id: 'type-votes', description: 'The type with the most votes, places before organizations before people on a tie', example: '' },
  {
    id: 'business-context',
    description: 'A name nobody voted for is an organization when business words surround it, or it is written in CamelCase',
    example: 'shares of [Norvik] fell',
  },
  { id: 'camel-case', description: 'A name in CamelCase is most often a company: "NationsBank"', example: 'a deal with [NationsBank]' },
] as const;

const titledPerson = (g: Group) => g.titled && ![...g.names].some((n) => lex.isCountry(n, true));

/** The type the group's evidence settles, or null when nothing voted. */
export function decide(g: Group): Decision | null {
  if (g.forced) return { type: g.forced, rule: g.forcedBy ?? 'forced' };
  // "defending champion Spain": a title before a country does not make it a person.
  if (titledPerson(g)) return { type: 'person', rule: 'titled-person' };
  const v = g.votes;
  const best = Math.max(v.person, v.organization, v.place);
  if (best <= 0) return null;
  if (v.place === best) return { type: 'place', rule: 'type-votes' };
  if (v.organization === best) return { type: 'organization', rule: 'type-votes' };
  return { type: 'person', rule: 'type-votes' };
}

export const decideType = (g: Group): EntityType | null => decide(g)?.type ?? null;

/** Whether the group looks like a person's so far: titled, or most votes for a person and no forced type. */
export function isPersonish(g: Group): boolean {
  return titledPerson(g) || (g.votes.person > g.votes.organization && g.votes.person > g.votes.place && !g.forced);
}

const BUSINESS = BUSINESS_CUES.map((cue) => ({ cue, matcher: compileCue(cue) }));

/**
 * The type of a name no lexicon or cue voted for, from the words around its mentions: business cues
 * ("shares of X", "X posted a loss") and CamelCase ("NationsBank"). Returns the decision and the cues seen.
 */
export function fallback(g: Group, text: string): { decision: Decision | null; cues: string[] } {
  let org = 0;
  const cues: string[] = [];
  for (const m of g.mentions) {
    const after = text.slice(m.end, m.end + 160);
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const seen = BUSINESS.find(({ cue, matcher }) => matcher.test(cue.side === 'after' ? after : before));
    if (seen) {
      org += 2;
      cues.push(seen.cue.id);
    }
  }
  if ([...g.names].some((n) => /\p{Ll}\p{Lu}/u.test(n) && !/^(?:Mc|Mac|O'|D'|De|Di|La|Le|Van)/.test(n))) {
    org += 2;
    cues.push('camel-case');
  }
  // One business cue among many mentions is weak ("the director of [a space mission]", named a dozen times
  // with no other cue): a name told of often and never again in business words is not settled by it.
  const cueMentions = cues.filter((c) => c !== 'camel-case').length;
  const sparse = cueMentions > 0 && cueMentions * 5 < g.mentions.length && org === 2 * cueMentions;
  return { decision: org >= 2 && !sparse ? { type: 'organization', rule: 'business-context' } : null, cues };
}
