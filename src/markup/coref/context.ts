/**
 * What every coreference rule reads: the article's tokens, sentences, paragraphs, quotes with their
 * speakers, and the entities with the mentions they have so far; and the one way to add a mention
 * (`link`), which keeps the Markup's invariants: a word already part of a mention is never taken
 * twice, and every link is recorded as a firing of its rule.
 */
import * as lex from '../lexicon';
import { firstAtOrAfter, lastAtOrBefore, spanAt } from '../spans';
import type { Sentence, Token } from '../tokens';
import type { Entity, Gender, Mention, MentionKind, Paragraph, Quote } from '../types';
import type { Firing } from '../rule';

export interface CorefInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  /** Direct quotes in text order, with the speakers attribution found. */
  quotes: readonly Quote[];
  /** Entities with their mentions so far (names, and the roles and pronouns attribution tied to speakers). */
  entities: readonly Entity[];
  titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** Entities that speak in the story, in direct quotes or reported speech ("Paris claims that…"). */
  speakers?: ReadonlySet<string>;
}

/** A contraction's pronoun: "I've" → "I", "she'd" → "she" (the tagger keeps such words whole). */
const CONTRACTION = /^(\p{L}+)['\u2019](?:m|ve|ll|d|re|s)$/iu;

/** The pronoun a token is or starts with ("I'm" → "I"), as text and lower case; the token's own words otherwise. */
export function pronounWord(t: Token): { text: string; lower: string } {
  const m = CONTRACTION.exec(t.text);
  return m && lex.pronounInfo(m[1]) ? { text: m[1], lower: m[1].toLowerCase() } : { text: t.text, lower: t.lower };
}

export interface Link {
  entityId: string;
  mention: Mention;
}

/** A mention and the index of its first token: what the rules walk in text order. */
export interface MentionEvent {
  id: string;
  at: number;
  mention: Mention;
}

/** The gender a person's titles ("Mrs.", "King") or given name states, if any. */
function statedGender(e: Entity, titles: ReadonlySet<string> | undefined): Gender | undefined {
  for (const t of titles ?? []) {
    // "his mother, X": the title is someone else's relation, and its gender says nothing of X's.
    if (/^(?:his|her|their|its)\b/.test(t)) continue;
    const g = lex.genderOfTitle(t);
    if (g) return g;
  }
  const first = e.name.split(/\s+/)[0];
  return e.name.includes(' ') ? lex.genderOfFirstName(first) : undefined;
}

/** How many words an apposition's role may take: "the first great American poet". */
const APPOSITION_WORDS = 6;

/** Votes that only say a name looks like a person's (two capitalised words, a surname shared): not enough to stand for "he". */
const SHAPE_ONLY = new Set(['plain-name-shape', 'surname']);

/**
 * Whether the text gives evidence that an entity is a person beyond the shape of its name: a title,
 * a given name, a person's verb or age, the tagger's word, a quote. "Sea Org", typed a person for
 * its two capitalised words alone, is not one a pronoun should stand for.
 */
function evidentPerson(e: Entity, speakers: ReadonlySet<string>): boolean {
  if (e.type !== 'person') return false;
  if (e.evidence.decidedBy !== 'type-votes' || speakers.has(e.id)) return true;
  let weight = 0;
  for (const c of e.evidence.cues) if (c.type === 'person' && !SHAPE_ONLY.has(c.rule)) weight += c.weight;
  return weight >= 1;
}

export class CorefContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** A person's gender as the text states it; rules may learn more (a pronoun tied to a name beyond doubt). */
  readonly gender = new Map<string, Gender>();
  readonly links: Link[] = [];
  readonly firings: Firing[] = [];
  /** The entity of each name mention, by the mention's start. */
  private readonly names = new Map<number, { id: string; end: number }>();
  /** People the text shows to be people (`evidentPerson`), by id. */
  readonly evidentPeople: ReadonlySet<string>;
  /** Tokens that are part of a mention already (a name, a speaker's role, an earlier link). */
  private readonly taken: Uint8Array;
  /** The mentions the entities came with, in text order (built once: an article may have a hundred thousand). */
  readonly mentionEvents: readonly MentionEvent[];

  constructor(input: CorefInput) {
    ({ text: this.text, tokens: this.tokens, sentences: this.sentences, paragraphs: this.paragraphs, quotes: this.quotes } = input);
    this.entities = input.entities;
    this.titles = input.titles;
    this.entityById = new Map(input.entities.map((e) => [e.id, e]));
    this.taken = new Uint8Array(this.tokens.length);
    const speakers = new Set([...input.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])), ...(input.speakers ?? [])]);
    this.evidentPeople = new Set(
      input.entities.filter((e) => evidentPerson(e, speakers) || (e.type === 'person' && this.hasRoleApposition(e))).map((e) => e.id),
    );
    const events: MentionEvent[] = [];
    for (const e of input.entities) {
      if (e.type === 'person') {
        const g = statedGender(e, input.titles.get(e.id));
        if (g) this.gender.set(e.id, g);
      }
      for (const m of e.mentions) {
        events.push({ id: e.id, at: this.take(m.start, m.end), mention: m });
        if (m.kind === 'name') this.names.set(m.start, { id: e.id, end: m.end });
      }
    }
    this.mentionEvents = events.sort((a, b) => a.at - b.at);
  }

  /**
   * Whether a name of the entity is followed by a role in apposition: "Valeska Paris, an Australian
   * woman", "Walt Whitman, the first great American poet," — the text says it is a person.
   */
  private hasRoleApposition(e: Entity): boolean {
    return e.mentions.some((m) => {
      if (m.kind !== 'name') return false;
      const k = firstAtOrAfter(this.tokens, m.end);
      if (k === 0 || k >= this.tokens.length || this.tokens[k - 1].post.trim() !== ',') return false;
      // "a", "an", "the", then a role noun before the apposition ends: "the first great American poet".
      if (!/^(?:a|an|the)$/.test(this.tokens[k].lower)) return false;
      for (let i = k + 1; i < this.tokens.length && i <= k + APPOSITION_WORDS; i++) {
        const info = lex.roleNounInfo(this.tokens[i].lower);
        if (info?.kind === 'person' && !info.plural) return true;
        if (this.tokens[i].post.trim() || this.tokens[i].possessive) return false;
      }
      return false;
    });
  }

  /** Marks the tokens of [start, end) taken; returns the first one's index. */
  private take(start: number, end: number): number {
    const first = firstAtOrAfter(this.tokens, start);
    for (let i = first; i < this.tokens.length && this.tokens[i].start < end; i++) this.taken[i] = 1;
    return first;
  }

  /** Every mention so far in text order: those the entities came with and the links made since. */
  *mentionsInOrder(): Generator<MentionEvent> {
    const links = this.links
      .map((l) => ({ id: l.entityId, at: this.tokenAt(l.mention.start), mention: l.mention }))
      .sort((a, b) => a.at - b.at);
    let k = 0;
    for (const e of this.mentionEvents) {
      for (; k < links.length && links[k].at < e.at; k++) yield links[k];
      yield e;
    }
    for (; k < links.length; k++) yield links[k];
  }

  /** Whether any token of [first, last] is part of a mention already. */
  isTaken(first: number, last = first): boolean {
    for (let i = first; i <= last; i++) if (this.taken[i]) return true;
    return false;
  }

  /** Ties tokens [first, last] to an entity as a mention of `kind`, for `rule`; false when a token is taken. */
  link(entityId: string, first: number, last: number, kind: Exclude<MentionKind, 'name'>, rule: string): boolean {
    if (this.isTaken(first, last) || !this.entityById.has(entityId)) return false;
    const start = this.tokens[first].start;
    // "I'm": the pronoun is the mention, not the verb it carries.
    const end = first === last && kind === 'pronoun' ? start + pronounWord(this.tokens[first]).text.length : this.tokens[last].end;
    for (let i = first; i <= last; i++) this.taken[i] = 1;
    this.links.push({ entityId, mention: { start, end, text: this.text.slice(start, end), kind } });
    this.firings.push({ rule, start, end });
    return true;
  }

  /** The entity whose name mention starts at an offset, with the mention's end, if any. */
  nameMentionAt(offset: number): { id: string; end: number } | undefined {
    return this.names.get(offset);
  }

  /** Index of the first token at or after an offset. */
  tokenAt(offset: number): number {
    return firstAtOrAfter(this.tokens, offset);
  }

  /** The direct quote holding a token, if any. */
  quoteOf(t: Token): Quote | undefined {
    const q = spanAt(this.quotes, t.start);
    return q && t.end <= q.end ? q : undefined;
  }

  /** Index of the paragraph holding an offset, or -1. */
  paragraphOf(offset: number): number {
    const i = lastAtOrBefore(this.paragraphs, offset);
    return i >= 0 && offset < this.paragraphs[i].end ? i : -1;
  }

  /** Whether a person's gender allows a pronoun or a role of gender `g`. */
  fits(id: string, g: Gender | undefined): boolean {
    const known = this.gender.get(id);
    return g === undefined || known === undefined || known === g;
  }
}
