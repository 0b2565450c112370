/**
 * The boundary rules, in the order they run on every proposed name. Each looks at the draft as the
 * rules before it left it; a split or an emitted name goes through all of them from the start.
 */
import type { Draft, SegmentContext } from '../candidate';
import { corporateSuffixStop, possessivePlace, trailingConnector } from './edges';
import { craftName, emphasisCapitals, eventName, noLetters, nonEntityAcronym, quotedWorkTitle, tableHeading, titleAlone } from './nonNames';
import { countBeforeNationality, leadingNationality, nationalityPhrase, placeBeforeNationality } from './nationalities';
import { leadingFunctionWord, openingAdjective, partyLabel, sentenceOpener } from './openers';
import type { BoundaryRule } from './rule';
import { acronymBesidePlace, andBetweenOrganizations, givenNameInsideRun } from './splits';
import { leadingTitle, titleAfterPlace, titleBeforeName } from './titles';

export const BOUNDARY_RULES = [
  leadingTitle,
  titleBeforeName,
  leadingNationality,
  leadingFunctionWord,
  openingAdjective,
  titleAfterPlace,
  acronymBesidePlace,
  andBetweenOrganizations,
  partyLabel,
  sentenceOpener,
  givenNameInsideRun,
  countBeforeNationality,
  trailingConnector,
  corporateSuffixStop,
  nationalityPhrase,
  quotedWorkTitle,
  placeBeforeNationality,
  nonEntityAcronym,
  tableHeading,
  emphasisCapitals,
  eventName,
  craftName,
  possessivePlace,
  titleAlone,
  noLetters,
] as const satisfies readonly BoundaryRule[];

export type BoundaryRuleId = (typeof BOUNDARY_RULES)[number]['id'];

/**
 * Runs the boundary rules over a proposed name and everything it splits into, depth first, and
 * returns the drafts that came through, in text order of their settling. An explicit stack rather
 * than recursion: a long run of "X and Y and …" splits as often as it has joiners.
 */
export function settle(proposed: Draft, s: SegmentContext): Draft[] {
  const settled: Draft[] = [];
  const stack: Array<{ d: Draft; next: number }> = [{ d: proposed, next: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    let d = item.d;
    let i = item.next;
    for (; i < BOUNDARY_RULES.length && d.first < d.last; i++) {
      const rule: BoundaryRule = BOUNDARY_RULES[i];
      const outcome = rule.apply(d, s);
      if (!outcome) continue;
      s.firings.push({ rule: rule.id, start: s.tokens[d.first].start, end: s.tokens[d.last - 1].end });
      if ('split' in outcome) {
        for (let k = outcome.split.length - 1; k >= 0; k--) stack.push({ d: outcome.split[k], next: 0 });
        break;
      }
      const emitted = outcome.emit ?? [];
      if ('drop' in outcome) {
        for (let k = emitted.length - 1; k >= 0; k--) stack.push({ d: emitted[k], next: 0 });
        break;
      }
      d = { ...outcome.keep, shapedBy: [...d.shapedBy, rule.id] };
      if (emitted.length) {
        // The names found inside settle first, then this one goes on from the next rule.
        stack.push({ d, next: i + 1 });
        for (let k = emitted.length - 1; k >= 0; k--) stack.push({ d: emitted[k], next: 0 });
        break;
      }
    }
    if (i === BOUNDARY_RULES.length && d.first < d.last) settled.push(d);
  }
  return settled;
}
