import type { RuleInfo } from '../../rule';
import type { Draft, SegmentContext } from '../candidate';

/**
 * What a boundary rule does to a draft name: keep it with new edges or a title (after settling
 * the names it found inside it, `emit`), split it into names settled on their own, or drop it.
 */
export type BoundaryOutcome = { keep: Draft; emit?: Draft[] } | { split: Draft[] } | { drop: true; emit?: Draft[] };

export interface BoundaryRule<Id extends string = string> extends RuleInfo<Id> {
  /** null: the rule does not apply to this draft. */
  apply(d: Draft, s: SegmentContext): BoundaryOutcome | null;
}

export function boundaryRule<const Id extends string>(rule: BoundaryRule<Id>): BoundaryRule<Id> {
  return rule;
}

/** Words trimmed from the start of the draft while `trimmed(first)` holds; null when none is. */
export function trimStart(d: Draft, trimmed: (first: number) => boolean): BoundaryOutcome | null {
  let first = d.first;
  while (first < d.last && trimmed(first)) first++;
  return first === d.first ? null : { keep: reshape(d, { first }) };
}

/** The draft with new edges or a new title. */
export const reshape = (d: Draft, change: Partial<Pick<Draft, 'first' | 'last' | 'end' | 'title'>>): Draft => ({ ...d, ...change });
