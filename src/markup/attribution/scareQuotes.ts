/** Words in quote marks that are not quotations: scare quotes ("quack"), titles of works ("Face the Nation"). */
import { TITLE_SMALL_WORDS } from '../lexicon/speakers';

const quotedWordsUncached = (quoted: string) =>
  quoted
    .replace(/^[\s"“”‘’'«»„]+|[\s"“”‘’'«»„.,;:!?]+$/g, '')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));

// Quote texts repeat on every pass over an article: their word lists are remembered (bounded).
const wordsOfQuote = new Map<string, string[]>();
function quotedWords(quoted: string): string[] {
  let words = wordsOfQuote.get(quoted);
  if (!words) {
    if (wordsOfQuote.size > 20_000) wordsOfQuote.clear();
    words = quotedWordsUncached(quoted);
    wordsOfQuote.set(quoted, words);
  }
  return words;
}

/** Up to three words, or a title: not a quotation by itself. */
export function isTermInQuotes(quoted: string): boolean {
  return quotedWords(quoted).length <= 3 || isTitleInQuotes(quoted);
}

/** A short run of capitalised words: the title of a show, a book, a song ("Face the Nation"). */
export function isTitleInQuotes(quoted: string): boolean {
  const words = quotedWords(quoted);
  const small = (w: string) => TITLE_SMALL_WORDS.has(w.toLowerCase());
  return words.length >= 1 && words.length <= 7 && words.every((w) => small(w) || /^[\p{Lu}\d]/u.test(w)) && /^[\p{Lu}\d]/u.test(words[0]);
}

export const scareQuotesRule = {
  id: 'scare-quotes',
  description: 'Words in quote marks that nobody is said to say are scare quotes or titles, not quotes',
  example: 'The so-called ["safe zone"] was shelled again.',
} as const;
