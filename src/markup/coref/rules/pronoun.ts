/**
 * "he", "his", "she", "her": the person a third-person pronoun stands for, read in one pass over
 * the article. Each person's mentions (names, roles, pronouns already tied) keep a short list of
 * the people in view, most recent first; a pronoun takes the subject of its own sentence when the
 * gender fits, else the subject of the sentence before when known to be of that gender, else the
 * latest person in view whose gender fits, and becomes a mention of that person in turn.
 */
import * as lex from '../../lexicon';
import type { Token } from '../../tokens';
import type { Gender } from '../../types';
import { pronounWord, type CorefContext } from '../context';
import { interviewOf } from '../interview';
import { Recency, type InView } from '../recency';
import { corefRule } from '../rule';

/** People further back than this many sentences are out of view; a person whose gender is known stays longer. */
const REACH = 3;
const KNOWN_REACH = 8;
/** How many people are kept in view. */
const IN_VIEW = 6;

const isPossessive = (t: Token) => t.possessive || lex.pronounInfo(t.text)?.case === 'possessive';

export const pronounAgreement = corefRule({
  id: 'pronoun-agreement',
  description:
    '"he", "his", "she", "her" stand for the subject of their sentence if the gender fits, else that of the sentence before, ' +
    'else the latest person in view of that gender',
  example: 'Ana Ruiz flew to Lima on Monday. [She] met the mayor there.',
  apply(ctx) {
    const { tokens } = ctx;
    const interview = interviewOf(ctx);
    // People only (not "I" or "you"): their names, roles and the pronouns tied to them so far.
    const recency = new Recency(ctx, IN_VIEW, (id, m) => ctx.evidentPeople.has(id) && (lex.pronounInfo(m.text)?.person ?? 3) === 3);
    // The first person named in the current sentence: its subject, as often as not.
    let subject = null as InView | null;
    const see = (id: string, at: number, last: Token) => {
      // "His father X said he…": a possessive is not the sentence's subject.
      if ((!subject || subject.sentence !== tokens[at].sentence) && !isPossessive(last)) subject = recency.view[0];
    };
    for (let i = 0; i < tokens.length; i++) {
      recency.advance(i + 1, (e) => see(e.id, e.at, tokens[Math.max(e.at, ctx.tokenAt(e.mention.end) - 1)]));
      const g = genderOf(pronounWord(tokens[i]).text);
      if (!g || ctx.isTaken(i)) continue;
      // In an answer the interviewee is "I"; in a quote the speaker is: "he" is someone else.
      const quote = ctx.quoteOf(tokens[i]);
      const inInterview = interview && interview.roles[ctx.paragraphOf(tokens[i].start)] !== 'intro';
      const excluded = new Set([quote?.speaker, inInterview ? interview.interviewee : undefined]);
      const own = subject?.sentence === tokens[i].sentence && !excluded.has(subject.id) && ctx.fits(subject.id, g) ? subject.id : null;
      // The subject of the sentence before, known to be of that gender, goes on being talked about.
      const before =
        subject?.sentence === tokens[i].sentence - 1 && !excluded.has(subject.id) && ctx.gender.get(subject.id) === g ? subject.id : null;
      const id = own ?? before ?? antecedent(ctx, recency.view, i, g, excluded);
      if (id && ctx.link(id, i, i, 'pronoun', this.id)) {
        // Tied to the only person in view, the pronoun tells that person's gender.
        if (!ctx.gender.has(id)) ctx.gender.set(id, g);
        recency.see(id, i);
        see(id, i, tokens[i]);
      }
    }
  },
});

function genderOf(word: string): Gender | undefined {
  const info = lex.pronounInfo(word);
  return info?.person === 3 && (info.gender === 'male' || info.gender === 'female') ? info.gender : undefined;
}

/**
 * Before the pronoun's sentence: the latest person in view whose gender is known to fit; else, when
 * nobody of that gender is known, the one person in view whose gender is unknown (with two, the
 * pronoun is left alone).
 */
function antecedent(ctx: CorefContext, view: readonly InView[], i: number, g: Gender, excluded: ReadonlySet<string | null | undefined>) {
  const sentence = ctx.tokens[i].sentence;
  const open = view.filter((s) => !excluded.has(s.id) && ctx.fits(s.id, g));
  const known = open.filter((s) => ctx.gender.get(s.id) === g && sentence - s.sentence <= KNOWN_REACH);
  if (known.length) return known[0].id;
  const unknown = open.filter((s) => sentence - s.sentence <= REACH);
  return unknown.length === 1 ? unknown[0].id : null;
}
