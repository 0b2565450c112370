/**
 * In an interview (`../interview.ts`), the answers are the interviewee's words and the questions are
 * put to them: "I", "me", "my" in an answer and "you", "your" in a question stand for the person
 * interviewed.
 */
import * as lex from '../../lexicon';
import { pronounWord, type CorefContext } from '../context';
import { interviewOf, tokensOf, type ParagraphRole } from '../interview';
import { corefRule } from '../rule';

const SINGULAR_FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
const SECOND = new Set(['you', 'your', 'yours', 'yourself']);

/** Links every pronoun of `words` in paragraphs of `role` to the interviewee, outside quotes someone else says. */
function linkIn(ctx: CorefContext, role: ParagraphRole, words: ReadonlySet<string>, rule: string): void {
  const interview = interviewOf(ctx);
  if (!interview) return;
  interview.roles.forEach((r, p) => {
    if (r !== role) return;
    for (const i of tokensOf(ctx, p)) {
      const t = ctx.tokens[i];
      const word = pronounWord(t);
      if (!words.has(word.lower) || !lex.pronounInfo(word.text)) continue;
      const quote = ctx.quoteOf(t);
      if (quote && quote.speaker !== interview.interviewee) continue;
      ctx.link(interview.interviewee, i, i, 'pronoun', rule);
    }
  });
}

export const interviewFirstPerson = corefRule({
  id: 'interview-first-person',
  description: 'In an interview, "I", "me", "my" in an answer stand for the person interviewed (named in the headline or introduction)',
  example: 'Wikinews interviewed Ana Ruiz. … What drew you to the sea? [I] grew up on a boat.',
  apply(ctx) {
    linkIn(ctx, 'answer', SINGULAR_FIRST, this.id);
  },
});

export const interviewSecondPerson = corefRule({
  id: 'interview-second-person',
  description: 'In an interview, "you", "your" in a question stand for the person interviewed',
  example: 'Wikinews interviewed Ana Ruiz. … What drew [you] to the sea? I grew up on a boat.',
  apply(ctx) {
    linkIn(ctx, 'question', SECOND, this.id);
  },
});
