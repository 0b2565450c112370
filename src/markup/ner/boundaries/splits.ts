/** Two names written side by side that a run of capitals glued together. */
import * as lex from '../../lexicon';
import { draft, tokensText } from '../candidate';
import { boundaryRule } from './rule';

const ACRONYM = /^\p{Lu}{2,6}$/u;

export const acronymBesidePlace = boundaryRule({
  id: 'acronym-beside-place',
  description: 'An acronym glued to a place is two names: "OSCE Chechnya", "Chicago NAPM"',
  example: 'the [OSCE] [Chechnya] mission',
  apply(d, s) {
    const { tokens } = s;
    const { first, last } = d;
    if (last - first <= 1 || d.weak) return null;
    const a = tokens[first],
      z = tokens[last - 1];
    const restAfter = tokensText(s, first + 1, last),
      restBefore = tokensText(s, first, last - 1);
    if (ACRONYM.test(a.text) && (lex.isCountry(restAfter) || lex.isPlace(restAfter)) && !lex.isPlace(tokensText(s, first, last))) {
      return { split: [draft(d.sentence, first, first + 1, d.weak, null), draft(d.sentence, first + 1, last, d.weak, null)] };
    }
    if (ACRONYM.test(z.text) && (lex.isCountry(restBefore) || lex.isPlace(restBefore)) && !lex.isOrganization(tokensText(s, first, last))) {
      return { split: [draft(d.sentence, first, last - 1, d.weak, null), draft(d.sentence, last - 1, last, d.weak, null)] };
    }
    return null;
  },
});

export const andBetweenOrganizations = boundaryRule({
  id: 'and-between-organizations',
  description: 'Two organizations joined by "and" are two names, each with its head word (not "Test and County Cricket Board")',
  example: '[BAE Systems] and [Rheinmetall] signed the deal.',
  apply(d, s) {
    const { tokens } = s;
    const { first, last } = d;
    // "Test and County Cricket Board", "Savings Bank and Trust Company" are one name; "Ardent Bank and Harbour
    // Insurance" two: each side has its own head word.
    const oneHead = lex.isOrgHeadWord(tokens[last - 1].text);
    for (let k = first + 1; k < last - 1; k++) {
      if (tokens[k].lower !== 'and') continue;
      const leftHead = lex.isOrgHeadWord(tokens[k - 1].text);
      const rightHead = leftHead && k - first > 1 && last - k > 2 && !lex.isOrgHeadWord(tokens[k + 1].text);
      if (oneHead && !rightHead) continue;
      if (leftHead || lex.isOrganization(tokensText(s, first, k))) {
        return { split: [draft(d.sentence, first, k, d.weak, null), draft(d.sentence, k + 1, last, d.weak, null)] };
      }
    }
    return null;
  },
});
