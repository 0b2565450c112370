/**
 * "Ana Ruiz, the bank's chief executive, said…", "Tom Reyes, 42, …", "Norvik, a ferry company,",
 * "the head of the union, Ana Ruiz,": a role set off by commas right after or before a name (an
 * apposition) describes the one named, and is a descriptor mention of them. Only a phrase whose
 * head is a role of the entity's kind (a person's role for a person, an organization noun for an
 * organization), with no clause or other name in it.
 */
import * as lex from '../../lexicon';
import type { Token } from '../../tokens';
import type { CorefContext } from '../context';
import { corefRule } from '../rule';

/** Tokens an apposition may take: "a former member of the national wheelchair basketball team". */
const LONGEST = 14;
/** Words that open a clause, not a description: "X, who…", "X, said…". */
const CLAUSE_WORDS = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'and', 'or', 'but', 'said', 'says']);
/** Words after which the role's head is behind: "president of…", "curator at…". */
const AFTER_HEAD = new Set(['of', 'at', 'for', 'in', 'to', 'from', 'with', 'on']);
const AGE = /^\d{1,3}$/;

export const appositiveRole = corefRule({
  id: 'appositive-role',
  description:
    'A role set off by commas right after a name ("Ana Ruiz, the bank\'s chief executive,", "Tom Reyes, 42,") describes the one named',
  example: 'Ana Ruiz, [the bank’s chief executive], said profits rose.',
  apply(ctx) {
    const { tokens } = ctx;
    for (const e of ctx.mentionEvents) {
      const entity = ctx.entityById.get(e.id);
      if (e.mention.kind !== 'name' || !entity || (entity.type !== 'person' && entity.type !== 'organization')) continue;
      const last = ctx.tokenAt(e.mention.end) - 1;
      const after = last >= 0 && !tokens[last].possessive && tokens[last].post.trim().endsWith(',');
      const span = (after && appositionAfter(ctx, last + 1, entity.type)) || appositionBefore(ctx, e.at, entity.type);
      if (span) ctx.link(e.id, span.first, span.last, 'descriptor', this.id);
    }
  },
});

const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);
const PERFECT = new Set(['has', 'had', 'have']);

export const predicateRole = corefRule({
  id: 'predicate-role',
  description: 'A role said of a person with "is", "was", "became" ("Ana Ruiz is the bank\'s chief executive") describes them',
  example: 'Ana Ruiz is [a professor] of law at the University of Lima.',
  apply(ctx) {
    const { tokens } = ctx;
    for (const e of ctx.mentionEvents) {
      const entity = ctx.entityById.get(e.id);
      // A person only: "Stardust is a NASA mission" classes a thing more often than it names a role.
      if (e.mention.kind !== 'name' || entity?.type !== 'person') continue;
      const last = ctx.tokenAt(e.mention.end) - 1;
      if (last < 0 || tokens[last].possessive || tokens[last].post.trim()) continue;
      // "X is a…", "X has been the…"
      let k = last + 1;
      if (PERFECT.has(tokens[k]?.lower) && tokens[k + 1]?.lower === 'been' && !tokens[k].post.trim()) k++;
      else if (!COPULAS.has(tokens[k]?.lower)) continue;
      if (tokens[k].post.trim() || !OPENERS.has(tokens[k + 1]?.lower) || tokens[k + 1].sentence !== tokens[last].sentence) continue;
      const span = predicateFrom(ctx, k + 1, 'person');
      if (span) ctx.link(e.id, span.first, span.last, 'descriptor', this.id);
    }
  },
});

/** Words a predicate's role may take before its head: "the eighth most cited scholar". */
const PREDICATE_WORDS = 7;

/** "a professor emeritus at…", "the bank's chief executive": from the opener at k to the role noun heading the phrase. */
function predicateFrom(ctx: CorefContext, k: number, type: 'person'): { first: number; last: number } | null {
  const { tokens } = ctx;
  const words: Token[] = [];
  for (let i = k; i < tokens.length && i - k < PREDICATE_WORDS && tokens[i].sentence === tokens[k].sentence; i++) {
    const t = tokens[i];
    if (AFTER_HEAD.has(t.lower) || CLAUSE_WORDS.has(t.lower) || isVerb(t) || (!t.possessive && personNamed(ctx, t))) break;
    words.push(t);
    if (breaks(t)) break;
  }
  const head = headOf(words, type);
  return head < 0 ? null : spanTo(ctx, k, k + head);
}

/**
 * The role phrase opening at token k and ending before a comma or a full stop, as the tokens to
 * link: its head and the untaken words before it.
 */
