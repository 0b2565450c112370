/**
 * User corrections: what a reader told the engine about an article's names and quotes. They are an
 * input of `analyze` (`AnalyzeOptions.corrections`), never a patch on its output, so that a retyped
 * name changes the people, the speakers, pronoun resolution and attribution consistently.
 * On disk: `.news-markup.json` at the root of a workspace folder (schemas/news-markup.schema.json).
 */
import type { EntityType } from '../types';

/**
 * A correction of a name. Exactly one of `type` (alone), `notAName`, `mark`, `sameAs`, `notSameAs`
 * says what to do; `article` limits it to one article (a path relative to the corrections file).
 */
export interface NameCorrection {
  /** The name as the article writes it (matched like the engine groups names: case and stops ignored). */
  name: string;
  /** Alone: the entity with this name has this type. With `mark`: the type of the marked words. */
  type?: EntityType;
  /** The words are not a name: no entity, no mention. */
  notAName?: true;
  /** The words are a name of `type` wherever they appear (whole words, case as written), even where the engine saw none. */
  mark?: true;
  /** The name is another name of this entity: one entity. */
  sameAs?: string;
  /** The name is not the entity with this name: two entities. */
  notSameAs?: string;
  article?: string;
}

/**
 * A correction of one quote, anchored by its words (and the words before it), not by offsets, so it
 * survives edits elsewhere in the article. Exactly one of `speaker`, `notAQuote`, `markAsQuote`;
 * `markAsQuote` may come with `speaker`.
 */
export interface QuoteCorrection {
  article: string;
  /** The quoted words as the article writes them (without the quote marks, or with them). */
  quote: string;
  /** A few words right before the quote, when the same words are quoted twice. */
  context?: string;
  /** The name of the entity who speaks; null: nobody the article names. */
  speaker?: string | null;
  /** Quote marks around words nobody says: not a quote. */
  notAQuote?: true;
  /** Words the engine missed: a quote. */
  markAsQuote?: true;
}

export interface Corrections {
  version: 1;
  names: NameCorrection[];
  quotes: QuoteCorrection[];
}

export type NameCorrectionKind = 'retype' | 'notAName' | 'mark' | 'sameAs' | 'notSameAs';
export type QuoteCorrectionKind = 'speaker' | 'notAQuote' | 'markAsQuote';

export function nameCorrectionKind(c: NameCorrection): NameCorrectionKind {
  if (c.notAName) return 'notAName';
  if (c.mark) return 'mark';
  if (c.sameAs !== undefined) return 'sameAs';
  if (c.notSameAs !== undefined) return 'notSameAs';
  return 'retype';
}

export function quoteCorrectionKind(c: QuoteCorrection): QuoteCorrectionKind {
  if (c.notAQuote) return 'notAQuote';
  if (c.markAsQuote) return 'markAsQuote';
  return 'speaker';
}

/** A correction whose words the article no longer holds: kept in the file, reported, never silently dropped. */
export interface StaleCorrection {
  /** Which list of the corrections given to `analyze`, and the entry's index in it. */
  list: 'names' | 'quotes';
  index: number;
  /** The entry in words: `name "Harbour Centre"`, `quote "We will stay"`. */
  key: string;
  reason: string;
}

/** What `analyze` did with the corrections it was given (present only when some were given). */
export interface CorrectionsOutcome {
  applied: number;
  stale: StaleCorrection[];
}

export const emptyCorrections = (): Corrections => ({ version: 1, names: [], quotes: [] });
