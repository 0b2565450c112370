/**
 * Named entities, in the order the passes run:
 *
 *  per segment (cached with the segment, `segment.ts`):
 *   1. tokenize — compromise's tokenizer, lexicon and pre-tagger (`../tokens.ts`)
 *   2. propose — runs of capitalised words, grown by the growth rules (`propose.ts`)
 *   3. boundaries — trim, split or drop each proposal (`boundaries/`, in the order of `BOUNDARY_RULES`)
 *   4. votes — type votes from lexicons, shape, tags and context cues (`votes.ts`)
 *  per document (every pass, `document/`, in the order of `DOCUMENT_RULES`):
 *   5. acronyms, names grouped by key, lone clause-initial words, sports, datelines, headlines,
 *      surnames, teams, lists
 *   6. user corrections — the reader's names, types, merges and splits (`../corrections/names.ts`)
 *   7. build — each group's type settled, its mentions, name and aliases (`document/build.ts`)
 */
import { applyNameCorrections, type NameCorrectionOutcome } from '../corrections/names';
import type { NameCorrection } from '../corrections/types';
import type { Frame } from '../frame';
import type { Firing } from '../rule';
import type { Token } from '../tokens';
import type { Candidate } from './candidate';
import { acronymExpansion, sameName } from './document/acronyms';
import { buildEntities, type EntityResult } from './document/build';
import { DocumentContext, type DocumentRule } from './document/context';
import { creditName, datelineNames, knownElsewhere } from './document/frameNames';
import { headlineNames } from './document/headlines';
import { listedPeople } from './document/lists';
import { clubNickname, cricketScorecard, sportsCopy, sportsTeams } from './document/sports';
import { organizationShortForm } from './document/shortForms';
import { surnameJoinsPerson } from './document/surnames';

export const DOCUMENT_RULES = [
  acronymExpansion,
  sameName,
  sportsCopy,
  knownElsewhere,
  creditName,
  clubNickname,
  datelineNames,
  headlineNames,
  surnameJoinsPerson,
  organizationShortForm,
  cricketScorecard,
  sportsTeams,
  listedPeople,
] as const satisfies readonly DocumentRule[];

export type DocumentRuleId = (typeof DOCUMENT_RULES)[number]['id'];

export function findEntities(
  text: string,
  tokens: readonly Token[],
  candidates: readonly Candidate[],
  frame: Pick<Frame, 'dateline' | 'datelineBelowHeadline' | 'furniture'>,
  headlineTokens: ReadonlyArray<readonly number[]>,
  corrections: { names: readonly NameCorrection[]; speakers: readonly string[] } = { names: [], speakers: [] },
): EntityResult & { firings: Firing[]; corrected: NameCorrectionOutcome } {
  const doc = new DocumentContext(text, tokens, candidates, frame, headlineTokens);
  for (const rule of DOCUMENT_RULES) rule.apply(doc);
  // The reader's corrections last: they win over every pass, and come before the types are settled.
  const corrected = applyNameCorrections(doc, corrections.names, corrections.speakers);
  return { ...buildEntities(doc), firings: doc.firings, corrected };
}
