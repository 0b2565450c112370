/** Two names written side by side that a run of capitals glued together. */
import * as lex from '../../lexicon';
import { PATRONYMICS } from '../../lexicon/nameParts';
import { draft, tokensText, type SegmentContext } from '../candidate';
import { hyphenAfter } from '../words';
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

/** A given name that is only a given name: not an everyday word, a place or an organization ("Simon", not "Grant" or "Paris"). */
function plainGivenName(word: string): boolean {
  return !!lex.genderOfFirstName(word) && !lex.isAmbiguousFirstName(word) && !lex.isEnglishWord(word) && !PATRONYMICS.has(word);
}

/** Words that say the run before a given name is not a person's name: everyday words, acronyms, known places and organizations. */
function namesNoPerson(s: SegmentContext, first: number, k: number): boolean {
  const { tokens } = s;
  if (lex.isPlace(tokensText(s, first, k)) || lex.isOrganization(tokensText(s, first, k))) return true;
  return tokens.slice(first, k).some((t) => /^\p{Lu}{2,}$/u.test(t.text) || lex.isOrgHeadWord(t.text) || lex.isEnglishWord(t.text));
}

export const givenNameInsideRun = boundaryRule({
  id: 'given-name-inside-run',
  description: 'A given name inside a run, after everyday words or an organization, starts a name of its own',
  example: '[Washington State University] [Simon Lindqvist] said',
  apply(d, s) {
    const { tokens } = s;
    const { first, last } = d;
    for (let k = first + 1; k < last - 1; k++) {
      const t = tokens[k],
        before = tokens[k - 1];
      if (!plainGivenName(t.text) || before.possessive || hyphenAfter(before) || hyphenAfter(t)) continue;
      const personBefore = lex.isFirstName(before.text) || /^\p{Lu}\.?$/u.test(before.text) || lex.placeLeadWords.has(before.text);
      const next = tokens[k + 1].text;
      if (personBefore || !/^\p{Lu}\p{Ll}/u.test(next) || lex.isOrgHeadWord(next) || lex.isPlaceHeadWord(next, true)) continue;
      if (!namesNoPerson(s, first, k)) continue;
      return { split: [draft(d.sentence, first, k, d.weak, d.knownTitle), draft(d.sentence, k, last, d.weak, null)] };
    }
    return null;
  },
});
