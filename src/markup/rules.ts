/**
 * Every rule of the engine by id, with its one-line description and example: the registry the
 * evidence (`Entity.evidence`, `Quote.rule`, `analyze(text, { trace: true })`) refers to, that the
 * rule fixtures in test/rules/ cover, and that docs/architecture.md lists.
 */
import { ATTRIBUTION_RULES } from './attribution';
import { BUSINESS_CUES, NAME_CONTEXT_CUES, TEAM_CUES } from './lexicon/contextCues';
import { DOCUMENT_RULES } from './ner';
import { BOUNDARY_RULES } from './ner/boundaries';
import { datelineAgency, resultsLineTeam } from './ner/document/frameNames';
import { TYPE_DECISIONS } from './ner/document/decide';
import { headlineSurname, standingsRowTeam } from './ner/document/headlines';
import { teamHomePlace } from './ner/document/sports';
import { GROWTH_RULES } from './ner/propose';
import { VOTE_RULES } from './ner/votes';
import type { RuleInfo } from './rule';

export type RuleFamily = 'growth' | 'boundary' | 'vote' | 'cue' | 'document' | 'type' | 'attribution';

const cueInfo = (cue: { id: string; example: string; words?: string }, what: string): RuleInfo => ({
  id: cue.id,
  description: `${what}: ${cue.words ? cue.words.split('|').slice(0, 6).join(', ') + '…' : cue.example}`,
  example: cue.example,
});

const entries: Array<[RuleFamily, readonly RuleInfo[]]> = [
  ['growth', GROWTH_RULES],
  ['boundary', BOUNDARY_RULES],
  ['vote', VOTE_RULES],
  ['cue', NAME_CONTEXT_CUES.map((c) => cueInfo(c, `context after the name (${c.type} +${c.weight})`))],
  ['cue', BUSINESS_CUES.map((c) => cueInfo(c, 'business context (organization +2 when nothing else voted)'))],
  ['cue', Object.values(TEAM_CUES).map((c) => cueInfo(c, 'where a team plays'))],
  ['document', [...DOCUMENT_RULES, resultsLineTeam, datelineAgency, standingsRowTeam, headlineSurname, teamHomePlace]],
  ['type', TYPE_DECISIONS],
  ['attribution', ATTRIBUTION_RULES],
];

/** Every rule, in pipeline order, with its family. */
export const ALL_RULES: ReadonlyArray<RuleInfo & { family: RuleFamily }> = entries.flatMap(([family, rules]) =>
  rules.map((r) => ({ id: r.id, description: r.description, example: r.example, family })),
);

const byId = new Map(ALL_RULES.map((r) => [r.id, r]));

/** A rule's description, or undefined for an id no rule has. */
export function describeRule(id: string): (RuleInfo & { family: RuleFamily }) | undefined {
  return byId.get(id);
}
