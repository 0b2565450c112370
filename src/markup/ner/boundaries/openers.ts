/**
 * Words that open a clause before a name without belonging to it: "The", "But", a stray "of",
 * "Former", "Democrat", "Meanwhile".
 */
import * as lex from '../../lexicon';
import { CONNECTORS, NAME_PARTICLES, OPENING_ADJECTIVES, PARTY_LABELS } from '../../lexicon/nameParts';
import { tokensText, type Draft, type SegmentContext } from '../candidate';
import {
  breaksBefore,
  hyphenAfter,
  isFunctionWord,
  isGivenNameBeforeSurname,
  isInitial,
  isSpeakerOpener,
  isVerbOpeningName,
  startsClause,
} from '../words';
import { boundaryRule, reshape, trimStart } from './rule';

function isLeadingFunctionWord(d: Draft, s: SegmentContext, first: number): boolean {
  const t = s.tokens[first];
  // A capitalised particle opening a person's name stays: "Van Gaal", "De Klerk".
  const strayConnector =
    CONNECTORS.has(t.lower) && !hyphenAfter(t) && !(NAME_PARTICLES.has(t.lower) && /^\p{Lu}/u.test(t.text) && d.last - first > 1);
  const clauseOpener =
    (first === d.sentence.first || d.weak || breaksBefore(t)) &&
    isFunctionWord(t) &&
    !isInitial(s.tokens, first) &&
    !isSpeakerOpener(s.tokens, first, d.sentence) &&
    !isVerbOpeningName(s.tokens, first, d.sentence) &&
    !isGivenNameBeforeSurname(s.tokens, first);
  return strayConnector || clauseOpener || articleInside(d, s, first);
}

/**
 * "The" inside a sentence before a name is not part of it ("told The Canadian Press"), unless the place is
 * called so ("The Hague") or the organization is known only with it ("The Hill").
 */
function articleInside(d: Draft, s: SegmentContext, first: number): boolean {
  if (s.tokens[first].text !== 'The' || d.last - first < 2) return false;
  const whole = tokensText(s, first, d.last),
    rest = tokensText(s, first + 1, d.last);
  if (lex.isPlace(whole)) return false;
  return !lex.isOrganization(whole) || lex.isOrganization(rest);
}

export const leadingFunctionWord = boundaryRule({
  id: 'leading-function-word',
  description: 'A function word opening a clause, or a stray connector, is not part of the name: "The", "But", "of"',
  example: '[But] Okafor said the vote would go ahead.',
  apply: (d, s) => trimStart(d, (first) => isLeadingFunctionWord(d, s, first)),
});

export const openingAdjective = boundaryRule({
  id: 'opening-adjective',
  description: 'A describing word opening a sentence before a name is not part of it: "Former", "Controversial"',
  example: '[Former] South Carolina Gov. Nikki Haley said',
  apply(d, s) {
    const { tokens } = s;
    let first = d.first;
    while (d.last - first > 1 && startsClause(tokens, first, d.sentence) && OPENING_ADJECTIVES.has(tokens[first].text)) {
      first++;
      while (d.last - first > 1 && lex.isNationality(tokens[first].text) && !lex.isOrgHeadWord(tokens[d.last - 1].text)) first++;
    }
    return first === d.first ? null : { keep: reshape(d, { first }) };
  },
});

export const partyLabel = boundaryRule({
  id: 'party-label',
  description: 'A party label before a full name is not part of it: "Democrat Walter Mondale"',
  example: '[Republican] Bob Dole said',
  apply: (d, { tokens }) =>
    trimStart(d, (first) => d.last - first > 2 && PARTY_LABELS.has(tokens[first].text) && !!lex.genderOfFirstName(tokens[first + 1].text)),
});

export const sentenceOpener = boundaryRule({
  id: 'sentence-opener',
  description: 'A sentence opener glued to a name is not part of it: "Later Okonjo told reporters"',
  example: '[Meanwhile] Okonjo told reporters',
  apply: (d, { tokens }) =>
    trimStart(
      d,
      (first) =>
        d.last - first > 1 &&
        startsClause(tokens, first, d.sentence) &&
        lex.sentenceStarters.has(tokens[first].text) &&
        !lex.isPersonTitle(tokens[first].text) &&
        !isInitial(tokens, first) &&
        !isGivenNameBeforeSurname(tokens, first),
    ),
});
