/**
 * Nationalities at the edges of a name: "Russian President X" and "Three Russians" are not names
 * (CoNLL tags nationalities MISC), but "Russian Armed Forces" is, and "U.S. Roman Catholic" names
 * the United States.
 */
import * as lex from '../../lexicon';
import { COMPASS_WORDS, COUNT_WORDS } from '../../lexicon/nameParts';
import type { Token } from '../../tokens';
import { draft, tokensText } from '../candidate';
import { hyphenAfter } from '../words';
import { boundaryRule, reshape } from './rule';

/** "Russian", "Iraqis", "South Korean", "Latin American", "West Indian": nationalities are MISC. */
export function isNationalityPhrase(tokens: readonly Token[], first: number, last: number): boolean {
  const n = last - first;
  if (n < 1 || n > 2) return false;
  const lastWord = tokens[last - 1].text;
  if (!lex.isNationality(lastWord) && !lex.isNationality(lastWord.replace(/s$/, ''))) return false;
  // "the Philippines" is the country, not a plural of "Philippine".
  if (!lex.isNationality(lastWord) && lex.isCountry(lastWord)) return false;
  if (n === 1) return true;
  return COMPASS_WORDS.has(tokens[first].text) || (hyphenAfter(tokens[first]) && lex.isNationality(tokens[first].text));
}

export const leadingNationality = boundaryRule({
  id: 'leading-nationality',
  description: 'A nationality opening a name is dropped unless the name is an organization’s: "Russian President X"',
  example: '[Russian] President Vladimir Putin said',
  apply(d, s) {
    const { tokens } = s;
    const { last } = d;
    let { first, title } = d;
    const whole = tokensText(s, first, last);
    const restIsPlace = last - first > 1 && (lex.isPlace(tokensText(s, first + 1, last)) || lex.isCountry(tokensText(s, first + 1, last)));
    const keptInside = () => last - first > 1 && lex.isOrgHeadWord(tokens[last - 1].text) && !restIsPlace;
    while (first < last && lex.isNationality(tokens[first].text) && !keptInside() && !lex.isCountry(whole) && !lex.isPlace(whole)) {
      first++;
      if (!title && first < last) {
        // "Russian Foreign Minister X": the title after the nationality.
        const phrase = tokens.slice(first, Math.min(last, first + 3)).map((t) => t.text);
        for (let n = phrase.length; n >= 1; n--) {
          if (last - first > n && lex.isPersonTitle(phrase.slice(0, n).join(' '))) {
            title = phrase.slice(0, n).join(' ').toLowerCase();
            first += n;
            break;
          }
        }
      }
    }
    return first === d.first ? null : { keep: reshape(d, { first, title }) };
  },
});

export const countBeforeNationality = boundaryRule({
  id: 'count-before-nationality',
  description: 'A count or a clause opener before a nationality is not a name: "Three Russians", "Under English"',
  example: '[Three Russians] were detained.',
  apply(d, s) {
    const { tokens } = s;
    const opener = COUNT_WORDS.has(tokens[d.first].lower) || lex.sentenceStarters.has(tokens[d.first].text);
    return d.last - d.first > 1 && opener && isNationalityPhrase(tokens, d.first + 1, d.last) ? { drop: true } : null;
  },
});

export const nationalityPhrase = boundaryRule({
  id: 'nationality-phrase',
  description: 'A nationality alone is not a name: "Russian", "South Korean", "Iraqis"',
  example: 'the [South Korean] team',
  apply: (d, s) => (isNationalityPhrase(s.tokens, d.first, d.last) ? { drop: true } : null),
});

export const placeBeforeNationality = boundaryRule({
  id: 'place-before-nationality',
  description: 'A place before a nationality or a religion is the place alone: "U.S. Roman Catholic", "Swiss Jewish"',
  example: 'the [U.S.] Roman Catholic bishops',
  apply(d, s) {
    const { tokens } = s;
    if (d.last - d.first <= 1 || !lex.isNationality(tokens[d.last - 1].text)) return null;
    let cut = d.last - 1;
    while (cut > d.first + 1 && (lex.isNationality(tokens[cut - 1].text) || tokens[cut - 1].text === 'Roman')) cut--;
    const head = tokensText(s, d.first, cut);
    if (!lex.isCountry(head) && !lex.isPlace(head)) return null;
    return { split: [draft(d.sentence, d.first, cut, d.weak, d.knownTitle)] };
  },
});
