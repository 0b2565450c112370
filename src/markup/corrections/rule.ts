/** The rule every user correction is recorded under, in the evidence and in the trace. */
import type { RuleInfo } from '../rule';

export const USER_CORRECTION = {
  id: 'user-correction',
  description:
    'The reader corrected this (a type, not a name, marked, same or not the same entity, a speaker, a quote): it wins over every rule',
  example: '{"name": "Harbour Metrics", "type": "organization"} … [Harbour Metrics] said',
} as const satisfies RuleInfo<'user-correction'>;

const WORD_BREAK = /[^\p{L}\p{N}]+/u;
/** The words of the last text looked in, lower case: most corrections name words an article does not hold. */
let wordsOf: { text: string; words: Set<string> } = { text: '', words: new Set() };

/** A correction's words, lower case, split once: the same file's entries are looked for in every article. */
const correctionWords = new Map<string, string[]>();
function wordsOfCorrection(words: string): string[] {
  let found = correctionWords.get(words);
  if (!found) {
    if (correctionWords.size > 20_000) correctionWords.clear();
    found = words.toLowerCase().split(WORD_BREAK);
    correctionWords.set(words, found);
  }
  return found;
}

/**
 * Whether every word of some words is a word of the text (case aside): a quick no for most of a
 * long corrections file, before the text is searched. `partialEdges`: the first and last words may be
 * pieces of words (a quote copied from mid-word).
 */
export function mayHold(text: string, words: string, partialEdges = false): boolean {
  if (wordsOf.text !== text) wordsOf = { text, words: new Set(text.toLowerCase().split(WORD_BREAK)) };
  const wanted = wordsOfCorrection(words);
  const inner = partialEdges ? wanted.slice(1, -1) : wanted;
  return inner.every((w) => !w || wordsOf.words.has(w));
}

/** The text's words with dots taken out (as the engine's name keys take them out: "U.S." is "us"), lower case. */
let looseWordsOf: { text: string; words: Set<string> } = { text: '', words: new Set() };

/**
 * Whether a name can be in the text at all, as a name the engine found (keys ignore case and dots) or
 * as words: false means no group of the article has its key and no occurrence holds it. A quick no for
 * the many names of a corrections file that an article does not mention.
 */
export function mayName(text: string, name: string): boolean {
  if (looseWordsOf.text !== text) looseWordsOf = { text, words: new Set(text.replace(/\./g, '').toLowerCase().split(WORD_BREAK)) };
  return wordsOfCorrection(name.replace(/\./g, '')).every((w) => !w || looseWordsOf.words.has(w));
}

/** Whole-word, case-sensitive occurrences of some words in a text: where a marked name is. */
export function occurrences(text: string, words: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  if (!mayHold(text, words)) return found;
  const wordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(words); at >= 0 && words.length; at = text.indexOf(words, at + 1)) {
    if (!wordChar(text[at - 1]) && !wordChar(text[at + words.length])) found.push({ start: at, end: at + words.length });
  }
  return found;
}
