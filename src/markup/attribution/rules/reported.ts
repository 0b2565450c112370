/** Reported speech: a sentence without quote marks that says who said what. `…, Putin stressed.`, `X said that …`. */
import type { RuleInfo } from '../../rule';
import type { Sentence } from '../../tokens';
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

export const REPORTED_RULES = [reportedContentSpeakerCue, reportedSpeakerCueThat] as const;
