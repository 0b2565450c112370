/**
 * Titles next to a name ("Secretary of State Ana Ruiz", "the EU's foreign policy chief, Josep
 * Ferrer"): not part of the name, but evidence that it names a person.
 */
import * as lex from '../lexicon';
import type { Token } from '../tokens';
import { breaksAfter, breaksBefore, isAcronym, isNameToken } from './words';

const joinText = (tokens: readonly Token[]) => tokens.map((t) => t.text).join(' ');

/** The end of the run of capitalised words from `at`: same sentence, no stop or possessive between them. */
function capitalsEnd(tokens: readonly Token[], at: number, end: number, allCaps: boolean): number {
  let k = at;
  while (
    k < end &&
    k - at < 6 &&
    isNameToken(tokens[k], allCaps) &&
    (k === at || (!breaksAfter(tokens[k - 1]) && !breaksBefore(tokens[k])))
  )
    if (tokens[k++].possessive) break;
  return k;
}

/**
 * Whether the title word(s) [at, next) open the name after them rather than stand before a person's:
 * the run ends in a word that heads organization names, or the lexicon knows the whole as an organization
 * or a place ("General Motors", "General Assembly", "King Abdullah University"); or the title is a bare
 * given name before a surname ("Dean Martin").
 */
export function titleInName(tokens: readonly Token[], at: number, next: number, end: number, allCaps: boolean): boolean {
  const stop = capitalsEnd(tokens, next, end, allCaps);
  if (stop <= next || allCaps) return false;
  const whole = joinText(tokens.slice(at, stop)).replace(/['\u2019]s?$/, '');
  if (lex.isOrganization(whole) || lex.isPlace(whole) || lex.isCountry(whole)) return true;
  // "President Sean Mills": a given name and a surname that is also a head word are a person's name.
  const person = stop - next === 2 && !!lex.genderOfFirstName(tokens[next].text);
  if (lex.isOrgHeadWord(tokens[stop - 1].text) && !person) return true;
  const word = tokens[at].text;
  return next === at + 1 && stop === next + 1 && /^\p{Lu}\p{Ll}+$/u.test(word) && !!lex.genderOfFirstName(word);
}

/** The longest title (1–4 words) starting at token `at` and followed by a name: "Secretary of State", "Foreign Minister". */
export function titleAt(tokens: readonly Token[], at: number, end: number, allCaps: boolean): { title: string; next: number } | null {
  // "EU foreign policy chief": a name heading a title is a name of its own.
  const head = tokens[at].text;
  if ((isAcronym(head) || lex.isCountry(head) || lex.isPlace(head) || lex.isOrganization(head)) && !lex.isPersonTitle(head)) return null;
  for (let n = Math.min(4, end - at - 1); n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.slice(0, -1).some((t) => breaksAfter(t)) || words[n - 1].possessive) continue;
    const phrase = joinText(words);
    if (!lex.isPersonTitle(phrase)) continue;
    const next = tokens[at + n];
    if (next && isNameToken(next, allCaps) && !breaksBefore(next) && !lex.isPersonTitle(next.text))
      return { title: phrase.toLowerCase(), next: at + n };
    if (next && isNameToken(next, allCaps)) continue;
  }
  return null;
}

/** The longest title (1–3 words) ending right before token `at`, lower case. */
export function titleBefore(tokens: readonly Token[], at: number): string | null {
  for (let n = 3; n >= 1; n--) {
    const first = at - n;
    if (first < 0) continue;
    const words = tokens.slice(first, at);
    // An appositive role may stand before the name with a comma: "the EU's foreign policy chief, Josep Ferrer".
    const lastPost = tokens[at - 1].post.trim();
    if (words.some((t, i) => i < n - 1 && breaksAfter(t)) || tokens[at - 1].possessive || (lastPost && lastPost !== ',')) continue;
    if (words.some((t) => t.sentence !== tokens[at].sentence)) continue;
    const phrase = joinText(words);
    if (lex.isPersonTitle(phrase)) return phrase.toLowerCase();
  }
  return null;
}

/** The longest title (1–3 words) that opens tokens[first..last) with a name left after it: its word count, or 0. */
export function leadingTitleLength(tokens: readonly Token[], first: number, last: number): number {
  for (let n = Math.min(3, last - first - 1); n >= 1; n--) if (lex.isPersonTitle(joinText(tokens.slice(first, first + n)))) return n;
  return 0;
}

export { joinText };
