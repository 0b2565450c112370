/** The rule every user correction is recorded under, in the evidence and in the trace. */
import type { RuleInfo } from '../rule';

export const USER_CORRECTION = {
  id: 'user-correction',
  description:
    'The reader corrected this (a type, not a name, marked, same or not the same entity, a speaker, a quote): it wins over every rule',
  example: '{"name": "Harbour Metrics", "type": "organization"} … [Harbour Metrics] said',
} as const satisfies RuleInfo<'user-correction'>;

/** Whole-word, case-sensitive occurrences of some words in a text: where a marked name is. */
export function occurrences(text: string, words: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  const wordChar = (c: string | undefined) => !!c && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(words); at >= 0 && words.length; at = text.indexOf(words, at + 1)) {
    if (!wordChar(text[at - 1]) && !wordChar(text[at + words.length])) found.push({ start: at, end: at + words.length });
  }
  return found;
}
