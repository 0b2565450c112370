/**
 * "the minister", "the company", "the country": a definite noun phrase whose head is a role, an
 * organization noun or a place noun stands for the entity of that kind named before whose title or
 * name holds the noun ("the ministry" ~ "Ministry of Health", "the minister" ~ "Foreign Minister
 * X"), or, for a country or a city, the latest country or city named.
 */
import * as lex from '../../lexicon';
import { COUNTRY_NOUNS, GENERIC_ORGANIZATION_NOUNS, INSTITUTION_NOUNS, REGION_NOUNS, SETTLEMENT_NOUNS } from '../../lexicon/coref';
import { LEADER_ROLES } from '../../lexicon/speakers';
import type { Token } from '../../tokens';
import type { Entity, Gender } from '../../types';
import type { CorefContext } from '../context';
import { Recency } from '../recency';
import { corefRule } from '../rule';

type NounKind = 'person' | 'organization' | 'country' | 'settlement' | 'region';

interface Phrase {
  /** Token index of the last word (the head). */
  last: number;
  head: string;
  kind: NounKind;
  gender?: Gender;
  leader: boolean;
}

const OPENERS = new Set(['the', 'this']);
/** Words after the head that show the phrase is over: a verb, a preposition, a clause. */
const PHRASE_ENDS = [
  'Verb',
  'Auxiliary',
  'Copula',
  'Modal',
  'Adverb',
  'Adjective',
  'Negative',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
] as const;

/** The definite phrase opened by the determiner at token i ("the Russian leader", "this constituency"), or null. */
export function definitePhrase(ctx: CorefContext, i: number): Phrase | null {
  const { tokens } = ctx;
  if (!OPENERS.has(tokens[i].lower) || tokens[i].post.trim()) return null;
  for (let n = 4; n >= 1; n--) {
    const last = i + n;
    if (last >= tokens.length || tokens[last].sentence !== tokens[i].sentence || ctx.isTaken(i + 1, last)) continue;
    const words = tokens.slice(i + 1, last + 1);
    if (words.slice(0, -1).some((t) => t.post.trim() || t.possessive)) continue;
    const phrase = words.map((t) => t.lower).join(' ');
    const kind = kindOf(phrase, words.length);
    // "the Republican party", "the State Department": a capitalised word makes it a name, not a description
    // (a nationality may stand before the noun, and a person's role may be capitalised: "the President").
    if (
      kind &&
      words.some((t, k) => /^\p{Lu}/u.test(t.text) && !(k < words.length - 1 && lex.isNationality(t.text)) && kind.kind !== 'person')
    )
      continue;
    if (!kind || !endsPhrase(tokens[last], tokens[last + 1])) continue;
    const head = tokens[last].lower;
    const info = kind.kind === 'person' ? lex.roleNounInfo(phrase) : undefined;
    return { last, head, kind: kind.kind, gender: info?.gender, leader: LEADER_ROLES.has(head) || LEADER_ROLES.has(phrase) };
  }
  return null;
}

function kindOf(phrase: string, n: number): { kind: NounKind } | null {
  if (n === 1 && COUNTRY_NOUNS.has(phrase)) return { kind: 'country' };
  if (n === 1 && SETTLEMENT_NOUNS.has(phrase)) return { kind: 'settlement' };
  if (n === 1 && REGION_NOUNS.has(phrase)) return { kind: 'region' };
  if (n === 1 && INSTITUTION_NOUNS.has(phrase)) return { kind: 'organization' };
  const info = lex.roleNounInfo(phrase);
  if (!info || info.plural || info.kind === 'document') return null;
  return { kind: info.kind };
}

/**
 * Whether the phrase ends at `last`: "the company's", "the company said", "the company, which" — not
 * "the company chairman", "the city of X".
 */
function endsPhrase(last: Token, next: Token | undefined): boolean {
  if (!next || last.possessive || last.post.trim() || next.sentence !== last.sentence) return true;
  if (next.lower === 'of' || /^\p{Lu}/u.test(next.text)) return false;
  return PHRASE_ENDS.some((tag) => next.tags.has(tag)) || next.lower === 'who' || next.lower === 'which' || next.lower === 'that';
}

/** The words of an entity's name and aliases, lower case: "the ministry" matches "Ministry of Health". */
const nameWords = new WeakMap<Entity, Set<string>>();
export function wordsOf(e: Entity): ReadonlySet<string> {
  let words = nameWords.get(e);
  if (!words) {
    words = new Set([e.name, ...e.aliases].flatMap((n) => n.toLowerCase().split(/[\s-]+/)));
    nameWords.set(e, words);
  }
  return words;
}

