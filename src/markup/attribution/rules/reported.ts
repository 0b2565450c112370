/** Reported speech: a sentence without quote marks that says who said what. `…, Putin stressed.`, `X said that …`. */
import type { RuleInfo } from '../../rule';
import type { Sentence, Token } from '../../tokens';
import type { Span } from '../../types';
import type { AttributionContext, SpeakerGuess } from '../context';
import { phraseBefore, speakerOf } from '../phrases';

/** The reported content, its speaker and the verb. */
export interface Reported {
  content: Span;
  guess: SpeakerGuess;
  cue: Span;
}

/** A rule tried on a sentence without quote marks. `'stop'`: the sentence is settled without reported speech. */
export interface ReportedRule<Id extends string = string> extends RuleInfo<Id> {
  find(ctx: AttributionContext, s: Sentence): Reported | 'stop' | null;
}

const reportedRule = <const Id extends string>(rule: ReportedRule<Id>) => rule;

export const reportedContentSpeakerCue = reportedRule({
  id: 'reported-content-speaker-cue',
  description: 'The content, a comma, then the speaker and a verb of speech at the end of the sentence',
  example: '[The talks will go on], [the Russian leader] [stressed].',
  find(ctx, s) {
    const { tokens } = ctx;
    for (let i = s.last - 1; i > s.first && s.last - i <= 6; i--) {
      const n = ctx.cueAt(i, true);
      if (!n || s.last - (i + n) > 4) continue;
      const np = phraseBefore(ctx, i, s.first);
      if (!np || np[0] <= s.first || !/,\s*$/.test(tokens[np[0] - 1].post)) continue;
      const guess = speakerOf(ctx, np, 'reported-content-speaker-cue', s.start);
      if (!guess || guess.kind === 'other') continue;
      return { content: ctx.span(s.start, tokens[np[0] - 1].end), guess, cue: ctx.cueSpan(i, n) };
    }
    return null;
  },
});

export const reportedSpeakerCueThat = reportedRule({
  id: 'reported-speaker-cue-that',
  description: 'The speaker, a verb of speech and "that", then the content',
  example: '[Putin] [said] on Friday that [the talks would go on].',
  find(ctx, s) {
    const { tokens } = ctx;
    for (let i = s.first + 1; i < s.last - 2; i++) {
      const n = ctx.cueAt(i, true);
      if (!n) continue;
      let that = i + n;
      while (that < s.last && that - (i + n) < 4 && tokens[that].lower !== 'that') that++;
      // Only the first verb of speech is read: a "that" far from it belongs to something else.
      if (tokens[that]?.lower !== 'that' || that + 1 >= s.last) return 'stop';
      const np = phraseBefore(ctx, i, s.first);
      const guess = np && speakerOf(ctx, np, 'reported-speaker-cue-that', s.start);
      if (!guess || guess.kind === 'other') return 'stop';
      return { content: ctx.span(tokens[that + 1].start, s.end), guess, cue: ctx.cueSpan(i, n) };
    }
    return null;
  },
});

/** Verbs of speech that take a clause without "that": "said it would", "told reporters the vote was close". */
const BARE_CLAUSE_LEMMAS = new Set(['say', 'tell', 'add', 'warn', 'insist', 'argue', 'claim', 'predict', 'announce', 'confirm', 'admit']);
/** A clause's verb right after its subject: a modal, an auxiliary, a copula or a verb in the past. */
const clauseVerb = (t: Token) =>
  t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula') || (t.tags.has('Verb') && /ed$/.test(t.lower));

/** Where the clause after a verb of speech (and its object, for "tell") starts, when a subject and its verb open it; else -1. */
function bareClauseAt(ctx: AttributionContext, s: Sentence, after: number, lemma: string): number {
  const { tokens } = ctx;
  // "told reporters the vote …", "told him it …": a one-word object of "tell" comes first.
  if (lemma === 'tell' && tokens[after]?.tags.has('Determiner')) return -1;
  const from = lemma === 'tell' ? after + 1 : after;
  if (from >= s.last || tokens[from].tags.has('Preposition') || tokens[from].tags.has('Date') || /[^\s]/.test(tokens[from - 1].post))
    return -1;
  for (let k = from; k < s.last && k - from < 5; k++) {
    if (k > from && clauseVerb(tokens[k])) return tokens[from].tags.has('Verb') || tokens[from].tags.has('Adverb') ? -1 : from;
    if (/[^\s'’-]/.test(tokens[k].post.replace(/^['’]s?/, '')) || tokens[k].tags.has('Preposition')) return -1;
  }
  return -1;
}

export const reportedSpeakerCueClause = reportedRule({
  id: 'reported-speaker-cue-clause',
  description: 'The speaker, a verb of speech, then a clause without "that": its subject and verb',
  example: '[The Federal Audit Office] [said] [it would review the plan].',
  find(ctx, s) {
    const { tokens } = ctx;
    for (let i = s.first + 1; i < s.last - 2; i++) {
      const n = ctx.cueAt(i, true);
      if (!n) continue;
      // Only the first verb of speech is read; "that" is the next rule's.
      const lemma = tokens[i].cue?.lemma ?? '';
      if (!BARE_CLAUSE_LEMMAS.has(lemma) || n !== 1 || tokens.slice(i + 1, i + 5).some((t) => t.lower === 'that')) return null;
      const from = bareClauseAt(ctx, s, i + 1, lemma);
      if (from < 0) return null;
      const np = phraseBefore(ctx, i, s.first);
      const guess = np && speakerOf(ctx, np, 'reported-speaker-cue-clause', s.start);
      if (!guess || guess.kind === 'other') return null;
      return { content: ctx.span(tokens[from].start, s.end), guess, cue: ctx.cueSpan(i, n) };
    }
    return null;
  },
});

export const REPORTED_RULES = [reportedContentSpeakerCue, reportedSpeakerCueClause, reportedSpeakerCueThat] as const;
