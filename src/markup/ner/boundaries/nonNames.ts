/**
 * Runs of capitals that are not names of people, organizations or places: titles of works, codes
 * and abbreviations, table headings, words in capitals for emphasis, events, a title alone.
 */
import * as lex from '../../lexicon';
import { CRAFT_CLASSES, EVENT_HEADS, FUNCTION_TAGS, NON_ENTITY_ACRONYMS } from '../../lexicon/nameParts';
import { draft, draftEnd, draftText, tokensText } from '../candidate';
import { boundaryRule } from './rule';

export const quotedWorkTitle = boundaryRule({
  id: 'quoted-work-title',
  description: 'A run of capitals in quote marks is the title of a work, not a name (a lone quoted name is kept)',
  example: 'the novel "[Sleeping Bread]" won the prize',
  apply(d, s) {
    const { tokens, text } = s;
    const { first, last } = d;
    const opened = /["\u201c\u201d\u00ab\u2018]\s*(?:(?:The|A|An)\s+)?$/.test(
      text.slice(Math.max(0, tokens[first].start - 6), tokens[first].start),
    );
    const closed = /^\s*["\u201c\u201d\u00bb\u2019]/.test(tokens[last - 1].post);
    return last - first > 1 && opened && closed && !lex.isOrganization(tokensText(s, first, last)) ? { drop: true } : null;
  },
});

export const nonEntityAcronym = boundaryRule({
  id: 'non-entity-acronym',
  description: 'Abbreviations that name no one: time zones, units, business and table abbreviations (GMT, CEO, GDP, PCT)',
  example: 'at 0900 [GMT] on Friday',
  apply: (d, s) => (d.last - d.first === 1 && NON_ENTITY_ACRONYMS.has(draftText(d, s)) ? { drop: true } : null),
});

export const tableHeading = boundaryRule({
  id: 'table-heading',
  description: 'Column headings of a table are not names: "W L PCT GB"',
  example: '[W L PCT GB]',
  apply(d, s) {
    const text = draftText(d, s);
    const headings = d.last - d.first >= 3 && s.tokens.slice(d.first, d.last).every((t) => /^\p{Lu}{1,3}$/u.test(t.text));
    return headings && !lex.isOrganization(text) && !lex.isPlace(text) ? { drop: true } : null;
  },
});

export const emphasisCapitals = boundaryRule({
  id: 'emphasis-capitals',
  description: 'An ordinary word in capitals for emphasis in mixed-case text is not a name: "NO credentials"',
  example: 'They had [NO] credentials at all.',
  apply(d, s) {
    const t = s.tokens[d.first];
    const text = draftText(d, s);
    if (d.last - d.first !== 1 || d.weak || !/^\p{Lu}{2,}$/u.test(text)) return null;
    const ordinary = FUNCTION_TAGS.some((tag) => t.tags.has(tag)) || t.tags.has('Adjective') || t.tags.has('Expression');
    const known = lex.orgForAcronym(text) || lex.isOrganization(text) || lex.isCountry(text) || lex.isPlace(text);
    return ordinary && !t.tags.has('Acronym') && !known ? { drop: true } : null;
  },
});

function isEventName(text: string, lastWord: string): boolean {
  if (lex.isMiscName(text)) return true;
  const head = lastWord.charAt(0) + lastWord.slice(1).toLowerCase();
  return text.includes(' ') && EVENT_HEADS.has(head) && /^\p{Lu}/u.test(lastWord);
}

export const eventName = boundaryRule({
  id: 'event-name',
  description: 'Events, competitions, holidays and laws are not people, organizations or places (a place before them is)',
  example: 'the [U.S.] Labor Day weekend',
  apply(d, s) {
    const { tokens } = s;
    const end = draftEnd(d, s);
    if (!isEventName(draftText(d, s), tokens[d.last - 1].text)) return null;
    // "U.S. Labor Day": the place before a holiday or an event is a name of its own.
    for (let k = d.last - 1; k > d.first; k--) {
      const head = tokensText(s, d.first, k);
      if ((lex.isCountry(head) || lex.isPlace(head)) && lex.isMiscName(s.text.slice(tokens[k].start, end))) {
        return { drop: true, emit: [draft(d.sentence, d.first, k, d.weak, null)] };
      }
    }
    return { drop: true };
  },
});

export const craftName = boundaryRule({
  id: 'craft-name',
  description: 'A craft named after its class words is a vehicle, not an organization: "Space Shuttle Atlantis"',
  example: 'the [Space Shuttle Vela] landed',
  apply(d, s) {
    // The class is the first one or two words; a name must follow it, and not an organization's head word.
    if (lex.isOrgHeadWord(s.tokens[d.last - 1].text) || lex.isOrganization(draftText(d, s))) return null;
    for (const n of [2, 1]) {
      if (d.last - d.first > n && CRAFT_CLASSES.has(tokensText(s, d.first, d.first + n))) return { drop: true };
    }
    return null;
  },
});

export const titleAlone = boundaryRule({
  id: 'title-alone',
  description: 'A title with no name after it is not a name: "the Prime Minister"',
  example: 'The [Prime Minister] said',
  apply: (d, s) => (!d.shapedBy.includes('possessive-place') && lex.isPersonTitle(draftText(d, s)) ? { drop: true } : null),
});

export const noLetters = boundaryRule({
  id: 'no-letters',
  description: 'A run without two letters in a row (nor an initial) is not a name',
  example: 'row [B] of the table',
  apply: (d, s) => (!/\p{L}{2}|\p{Lu}\./u.test(draftText(d, s)) ? { drop: true } : null),
});
