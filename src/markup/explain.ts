/**
 * The evidence of a decision in a line a reader can follow, for the JSON output and the hover:
 * "organization (type-votes): lexicon-organization +3, organization-head-word +2 ×2; person: tagger +0.5".
 */
import { describeRule } from './rules';
import type { Entity, Quote, TypeEvidence } from './types';

const TYPES = ['person', 'organization', 'place'] as const;

export function explainType(type: Entity['type'], evidence: TypeEvidence): string {
  const cuesFor = (t: string) =>
    evidence.cues
      .filter((c) => c.type === t)
      .map((c) => `${c.rule} +${c.weight}${c.count > 1 ? ` ×${c.count}` : ''}`)
      .join(', ');
  const own = cuesFor(type);
  const others = TYPES.filter((t) => t !== type && evidence.cues.some((c) => c.type === t)).map((t) => `${t}: ${cuesFor(t)}`);
  return [`${type} (${evidence.decidedBy})${own ? `: ${own}` : ''}`, ...others].join('; ');
}

/** "quote-cue-speaker: A speech verb right after the quote, then the speaker; pronoun: …". */
export function explainQuote(quote: Pick<Quote, 'rule'>): string | null {
  if (!quote.rule) return null;
  return quote.rule
    .split('+')
    .map((id) => `${id}: ${describeRule(id)?.description ?? ''}`)
    .join('; ');
}