/** How many entities are kept in view, and how many sentences back a descriptor may reach. */
const IN_VIEW = 24;
const REACH: Record<NounKind, number> = { person: 12, organization: 25, country: 25, settlement: 12, region: 25 };
/** "the company" with no company of that name: the organization named in the last sentences, if any. */
const GENERIC_REACH = 2;

/** An entity in view, and how many sentences back it was last mentioned. */
interface Candidate {
  entity: Entity;
  distance: number;
}

/** Walks the definite phrases of the given kinds in text order and links each to what `resolve` finds. */
function linkDefinites(
  ctx: CorefContext,
  kinds: ReadonlySet<NounKind>,
  rule: string,
  resolve: (phrase: Phrase, candidates: Candidate[]) => Entity | undefined,
): void {
  const recency = new Recency(ctx, IN_VIEW);
  for (let i = 0; i < ctx.tokens.length; i++) {
    recency.advance(i);
    const phrase = definitePhrase(ctx, i);
    if (!phrase || !kinds.has(phrase.kind)) continue;
    const sentence = ctx.tokens[i].sentence;
    const candidates = recency.view
      .filter((s) => sentence - s.sentence <= REACH[phrase.kind])
      .map((s) => ({ entity: ctx.entityById.get(s.id)!, distance: sentence - s.sentence }));
    const found = resolve(phrase, candidates);
    if (found && ctx.link(found.id, i, phrase.last, 'descriptor', rule)) recency.see(found.id, i);
  }
}

export const roleDescriptor = corefRule({
  id: 'role-descriptor',
  description: 'A role ("the minister", "the Russian leader") stands for the latest person in view whose title holds it',
  example: 'Foreign Minister Ana Ruiz arrived on Monday. [The minister] met the president.',
  apply(ctx) {
    linkDefinites(
      ctx,
      new Set(['person']),
      this.id,
      (phrase, candidates) =>
        candidates.find(
          ({ entity: e }) =>
            e.type === 'person' &&
            ctx.fits(e.id, phrase.gender) &&
            [...(ctx.titles.get(e.id) ?? [])].some((t) => t.split(' ').includes(phrase.head) || (phrase.leader && isLeaderTitle(t))),
        )?.entity,
    );
  },
});

const isLeaderTitle = (title: string) => title.split(' ').some((w) => LEADER_ROLES.has(w)) || LEADER_ROLES.has(title);

export const organizationDescriptor = corefRule({
  id: 'organization-descriptor',
  description: 'An organization noun ("the ministry", "the team") stands for the latest organization in view whose name holds it',
  example: 'The Ministry of Health published its figures. [The ministry] expects fewer cases.',
  apply(ctx) {
    linkDefinites(ctx, new Set(['organization']), this.id, (phrase, candidates) => {
      // Organizations and places are often taken for one another ("Grand Mosque", "Pacific Standard"): the name decides.
      const named = candidates.find(({ entity: e }) => e.type !== 'person' && wordsOf(e).has(phrase.head));
      if (named || !GENERIC_ORGANIZATION_NOUNS.has(phrase.head)) return named?.entity;
      return candidates.find(({ entity: e, distance }) => e.type === 'organization' && distance <= GENERIC_REACH)?.entity;
    });
  },
});

export const placeDescriptor = corefRule({
  id: 'place-descriptor',
  description: 'A place noun ("the country", "the city", "the district") stands for the latest place in view of that kind',
  example: 'Floods hit Peru this week. [The country] has asked for help.',
  apply(ctx) {
    linkDefinites(
      ctx,
      new Set(['country', 'settlement', 'region']),
      this.id,
      (phrase, candidates) => candidates.find(({ entity: e }) => e.type === 'place' && isPlaceOfKind(e, phrase))?.entity,
    );
  },
});

function isPlaceOfKind(e: Entity, phrase: Phrase): boolean {
  if (wordsOf(e).has(phrase.head)) return true;
  if (phrase.kind === 'country') return lex.isCountry(e.name, true);
  if (phrase.kind === 'settlement') return lex.cities.has(e.name);
  return phrase.head === 'state'
    ? lex.usStates.has(e.name) || lex.provinces.has(e.name)
    : phrase.head === 'region' && lex.regions.has(e.name);
}
