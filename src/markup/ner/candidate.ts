/**
 * The name candidates of one segment, from the first proposal (a run of capitalised words) to the
 * candidate with its settled boundaries and its type votes. Offsets and token indexes are relative
 * to the segment until `analyze` places the segment in the document.
 */
import type { EntityType, Votes } from '../types';
import type { Firing } from '../rule';
import type { Sentence, Token } from '../tokens';

/** A vote for a type, cast by a cue or a lexicon: which rule, for what, how strongly. */
export interface Vote {
  rule: string;
  type: EntityType;
  weight: number;
}

export interface Candidate {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  text: string;
  /** Sum of the votes by type. */
  votes: Votes;
  /** Every vote in the order it was cast. */
  evidence: Vote[];
  /** Title words right before the name ("President", "Foreign Minister"), lower case. */
  title: string | null;
  /** Found in an ALL-CAPS line (a headline) or alone at a clause start: only trusted when the name is known otherwise. */
  weak: boolean;
}

/** A name being shaped: the boundary rules move its edges, split it or drop it. */
export interface Draft {
  sentence: Sentence;
  first: number;
  last: number;
  /** An end past the last token's word (a stop that belongs to the name, a possessive that is part of it). */
  end: number | null;
  title: string | null;
  /** The title the proposal saw before the name, handed on to the pieces of a split. */
  knownTitle: string | null;
  weak: boolean;
  /** Boundary rules that changed this draft, in order. */
  shapedBy: string[];
}

/** What the passes of one segment read and write. */
export interface SegmentContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Mostly upper case (a headline): capitalisation tells nothing here. */
  allCaps: boolean;
  /** Rules that fired in this segment, over segment offsets. */
  firings: Firing[];
}

export const emptyVotes = (): Votes => ({ person: 0, organization: 0, place: 0 });

export function draft(sentence: Sentence, first: number, last: number, weak: boolean, knownTitle: string | null): Draft {
  return { sentence, first, last, end: null, title: knownTitle, knownTitle, weak, shapedBy: [] };
}

/** The draft's end offset in the segment. */
export const draftEnd = (d: Draft, s: SegmentContext) => d.end ?? s.tokens[d.last - 1].end;

/** The draft's words as written. */
export const draftText = (d: Draft, s: SegmentContext) => s.text.slice(s.tokens[d.first].start, draftEnd(d, s));

/** The text of tokens [first, last) as written. */
export const tokensText = (s: SegmentContext, first: number, last: number) => s.text.slice(s.tokens[first].start, s.tokens[last - 1].end);
