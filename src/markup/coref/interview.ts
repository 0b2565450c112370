/**
 * The shape of an interview, read from the text itself: paragraphs that end in a question mark,
 * each followed by an answer, and asked of "you". Before the first question comes the
 * introduction; the person interviewed is the one the headline names, or the one the
 * introduction names next to an interview word ("Wikinews interviewed X", "X spoke to us").
 */
import * as lex from '../lexicon';
import { INTERVIEW_WORDS } from '../lexicon/coref';
import { CREDIT_LABELS } from '../lexicon/furniture';
import { firstAtOrAfter } from '../spans';
import { pronounWord, type CorefContext } from './context';

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
const SINGULAR_FIRST = new Set(['i', 'me', 'my', 'mine', 'myself']);
/** Tokens: questions are seldom longer than this. */
const LONG_QUESTION = 90;
/** Tokens: a question without a question mark ("You have won twice.") is short. */
const SHORT_QUESTION = 40;
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
  const question = paragraphs.map((p, k) => QUESTION_END.test(text.slice(p.start, p.end)) && !isLongFirstPerson(ctx, k));
  let answered = 0;
  let addressed = 0;
  for (let p = 0; p + 1 < paragraphs.length; p++) {
    if (!question[p]) continue;
    if (!question[p + 1]) answered++;
    if (tokensOf(ctx, p).some((i) => SECOND_PERSON.has(pronounWord(ctx.tokens[i]).lower))) addressed++;
  }
  const first = question.indexOf(true);
  // "Wikinews interviewed X": the introduction says it is an interview, and fewer questions need say "you"
  // ("asked" or "told" would not do: a report asks questions too).
  const announced =
    first > 0 &&
    Array.from({ length: first }, (_, p) => tokensOf(ctx, p)).some((ts) => ts.some((i) => ctx.tokens[i].lower.startsWith('interview')));
  if (Math.min(answered, addressed) < (announced ? 1 : MIN_QUESTIONS)) return null;
  const roles = paragraphs.map((_, p): ParagraphRole => (p < first ? 'intro' : question[p] ? 'question' : 'answer'));
  const interviewee = intervieweeOf(ctx, first);
  if (!interviewee) return null;
  readOpening(ctx, roles, first);
  return { interviewee, roles };
}

/**
 * Before the first question mark the interview may have begun already: a paragraph that speaks in
 * the first person (outside quotes) is an answer — the introduction is written of the interviewee,
 * not by them — unless it is a short one that speaks to "you" just before an answer: that is the
 * question it answers ("You have received a lot of attention lately." — "Even though I'm not
 * famous, …"; "I wanted to ask if you will speak at the rally." — "I will.").
 */
function readOpening(ctx: CorefContext, roles: ParagraphRole[], first: number): void {
  for (let p = first - 1; p >= 1; p--) {
    const tokens = tokensOf(ctx, p).filter((i) => !ctx.quoteOf(ctx.tokens[i]));
    const has = (words: ReadonlySet<string>) =>
      tokens.some((i) => words.has(pronounWord(ctx.tokens[i]).lower) && lex.pronounInfo(pronounWord(ctx.tokens[i]).text));
    if (roles[p + 1] === 'answer' && has(SECOND_PERSON) && tokens.length <= SHORT_QUESTION) roles[p] = 'question';
    else if (has(SINGULAR_FIRST)) roles[p] = 'answer';
  }
}

/** A long paragraph full of "I" that ends in a question mark is an answer that ends in a question, not the interviewer's. */
function isLongFirstPerson(ctx: CorefContext, p: number): boolean {
  const tokens = tokensOf(ctx, p);
  return tokens.length > LONG_QUESTION && tokens.filter((i) => SINGULAR_FIRST.has(pronounWord(ctx.tokens[i]).lower)).length >= 3;
}

/** Token indices of paragraph p. */
export function tokensOf(ctx: CorefContext, p: number): number[] {
  const { tokens, paragraphs } = ctx;
  const out: number[] = [];
  for (let i = firstAtOrAfter(tokens, paragraphs[p].start); i < tokens.length && tokens[i].start < paragraphs[p].end; i++) out.push(i);
  return out;
}

/**
 * The person interviewed: the one person the headline names (not as its topic: "… on the Smith
 * affair"); else the one person the introduction names next to an interview word ("Wikinews
 * interviewed X"), or with the role the headline gives ("interviews bar owner" ~ "owner X"); else
 * the one person the introduction names at all (photo credits aside).
 */
function intervieweeOf(ctx: CorefContext, firstQuestion: number): string | null {
  const headlineTokens = tokensOf(ctx, 0);
  const topic = headlineTokens.find((i) => TOPIC_WORDS.has(ctx.tokens[i].lower)) ?? Infinity;
  const inHeadline = new Set(
    personsIn(ctx, 0)
      .filter((m) => m.first < topic)
      .map((m) => m.id),
  );
  if (inHeadline.size) return inHeadline.size === 1 ? [...inHeadline][0] : null;
  const intro = Array.from({ length: Math.max(0, firstQuestion - 1) }, (_, k) => personsIn(ctx, k + 1)).flat();
  const isCue = (i: number, m: { first: number }) =>
    INTERVIEW_WORDS.has(ctx.tokens[i]?.lower ?? '') && ctx.tokens[i].sentence === ctx.tokens[m.first].sentence;
  // "interviewed X", "an interview with X", "X spoke to", "X was interviewed"
  const near = intro.filter((m) => [m.first - 1, m.first - 2, m.first - 3, m.last + 1, m.last + 2].some((i) => isCue(i, m)));
  const roles = headlineTokens.filter((i) => i < topic && lex.roleNounInfo(ctx.tokens[i].lower)?.kind === 'person');
  // Without an interview word, a name typed a person for its shape alone ("Pacific Standard") is not enough.
  const evident = intro.filter((m) => ctx.evidentPeople.has(m.id));
  const titled = evident.filter((m) =>
    roles.some((i) => [...(ctx.titles.get(m.id) ?? [])].some((t) => t.split(' ').includes(ctx.tokens[i].lower))),
  );
  for (const found of [near, titled, evident]) {
    const ids = new Set(found.map((m) => m.id));
    if (ids.size) return ids.size === 1 ? [...ids][0] : null;
  }
  return null;
}

/** "… Shimon Peres image: Ana Ruiz.": a name after a credit label is the photographer's, even where the frame left the caption in. */
function isCredited(ctx: CorefContext, i: number): boolean {
  const label = ctx.tokens[i - 1];
  return !!label && label.post.trim() === ':' && CREDIT_LABELS.has(label.text[0].toUpperCase() + label.text.slice(1).toLowerCase());
}

const TOPIC_WORDS = new Set(['on', 'about', 'over', 'regarding']);

/** The people named in paragraph p, with the first and last token of each mention (credits are left out before coreference). */
function personsIn(ctx: CorefContext, p: number): Array<{ first: number; last: number; id: string }> {
  const out: Array<{ first: number; last: number; id: string }> = [];
  const tokens = tokensOf(ctx, p);
  for (const i of tokens) {
    const mention = ctx.nameMentionAt(ctx.tokens[i].start);
    if (!mention || ctx.entityById.get(mention.id)!.type !== 'person' || isCredited(ctx, i)) continue;
    let last = i;
    while (last + 1 < ctx.tokens.length && ctx.tokens[last + 1].start < mention.end) last++;
    out.push({ first: i, last, id: mention.id });
  }
  return out;
}
