/**
 * The shape of an interview, read from the text itself: paragraphs that end in a question mark,
 * each followed by an answer, and asked of "you". Before the first question comes the
 * introduction; the person interviewed is the one the headline names, or the one the
 * introduction names next to an interview word ("Wikinews interviewed X", "X spoke to us").
 */
import { INTERVIEW_WORDS } from '../lexicon/coref';
import { firstAtOrAfter } from '../spans';
import type { CorefContext } from './context';

export type ParagraphRole = 'intro' | 'question' | 'answer';

export interface Interview {
  /** The entity interviewed. */
  interviewee: string;
  /** The role of each paragraph of the article. */
  roles: ParagraphRole[];
}

/** Fewer questions than this, each followed by an answer and put to "you", and the article is not read as an interview. */
const MIN_QUESTIONS = 2;
const SECOND_PERSON = new Set(['you', 'your', 'yours', 'yourself']);
// A paragraph that ends in a quoted question ('…, would it?"') is someone's words, not the interviewer's.
const QUESTION_END = /\?[)\]]*$/;

const cache = new WeakMap<CorefContext, Interview | null>();

/** The article's interview shape, or null when it is not an interview (or nobody is named as interviewed). */
export function interviewOf(ctx: CorefContext): Interview | null {
  if (!cache.has(ctx)) cache.set(ctx, readInterview(ctx));
  return cache.get(ctx)!;
}

function readInterview(ctx: CorefContext): Interview | null {
  const { paragraphs, text } = ctx;
  const question = paragraphs.map((p) => QUESTION_END.test(text.slice(p.start, p.end)));
  let answered = 0;
  let addressed = 0;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    if (!question[p]) continue;
    if (!question[p + 1]) answered++;
    if (tokensOf(ctx, p).some((i) => SECOND_PERSON.has(ctx.tokens[i].lower))) addressed++;
  }
  if (answered < MIN_QUESTIONS || addressed < MIN_QUESTIONS) return null;
  const first = question.indexOf(true);
  const roles = paragraphs.map((_, p): ParagraphRole => (p < first ? 'intro' : question[p] ? 'question' : 'answer'));
  const interviewee = intervieweeOf(ctx, first);
  return interviewee ? { interviewee, roles } : null;
}

/** Token indices of paragraph p. */
export function tokensOf(ctx: CorefContext, p: number): number[] {
  const { tokens, paragraphs } = ctx;
  const out: number[] = [];
  for (let i = firstAtOrAfter(tokens, paragraphs[p].start); i < tokens.length && tokens[i].start < paragraphs[p].end; i++) out.push(i);
  return out;
}

/**
 * The one person named in the headline (not as its topic: "… on the Smith affair"); else the one
 * person the introduction names next to an interview word.
 */
function intervieweeOf(ctx: CorefContext, firstQuestion: number): string | null {
  const headline = personsIn(ctx, 0);
  const topic = tokensOf(ctx, 0).find((i) => TOPIC_WORDS.has(ctx.tokens[i].lower)) ?? Infinity;
  const inHeadline = new Set(headline.filter((m) => m.first < topic).map((m) => m.id));
  if (headline.length) return inHeadline.size === 1 ? [...inHeadline][0] : null;
  const near = new Set<string>();
  const isCue = (i: number) => INTERVIEW_WORDS.has(ctx.tokens[i]?.lower ?? '');
  for (let p = 1; p < firstQuestion; p++) {
    for (const m of personsIn(ctx, p)) {
      // "interviewed X", "an interview with X", "X spoke to", "X was interviewed"
      const before = [m.first - 1, m.first - 2, m.first - 3].some(isCue);
      const after = [m.last + 1, m.last + 2].some(isCue);
      if (before || after) near.add(m.id);
    }
  }
  return near.size === 1 ? [...near][0] : null;
}

const TOPIC_WORDS = new Set(['on', 'about', 'over', 'regarding']);

/** The people named in paragraph p, with the first and last token of each mention. */
function personsIn(ctx: CorefContext, p: number): Array<{ first: number; last: number; id: string }> {
  const out: Array<{ first: number; last: number; id: string }> = [];
  const tokens = tokensOf(ctx, p);
  for (const i of tokens) {
    const mention = ctx.nameMentionAt(ctx.tokens[i].start);
    if (!mention || ctx.entityById.get(mention.id)!.type !== 'person') continue;
    let last = i;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].start < mention.end) last++;
    out.push({ first: i, last, id: mention.id });
  }
  return out;
}
