/**
 * Every rule of the engine by id, with its one-line description and example: the registry the
 * evidence (`Entity.evidence`, `Quote.rule`, `analyze(text, { trace: true })`) refers to, that the
 * rule fixtures in test/rules/ cover, and that docs/architecture.md lists.
 */
import { ATTRIBUTION_RULES } from './attribution';
import { USER_CORRECTION } from './corrections/rule';
import { FRAME_RULES } from './frame/furniture';
import { COREF_RULES } from './coref';
import { BUSINESS_CUES, TEAM_CUES } from './lexicon/contextCues';
import { DOCUMENT_RULES } from './ner';
import { BOUNDARY_RULES } from './ner/boundaries';
import { datelineAgency, resultsLineTeam } from './ner/document/frameNames';
import { TYPE_DECISIONS } from './ner/document/decide';
import { headlineSurname, standingsRowTeam } from './ner/document/headlines';
import { teamHomePlace } from './ner/document/sports';
import { GROWTH_RULES, PROPOSAL_RULES } from './ner/propose';
import { VOTE_RULES } from './ner/votes';
import type { RuleInfo } from './rule';

export type RuleFamily = 'frame' | 'growth' | 'boundary' | 'vote' | 'cue' | 'document' | 'type' | 'attribution' | 'coref' | 'correction';

const entries: Array<[RuleFamily, readonly RuleInfo[]]> = [
  ['frame', FRAME_RULES],
  ['growth', [...GROWTH_RULES, ...PROPOSAL_RULES]],
  ['boundary', BOUNDARY_RULES],
  ['vote', VOTE_RULES],
  ['cue', [...BUSINESS_CUES, ...Object.values(TEAM_CUES)]],
  ['document', [...DOCUMENT_RULES, resultsLineTeam, datelineAgency, standingsRowTeam, headlineSurname, teamHomePlace]],
  ['type', TYPE_DECISIONS],
  ['attribution', ATTRIBUTION_RULES],
  ['coref', COREF_RULES],
  ['correction', [USER_CORRECTION]],
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