function appositionAfter(ctx: CorefContext, k: number, type: 'person' | 'organization'): { first: number; last: number } | null {
  const { tokens } = ctx;
  if (k >= tokens.length) return null;
  let end = k;
  while (end < tokens.length && end - k < LONGEST && !breaks(tokens[end]) && tokens[end + 1]?.sentence === tokens[k].sentence) end++;
  if (end >= tokens.length || end - k >= LONGEST || !/^[,.;]|^$/.test(tokens[end].post.trim())) return null;
  const words = tokens.slice(k, end + 1);
  if (words.some((t) => CLAUSE_WORDS.has(t.lower)) || isVerb(words[0])) return null;
  // "X, Y and Z": a list of names, not a description.
  if (words.some((t) => personNamed(ctx, t))) return null;
  if (type === 'person' && words.length === 1 && AGE.test(words[0].text)) return ctx.isTaken(k) ? null : { first: k, last: k };
  const head = headOf(words, type);
  return head < 0 ? null : spanTo(ctx, k, k + head);
}

const OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/**
 * "The head of NATO, X", "according to the team's coach, X.", "interviewed the site's founder, X.":
 * a role phrase that ends in a comma right before the name. Within a sentence the name must close
 * the apposition (a comma or a full stop after it): in "After meeting the president, X said…" the
 * president is someone else.
 */
function appositionBefore(ctx: CorefContext, at: number, type: 'person' | 'organization'): { first: number; last: number } | null {
  const { tokens } = ctx;
  const end = at - 1;
  if (end < 0 || tokens[end].post.trim() !== ',' || tokens[end].sentence !== tokens[at].sentence) return null;
  let start = end;
  while (start > 0 && end - start < LONGEST && !breaks(tokens[start - 1]) && tokens[start - 1].sentence === tokens[at].sentence) start--;
  const sentenceStart = start === 0 || tokens[start - 1].sentence !== tokens[at].sentence;
  const closed = closesApposition(ctx, at);
  if (sentenceStart) {
    const span = roleFrom(ctx, start, end, type);
    if (span) return span;
  }
  if (!closed) return null;
  // Else the phrase opens at a determiner or a possessive name: "the words of [the Crown prosecutor], X,".
  for (let open = start; open <= end; open++) {
    if (!OPENERS.has(tokens[open].lower) && !tokens[open].possessive) continue;
    const span = roleFrom(ctx, tokens[open].possessive ? firstOfName(ctx, open, start) : open, end, type);
    if (span) return span;
  }
  return null;
}

/** The role phrase of tokens [open, end], as the tokens to link, if its head is a role of the kind. */
function roleFrom(ctx: CorefContext, open: number, end: number, type: 'person' | 'organization'): { first: number; last: number } | null {
  const words = ctx.tokens.slice(open, end + 1);
  // "Paris's father": a possessive name is someone else's, and may open the phrase.
  if (words.some((t) => CLAUSE_WORDS.has(t.lower) || isVerb(t) || (!t.possessive && personNamed(ctx, t)))) return null;
  const head = headOf(words, type);
  return head < 0 ? null : spanTo(ctx, open, open + head);
}

/** Whether the name opening at token i is followed by a comma or the sentence's end. */
function closesApposition(ctx: CorefContext, i: number): boolean {
  const named = ctx.nameMentionAt(ctx.tokens[i].start);
  if (!named) return false;
  const last = ctx.tokenAt(named.end) - 1;
  const next = ctx.tokens[last + 1];
  return !next || next.sentence !== ctx.tokens[last].sentence || /^[,;]/.test(ctx.tokens[last].post.trim());
}

/** The first token, not before `floor`, of the name ending at token i ("Malaysia's"), or i. */
function firstOfName(ctx: CorefContext, i: number, floor: number): number {
  let k = i;
  while (k > floor && /^\p{Lu}/u.test(ctx.tokens[k - 1].text) && !ctx.tokens[k - 1].post.trim()) k--;
  return k;
}

/** Tokens [first, head] to link: the head and the untaken words before it back to `open`, or null when the head is taken. */
function spanTo(ctx: CorefContext, open: number, head: number): { first: number; last: number } | null {
  if (ctx.isTaken(head)) return null;
  let first = head;
  while (first > open && !ctx.isTaken(first - 1)) first--;
  return { first, last: head };
}

/** Index in `words` of the role noun that heads the phrase (before "of", "at"…), or -1. */
function headOf(words: readonly Token[], type: 'person' | 'organization'): number {
  let head = -1;
  for (let i = 0; i < words.length; i++) {
    if (AFTER_HEAD.has(words[i].lower)) break;
    const info = lex.roleNounInfo(words[i].lower);
    if (info && info.kind === type && !info.plural) head = i;
  }
  return head;
}

/** Punctuation after a token ends the phrase; a plural possessive's apostrophe ("the dockers' union") does not. */
const breaks = (t: Token) => !/^['\u2019]?$/.test(t.post.trim());

/** A verb, and not a role the tagger reads as one ("head", "coach"). */
const isVerb = (t: Token) => t.tags.has('Verb') && !lex.roleNounInfo(t.lower);

/** Whether a person's name starts at token t. */
function personNamed(ctx: CorefContext, t: Token): boolean {
  const named = ctx.nameMentionAt(t.start);
  return !!named && ctx.entityById.get(named.id)?.type === 'person';
}
