/**
 * The one module that talks to compromise: its tokenizer, its lexicon and its pre-tagger, typed
 * here so that the rest of the engine never reaches into compromise's objects itself.
 */
import nlp from 'compromise';

/** A term as compromise's tokenizer and pre-tagger leave it. */
export interface TaggedTerm {
  text: string;
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Character offset into the tagged text, when compromise could compute it. */
  offset?: { start: number; length: number };
}

/** compromise's internal term, with the offset its `offset` compute adds (not in its published types). */
type InternalTerm = TaggedTerm & { tags: Set<string> };
type Lexicon = Record<string, string | string[] | undefined>;

/**
 * The sentences of a text as compromise tokenizes them, each term tagged by its lexicon and
 * pre-tagger only: the post-tagger (pattern sweeps) costs four fifths of a full run, and the
 * engine's own rules settle what it would.
 */
export function tagSentences(text: string): ReadonlyArray<ReadonlyArray<TaggedTerm>> {
  const doc = nlp.tokenize(text);
  doc.compute(['index', 'lexicon', 'preTagger', 'offset']);
  // The documented `.json()` builds the same data far slower than reading the document's terms.
  return doc.document as InternalTerm[][];
}

let lexicon: Lexicon | undefined;

/** What compromise's lexicon says of a lower-case word: its tag (or tags), or undefined. */
export function lexiconEntry(lower: string): string | string[] | undefined {
  lexicon ??= (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon;
  return Object.prototype.hasOwnProperty.call(lexicon, lower) ? lexicon[lower] : undefined;
}
