/**
 * What every attribution rule reads: the article's tokens, sentences, quotes and entities, with
 * the lookups they need (the token at an offset, the quote holding a token, the name mentions
 * before an offset, the speakers found so far). One object per analysis, built once.
 */
import * as lex from '../lexicon';
import type { QuoteSpan } from '../quotes';
import { isTitleInQuotes } from './scareQuotes';
import { firstAtOrAfter, lastAtOrBefore, spanAt } from '../spans';
import type { Sentence, Token } from '../tokens';
import type { Entity, EntityType, Gender, MentionKind, Span } from '../types';

export interface AttributionInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  quotes: readonly QuoteSpan[];
  /** Lines of paragraphs: an unattributed quote may take the speaker of a quote in its own line. */
  segments: ReadonlyArray<{ start: number; end: number }>;
  entities: readonly Entity[];
  /** Entity id of each name mention, by the mention's start offset. */
  entityAt: ReadonlyMap<number, string>;
  titles: ReadonlyMap<string, ReadonlySet<string>>;
  /** The reader's speakers (an entity id, or null: nobody), by the start of the quote: attribution's first step. */
  correctedSpeakers?: ReadonlyMap<number, string | null>;
}

/** Who a phrase names as the speaker, and by which rule (and resolver, after a "+"). */
export interface SpeakerGuess {
  mention: Span;
  kind: MentionKind | 'document' | 'other';
  entityId: string | null;
  rule: string;
}

interface NameMention {
  start: number;
  end: number;
  id: string;
  type: EntityType;
}

/** A subject pronoun that may name a speaker ("he", "she", "they", "it", "we", "I"), with its gender. */
export function subjectPronoun(lower: string): { gender: Gender | 'plural' | 'neuter' | undefined } | undefined {
  const info = lex.pronouns.get(lower);
  return info && info.case === 'subject' && info.person !== 2 ? { gender: info.gender } : undefined;
}

/** The gender a person's titles ("Mrs.", "King") or given name states, if any. */
function personGender(e: Entity, titles: ReadonlySet<string> | undefined): Gender | undefined {
  for (const t of titles ?? []) {
    const g = lex.genderOfTitle(t);
    if (g) return g;
  }
  const first = e.name.split(/\s+/)[0];
  return e.name.includes(' ') ? lex.genderOfFirstName(first) : undefined;
}

