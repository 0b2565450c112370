/**
 * The per-segment passes, in order: tokenize (compromise), propose names, settle their boundaries,
 * cast their type votes. Nothing here looks outside the segment, so the result can be cached by the
 * segment's text and reused when another paragraph is edited.
 */
import type { Firing } from '../rule';
import { tokenize, type Sentence, type Token } from '../tokens';
import { settle } from './boundaries';
import { draftEnd, draftText, type Candidate, type Draft, type SegmentContext } from './candidate';
import { proposeNames } from './propose';
import { castVotes } from './votes';
import { isMostlyUpperCase } from './words';

export interface SegmentAnalysis {
  length: number;
  tokens: Token[];
  sentences: Sentence[];
  candidates: Candidate[];
  /** Mostly upper case (a headline): capitalisation tells nothing here. */
  allCaps: boolean;
  /** The rules that fired in the segment (boundaries and growth), over segment offsets. */
  firings: Firing[];
}

function toCandidate(d: Draft, s: SegmentContext): Candidate {
  const end = draftEnd(d, s);
  const text = draftText(d, s);
  const { votes, evidence } = castVotes(s, d.first, d.last, text, d.title, s.text.slice(end, end + 40));
  return { start: s.tokens[d.first].start, end, first: d.first, last: d.last, text, title: d.title, weak: d.weak, votes, evidence };
}

export function analyzeSegment(text: string): SegmentAnalysis {
  const { tokens, sentences } = tokenize(text);
  const s: SegmentContext = { text, tokens, sentences, allCaps: isMostlyUpperCase(text), firings: [] };
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    proposeNames(s, sentence, (proposed) => {
      for (const d of settle(proposed, s)) candidates.push(toCandidate(d, s));
    });
  }
  return { length: text.length, tokens, sentences, candidates, allCaps: s.allCaps, firings: s.firings };
}
