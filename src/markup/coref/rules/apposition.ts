/**
 * "Ana Ruiz, the bank's chief executive, said…", "Tom Reyes, 42, …", "Norvik, a ferry company,":
 * a role set off by commas right after a name (an apposition) describes the one named, and is a
 * descriptor mention of them. Only a phrase whose head is a role of the entity's kind (a person's
 * role for a person, an organization noun for an organization), with no clause or other name in it.
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
      if (last < 0 || tokens[last].possessive || !tokens[last].post.trim().endsWith(',')) continue;
      const span = appositionAfter(ctx, last + 1, entity.type);
      if (span) ctx.link(e.id, span.first, span.last, 'descriptor', this.id);
    }
  },
});

/**
 * The role phrase opening at token k and ending before a comma or a full stop, as the tokens to
 * link: its head and the untaken words before it.
 */
function appositionAfter(ctx: CorefContext, k: number, type: 'person' | 'organization'): { first: number; last: number } | null {
  const { tokens } = ctx;
  if (k >= tokens.length) return null;
  let end = k;
  while (end < tokens.length && end - k < LONGEST && !tokens[end].post.trim() && tokens[end + 1]?.sentence === tokens[k].sentence) end++;
  if (end >= tokens.length || end - k >= LONGEST || !/^[,.;]|^$/.test(tokens[end].post.trim())) return null;
  const words = tokens.slice(k, end + 1);
  if (words.some((t) => CLAUSE_WORDS.has(t.lower)) || words[0].tags.has('Verb')) return null;
  // "X, Y and Z": a list of names, not a description.
  if (words.some((t) => personNamed(ctx, t))) return null;
  if (type === 'person' && words.length === 1 && AGE.test(words[0].text)) return ctx.isTaken(k) ? null : { first: k, last: k };
  const head = headOf(words, type);
  if (head < 0) return null;
  let first = k + head;
  while (first > k && !ctx.isTaken(first - 1)) first--;
  return ctx.isTaken(k + head) ? null : { first, last: k + head };
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

function personNamed(ctx: CorefContext, t: Token): boolean {
  const named = ctx.nameMentionAt(t.start);
  return !!named && ctx.entityById.get(named.id)?.type === 'person';
}
