/**
 * Titles at the edges of a name: "President", "Foreign Minister", "Mr." before it are not part of it
 * (they make it a person's); a state's abbreviated title after a place ends the place.
 */
import * as lex from '../../lexicon';
import { ROLE_OPENERS, TITLE_HEAD_MODIFIERS } from '../../lexicon/nameParts';
import { draft, tokensText, type Draft, type SegmentContext } from '../candidate';
import { joinText, titleBefore, titleInName } from '../titles';
import { breaksAfter, isAcronym } from '../words';
import { boundaryRule, reshape } from './rule';

/**
 * A known name heading a title is a name of its own: "Federal Reserve governor", "NATO Secretary-General",
 * "Former U.S. president". Returns the draft for it, if any.
 */
export function titleHead(s: SegmentContext, d: Pick<Draft, 'sentence' | 'weak'>, start: number, end: number): Draft | null {
  const { tokens } = s;
  let from = start;
  while (from < end - 1 && TITLE_HEAD_MODIFIERS.has(tokens[from].text.toLowerCase())) from++;
  // "New Zealand Prime Minister": a modifier word may open the place's own name.
  const opensPlace = (k: number) =>
    Array.from({ length: end - from - 1 }, (_, n) => tokensText(s, k, from + n + 1)).some((own) => lex.isCountry(own) || lex.isPlace(own));
  for (let k = start; k < from; k++) {
    if (opensPlace(k)) {
      from = k;
      break;
    }
  }
  for (let n = end - from - 1; n >= 1; n--) {
    const head = tokens.slice(from, from + n);
    if (head.slice(0, -1).some((t) => breaksAfter(t))) continue;
    const name = tokensText(s, from, from + n);
    // A single ordinary word ("House Speaker") is read as part of the title.
    if (n === 1 && !isAcronym(name) && !lex.isCountry(name)) continue;
    if (lex.isOrganization(name) || lex.isCountry(name) || lex.isPlace(name) || !!lex.orgForAcronym(name)) {
      return draft(d.sentence, from, from + n, d.weak, null);
    }
  }
  return null;
}

export const leadingTitle = boundaryRule({
  id: 'leading-title',
  description: 'A title before a name is not part of it, and makes it a person: "President", "Foreign Minister", "Mr."',
  example: '[Foreign Minister] Ana Ruiz arrived on Monday.',
  apply(d, s) {
    const { tokens } = s;
    let { first, title } = d;
    const emit: Draft[] = [];
    for (let again = true; again;) {
      again = false;
      for (let n = Math.min(3, d.last - first - 1); n >= 1; n--) {
        const phrase = joinText(tokens.slice(first, first + n));
        // A role word before "of"/"for" heads a body's name: "Centre for Coastal Studies".
        const roleOpener =
          n === 1 && ROLE_OPENERS.has(tokens[first].lower) && d.last - first >= 3 && /^\p{Lu}/u.test(tokens[first + 1].text);
        const isTitle = lex.isPersonTitle(phrase) || roleOpener;
        // "General Motors", "the General Assembly": the title word opens the name.
        if (isTitle && titleInName(tokens, first, first + n, d.last, s.allCaps)) break;
        if (isTitle) {
          const head = n > 1 ? titleHead(s, d, first, first + n) : null;
          if (head) {
            s.firings.push({ rule: 'title-head-name', start: tokens[head.first].start, end: tokens[head.last - 1].end });
            emit.push(head);
          }
          title = phrase.toLowerCase();
          first += n;
          again = d.last - first > 2;
          break;
        }
      }
    }
    return first === d.first ? null : { keep: reshape(d, { first, title }), emit };
  },
});

export const titleBeforeName = boundaryRule({
  id: 'title-before-name',
  description: 'A title right before the name, or an appositive role before a comma, makes it a person',
  example: 'the EU’s foreign policy chief, [Josep Ferrer], said',
  apply(d, s) {
    if (d.title) return null;
    const title = titleBefore(s.tokens, d.first);
    return title ? { keep: reshape(d, { title }) } : null;
  },
});

export const titleAfterPlace = boundaryRule({
  id: 'title-after-place',
  description: 'An abbreviated title after a place, with no name after it, ends the place: "South Carolina Gov."',
  example: '[South Carolina] Gov. Nikki Haley',
  apply(d, s) {
    const { tokens } = s;
    if (d.last - d.first <= 1 || !lex.isPersonTitle(tokens[d.last - 1].text)) return null;
    const head = tokensText(s, d.first, d.last - 1);
    return lex.isPlace(head) || lex.isCountry(head) ? { keep: reshape(d, { last: d.last - 1 }) } : null;
  },
});
