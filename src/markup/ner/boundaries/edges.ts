/** The last characters of a name: a stray connector is not one of them; a stop after "Corp." or a possessive in "Lord's" is. */
import * as lex from '../../lexicon';
import { CONNECTORS, SUFFIX_WITH_STOP } from '../../lexicon/nameParts';
import { draftText } from '../candidate';
import { boundaryRule, reshape } from './rule';

export const trailingConnector = boundaryRule({
  id: 'trailing-connector',
  description: 'A connector ending the run is not part of the name: "Bank of"',
  example: 'the [Bank] of the year award',
  apply(d, s) {
    let last = d.last;
    while (last > d.first && CONNECTORS.has(s.tokens[last - 1].lower)) last--;
    return last === d.last ? null : last > d.first ? { keep: reshape(d, { last }) } : { drop: true };
  },
});

export const corporateSuffixStop = boundaryRule({
  id: 'corporate-suffix-stop',
  description: 'The stop of "Corp.", "Inc.", "Jr." belongs to the name, unless it also ends the sentence',
  example: 'shares of [Norwest Corp.] rose',
  apply(d, s) {
    const { tokens, text } = s;
    const end = tokens[d.last - 1].end;
    const ownStop =
      d.last - d.first > 1 &&
      SUFFIX_WITH_STOP.has(tokens[d.last - 1].text) &&
      text[end] === '.' &&
      end + 1 < text.length &&
      !/^\.\s*["\u201d'\u2019]/.test(text.slice(end, end + 3));
    return ownStop ? { keep: reshape(d, { end: end + 1 }) } : null;
  },
});

export const possessivePlace = boundaryRule({
  id: 'possessive-place',
  description: 'A place whose name ends in a possessive keeps it: "Lord\'s", "St John\'s"',
  example: "the second Test at [Lord's]",
  apply(d, s) {
    const { tokens, text } = s;
    const end = d.end ?? tokens[d.last - 1].end;
    const kept = tokens[d.last - 1].possessive && /^['\u2019]s$/.test(text.slice(end, end + 2)) && lex.isPlace(draftText(d, s) + "'s");
    return kept ? { keep: reshape(d, { end: end + 2 }) } : null;
  },
});
