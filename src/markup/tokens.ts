/**
 * Tokens and sentences of one segment, with offsets relative to the segment, from compromise's
 * tokenizer (through the adapter). Each token keeps compromise's tags and the speech verb that
 * starts at it, looked up once here so that the document-level passes never look it up again.
 */
import * as lex from './lexicon';
import type { SpeechCue } from './lexicon/speech';
import { tagSentences } from './nlp/compromise';

/** The tags of compromise the rules read; a token keeps only these. */
const TAGS = [
  'Acronym',
  'Actor',
  'Adjective',
  'Adverb',
  'Auxiliary',
  'City',
  'Conjunction',
  'Copula',
  'Country',
  'Date',
  'Determiner',
  'Expression',
  'FirstName',
  'Honorific',
  'LastName',
  'Modal',
  'Negative',
  'Organization',
  'Person',
  'Place',
  'Preposition',
  'Pronoun',
  'ProperNoun',
  'QuestionWord',
  'Region',
  'Verb',
] as const;
export type Tag = (typeof TAGS)[number];
const BIT = new Map<string, number>(TAGS.map((tag, i) => [tag, 1 << i]));

/**
 * A token's tags as bits. Sets are shared between tokens with the same tags (a few hundred kinds in
 * a whole article), so a long article does not keep one of compromise's Set objects per word.
 */
export class TagSet {
  private constructor(private readonly bits: number) {}
  has(tag: Tag): boolean {
    return (this.bits & BIT.get(tag)!) !== 0;
  }
  private static readonly shared = new Map<number, TagSet>();
  static of(tags: Iterable<string>): TagSet {
    let bits = 0;
    for (const tag of tags) bits |= BIT.get(tag) ?? 0;
    let set = TagSet.shared.get(bits);
    if (!set) TagSet.shared.set(bits, (set = new TagSet(bits)));
    return set;
  }
}

export interface Token {
  start: number;
  /** End of the word proper: a possessive ’s and trailing punctuation are outside. */
  end: number;
  text: string;
  /** Lower case, apostrophes straightened, possessive removed. */
  lower: string;
  tags: TagSet;
  pre: string;
  post: string;
  sentence: number;
  possessive: boolean;
  /** The speech verb starting here ("said", "pointed out"), or null. */
  cue: SpeechCue | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

const ABBREVIATION_WITHOUT_LAST_STOP = /^(?:\p{Lu}\.)+\p{Lu}$/u;
const POSSESSIVE = /^(.+?)(?:['\u2019]s|(?<=s)['\u2019])$/i;

export function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const terms of tagSentences(text)) {
    const first = tokens.length;
    for (const term of terms) {
      if (!term.text) continue; // contractions expand into empty implicit terms
      const start =
        term.offset && text.substr(term.offset.start, term.text.length) === term.text ? term.offset.start : text.indexOf(term.text, cursor);
      if (start < 0) continue;
      cursor = start + term.text.length;
      tokens.push(tokenAt(text, start, term.text, term.post, term.pre, term.tags, sentences.length));
    }
    markSpeechCues(tokens, first);
    if (tokens.length === first) continue;
    const prev = sentences[sentences.length - 1];
    if (prev && titleBeforeName(tokens, first)) {
      for (let k = first; k < tokens.length; k++) tokens[k].sentence = sentences.length - 1;
      prev.end = tokens[tokens.length - 1].end;
      prev.last = tokens.length;
    } else sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, first, last: tokens.length });
  }
  return { tokens, sentences };
}

const CLOSED_CLASS = ['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord'] as const;

/**
 * A sentence that ends in an abbreviated title ("said Del.", "Amb.") before a name on the same line
 * does not end there: a title abbreviation never ends a sentence. "Dover, Del. The …" (a state after
 * a comma, a function word after it) does.
 */
function titleBeforeName(tokens: readonly Token[], first: number): boolean {
  const title = tokens[first - 1];
  const next = tokens[first];
  if (!/^\.[ \t]*$/.test(title.post) || !/^\p{Lu}\p{Ll}/u.test(next.text) || CLOSED_CLASS.some((tag) => next.tags.has(tag))) return false;
  if (/,\s*$/.test(tokens[first - 2]?.post ?? '')) return false;
  return !/^\p{Lu}$/u.test(title.text) && lex.personTitles.has(title.lower + '.');
}

function tokenAt(text: string, start: number, word: string, post: string, pre: string, tags: Iterable<string>, sentence: number): Token {
  // "(U.S.)": compromise leaves the abbreviation's last stop in the punctuation after it.
  if (ABBREVIATION_WITHOUT_LAST_STOP.test(word) && post.startsWith('.') && text[start + word.length] === '.') {
    word += '.';
    post = post.slice(1);
  }
  const possessiveMatch = POSSESSIVE.exec(word);
  if (possessiveMatch) word = possessiveMatch[1];
  return {
    start,
    end: start + word.length,
    text: word,
    lower: word.toLowerCase().replace(/\u2019/g, "'"),
    tags: TagSet.of(tags),
    pre,
    post,
    sentence,
    possessive: !!possessiveMatch,
    cue: null,
  };
}

function markSpeechCues(tokens: Token[], first: number): void {
  for (let i = first; i < tokens.length; i++) {
    // A two-word cue ("pointed out") only when nothing but space separates its words.
    const next = i + 1 < tokens.length && !/[^\s]/.test(tokens[i].post) ? tokens[i + 1].lower : undefined;
    tokens[i].cue = lex.speechCue(tokens[i].lower, next) ?? null;
  }
}