export class AttributionContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly QuoteSpan[];
  readonly segments: ReadonlyArray<{ start: number; end: number }>;
  readonly entityAt: ReadonlyMap<number, string>;
  readonly titles: ReadonlyMap<string, ReadonlySet<string>>;
  readonly correctedSpeakers: ReadonlyMap<number, string | null>;
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly gender = new Map<string, Gender | undefined>();
  /** Name mentions in text order, for recency. */
  readonly nameMentions: readonly NameMention[];
  /** The name mention of the entity `entityAt` gives, by its start offset. */
  private readonly mentionAt = new Map<number, Span>();
  /** For each quote, the previous one that is not a title in quote marks (-1 when none). */
  private previousQuotes: number[] | undefined;

  /** Attributions so far, in text order (quotes and reported speech): "the latest speaker". */
  readonly speakersSoFar: Array<{ at: number; id: string | null }> = [];

  /**
   * Quote-free sentences whose subject speaks (reported speech, or a verb of speech with its
   * subject), by sentence index, in text order: a quote after one may be that speaker's.
   */
  readonly sentenceAttributions = new Map<number, { guess: SpeakerGuess; cue: Span | null; start: number }>();

  constructor(input: AttributionInput) {
    ({ text: this.text, tokens: this.tokens, sentences: this.sentences, quotes: this.quotes, segments: this.segments } = input);
    this.entityAt = input.entityAt;
    this.titles = input.titles;
    this.correctedSpeakers = input.correctedSpeakers ?? new Map();
    this.entityById = new Map(input.entities.map((e) => [e.id, e]));
    for (const e of input.entities) if (e.type === 'person') this.gender.set(e.id, personGender(e, input.titles.get(e.id)));
    for (const e of input.entities) {
      for (const m of e.mentions) if (input.entityAt.get(m.start) === e.id && !this.mentionAt.has(m.start)) this.mentionAt.set(m.start, m);
    }
    this.nameMentions = input.entities
      .flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, type: e.type })))
      .sort((a, b) => a.start - b.start);
  }

  /**
   * The index of the quote before quote `index` that is not a title in quote marks ("appeared on
   * "Face the Nation""), or -1: a title does not end the search for a speaker before a quote.
   */
  previousQuote(index: number): number {
    if (!this.previousQuotes) {
      this.previousQuotes = [];
      let last = -1;
      for (let i = 0; i < this.quotes.length; i++) {
        this.previousQuotes.push(last);
        if (!isTitleInQuotes(this.text.slice(this.quotes[i].start, this.quotes[i].end))) last = i;
      }
    }
    return this.previousQuotes[index];
  }

  span(start: number, end: number): Span {
    return { start, end, text: this.text.slice(start, end) };
  }

  /** Index of the first token at or after an offset. */
  tokenAt(offset: number): number {
    return firstAtOrAfter(this.tokens, offset);
  }

  sentenceOf(tokenIndex: number): Sentence | undefined {
    return this.sentences[this.tokens[tokenIndex]?.sentence ?? -1];
  }

  insideQuote(t: Token): boolean {
    const q = spanAt(this.quotes, t.start);
    return !!q && t.end <= q.end;
  }

  /**
   * The speech verb at token i: its length in tokens, or 0. Without a quote mark in reach
   * (reported speech) only verbs of speech proper count, not "thought" or "called".
   */
  cueAt(i: number, reportedSpeech = false): number {
    const t = this.tokens[i];
    const hit = t?.cue;
    // "the poll found", "the report showed": a document's verb after a document.
    if (!hit) return t && i > 0 && lex.isDocumentSpeechVerb(t.lower) && this.isDocumentNoun(this.tokens[i - 1]) ? 1 : 0;
    if (reportedSpeech && hit.strength !== 'speech') return 0;
    // "report", "claims", "post": nouns as often as verbs; compromise decides.
    if (hit.nounLike && !t.tags.has('Verb')) return 0;
    return hit.length;
  }

  private isDocumentNoun(t: Token): boolean {
    return lex.roleNounInfo(t.lower)?.kind === 'document';
  }

  /** The span of the cue of length n at token i. */
  cueSpan(i: number, n: number): Span {
    return this.span(this.tokens[i].start, this.tokens[i + n - 1].end);
  }

  /** The entity whose name mention starts at a token, if any, with that mention. */
  namedAt(t: Token): { entity: Entity; mention: Span } | undefined {
    const id = this.entityAt.get(t.start);
    const entity = id ? this.entityById.get(id) : undefined;
    const m = this.mentionAt.get(t.start);
    return entity && m ? { entity, mention: this.span(m.start, m.end) } : undefined;
  }

  /** The entity whose name mention covers a token, if any. */
  entityCovering(t: Token): Entity | undefined {
    // Name mentions do not nest: only the last one starting at or before the token can cover it.
    const m = this.nameMentions[lastAtOrBefore(this.nameMentions, t.start)];
    return m && t.end <= m.end ? this.entityById.get(m.id) : undefined;
  }

  /**
   * The name mentions before an offset, nearest first, at most a few hundred back: an antecedent
   * further away than that is not one a reader would take, and the bound keeps each lookup short.
   */
  *mentionsBefore(offset: number): Generator<NameMention> {
    const last = lastAtOrBefore(this.nameMentions, offset - 1);
    for (let i = last; i >= 0 && last - i < 400; i--) if (this.nameMentions[i].start < offset) yield this.nameMentions[i];
  }

  latestPerson(at: number): string | null {
    for (const m of this.mentionsBefore(at)) if (m.type === 'person') return m.id;
    return null;
  }

  latestSpeaker(at: number): string | null {
    for (let i = this.speakersSoFar.length - 1; i >= 0; i--)
      if (this.speakersSoFar[i].at < at && this.speakersSoFar[i].id) return this.speakersSoFar[i].id;
    return null;
  }

  /** The speaker of the latest attribution, even an unresolved one: a document stands for whoever issued it. */
  latestAttribution(at: number): string | null {
    for (let i = this.speakersSoFar.length - 1; i >= 0; i--) if (this.speakersSoFar[i].at < at) return this.speakersSoFar[i].id;
    return null;
  }

  /** Whether a person's stated gender allows a pronoun or a role of gender `g`. */
  fits(id: string, g: Gender | undefined): boolean {
    return g === undefined || this.gender.get(id) === undefined || this.gender.get(id) === g;
  }
}
