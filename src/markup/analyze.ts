/**
 * `analyze(text) -> Markup`, the pipeline as it runs (docs/architecture.md walks through it):
 *  1. frame — header, dateline, paragraphs, segments (`frame/`)
 *  2. quote marks — direct quotes by their marks (`quotes.ts`)
 *  3. segments — tokens, name candidates and their votes, cached by the segment's text (`ner/segment.ts`)
 *  4. entities — document-level passes over all candidates (`ner/`)
 *  5. attribution — speakers of quotes and reported speech, pronouns and roles resolved (`attribution/`)
 *  6. coreference — the other pronouns and roles tied to the entities they stand for (`coref/`)
 *  7. the Markup, with the evidence of every decision
 * Editing one paragraph re-tags only that paragraph's segments; the document-level passes are cheap.
 */
import { correctedSpeakers as correctedSpeakersOf, correctReported, planQuoteCorrections } from './corrections/quotes';
import { statedGender } from './statedGender';
import { attribute, type AttributionResult } from './attribution';
import { corefer, type CorefInput } from './coref';
import { explainQuote, explainType } from './explain';
import { parseFrame, type Frame } from './frame';
import { inFurniture, markCredits } from './frame/credits';
import { piecesOf } from './frame/pieces';
import { findEntities } from './ner';
import type { Candidate } from './ner/candidate';
import { analyzeSegment, type SegmentAnalysis } from './ner/segment';
import { findQuotes } from './quotes';
import type { Firing } from './rule';
import type { Sentence, Token } from './tokens';
import type { CorrectionsOutcome } from './corrections/types';
import type { AnalyzeOptions, Entity, Markup, Speaker } from './types';

/**
 * Segment results by segment text, least recently used out. Bounded by the characters of the
 * segments it holds (a result weighs about a hundred times its text), not by their number: a few
 * long paragraphs weigh as much as thousands of short ones.
 */
class SegmentCache {
  private readonly map = new Map<string, SegmentAnalysis>();
  private size = 0;
  /** Segments tagged so far (cache misses): what an edit really cost. */
  tagged = 0;
  constructor(private readonly capacity: number) {}

  get(text: string): SegmentAnalysis {
    let hit = this.map.get(text);
    if (hit) {
      // Refresh recency: Map iteration order is insertion order.
      this.map.delete(text);
      this.map.set(text, hit);
      return hit;
    }
    hit = analyzeSegment(text);
    this.tagged++;
    this.map.set(text, hit);
    this.size += text.length;
    while (this.size > this.capacity && this.map.size > 1) {
      const oldest = this.map.keys().next().value as string;
      this.map.delete(oldest);
      this.size -= oldest.length;
    }
    return hit;
  }
}

interface Placed {
  base: number;
  tokenBase: number;
  sentenceBase: number;
  tokens: Token[];
  sentences: Sentence[];
  candidates: Candidate[];
  headline: number[] | null;
}

function placeTokens(result: SegmentAnalysis, base: number, sentenceBase: number): Token[] {
  // Explicit literals rather than spreads: this runs over every token of the edited part on every pass.
  return result.tokens.map((t) => ({
    start: t.start + base,
    end: t.end + base,
    text: t.text,
    lower: t.lower,
    tags: t.tags,
    pre: t.pre,
    post: t.post,
    sentence: t.sentence + sentenceBase,
    possessive: t.possessive,
    cue: t.cue,
  }));
}

/**
 * A segment's results moved to its place in the document. The placed copy is kept with the cached
 * result: after an edit, every segment before it sits where it sat and is reused as it is. The
 * document-level passes only read these objects.
 */
const placedCopies = new WeakMap<SegmentAnalysis, Placed>();
function place(result: SegmentAnalysis, base: number, tokenBase: number, sentenceBase: number): Placed {
  const kept = placedCopies.get(result);
  if (kept && kept.base === base && kept.tokenBase === tokenBase && kept.sentenceBase === sentenceBase) return kept;
  const placed: Placed = {
    base,
    tokenBase,
    sentenceBase,
    tokens: placeTokens(result, base, sentenceBase),
    sentences: result.sentences.map((s) => ({
      start: s.start + base,
      end: s.end + base,
      first: s.first + tokenBase,
      last: s.last + tokenBase,
    })),
    candidates: result.allCaps
      ? []
      : result.candidates.map((c) => ({
          ...c,
          start: c.start + base,
          end: c.end + base,
          first: c.first + tokenBase,
          last: c.last + tokenBase,
        })),
    headline: result.allCaps ? result.tokens.map((_, i) => i + tokenBase) : null,
  };
  placedCopies.set(result, placed);
  return placed;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions): Markup;
  /** How many segments this analyzer has run the tagger on (the rest came from its cache). */
  readonly segmentsTagged: number;
}

/** Characters of segments an analyzer keeps by default: an article of this size is re-analysed incrementally. */
export const DEFAULT_CACHE_SIZE = 2_000_000;

/**
 * An analyzer with its own segment cache: successive versions of a document re-tag only what
 * changed. `cacheSize`: the characters of segments kept (0 for one-off analyses, such as a corpus).
 */
export function createAnalyzer({ cacheSize = DEFAULT_CACHE_SIZE }: { cacheSize?: number } = {}): Analyzer {
  const cache = new SegmentCache(cacheSize);
  return {
    analyze: (text, options) => analyzeWith(cache, text, options),
    get segmentsTagged() {
      return cache.tagged;
    },
  };
}

const shared = createAnalyzer();

/** Analyse an article. Results for unchanged paragraphs come from a cache shared by all calls. */
export function analyze(text: string, options: AnalyzeOptions = {}): Markup {
  return shared.analyze(text, options);
}

/** The text to analyse and the notice when it is cut to `maxLength` (at a paragraph break, so the last paragraph is whole). */
function analysedPart(fullText: string, options: AnalyzeOptions): { text: string; documentLength: number; notices: string[] } {
  const documentLength = Math.max(options.documentLength ?? 0, fullText.length);
  if (options.maxLength === undefined || documentLength <= options.maxLength) return { text: fullText, documentLength, notices: [] };
  const newline = fullText.lastIndexOf('\n', options.maxLength);
  let cut = newline > options.maxLength / 2 ? newline : options.maxLength;
  // Never between the two halves of a surrogate pair.
  if (cut < fullText.length && /[\ud800-\udbff]/.test(fullText[cut - 1] ?? '')) cut--;
  const text = fullText.length > options.maxLength ? fullText.slice(0, cut) : fullText;
  const count = (n: number) => n.toLocaleString('en-US');
  return { text, documentLength, notices: [`Only the first ${count(text.length)} of ${count(documentLength)} characters were analysed.`] };
}

/** Every segment's results, shifted to document offsets and concatenated. */
function segmentsOf(cache: SegmentCache, text: string, segments: ReadonlyArray<{ start: number; end: number }>, trace: Firing[] | null) {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const candidates: Candidate[] = [];
  const headlineTokens: number[][] = [];
  for (const segment of segments.flatMap((s) => piecesOf(text, s.start, s.end))) {
    const result = cache.get(text.slice(segment.start, segment.end));
    const placed = place(result, segment.start, tokens.length, sentences.length);
    for (const t of placed.tokens) tokens.push(t);
    for (const s of placed.sentences) sentences.push(s);
    if (placed.headline) headlineTokens.push(placed.headline);
    for (const c of placed.candidates) candidates.push(c);
    if (trace) for (const f of result.firings) trace.push({ rule: f.rule, start: f.start + segment.start, end: f.end + segment.start });
  }
  if (trace) for (const c of candidates) for (const v of c.evidence) trace.push({ rule: v.rule, start: c.start, end: c.end });
  return { tokens, sentences, candidates, headlineTokens };
}

function analyzeWith(cache: SegmentCache, fullText: string, options: AnalyzeOptions = {}): Markup {
  const { text, documentLength, notices } = analysedPart(fullText, options);
  const trace: Firing[] | null = options.trace ? [] : null;
  const frame = parseFrame(text);
  // Quotes in a caption, a byline or a teaser are not the story's.
  const found0 = findQuotes(text, frame.paragraphs).filter((q) => !inFurniture(frame.furniture, q));
  // The reader's corrections are an input: quotes removed or added before anyone is attributed.
  const { corrections } = options;
  const plan = planQuoteCorrections(text, found0, corrections?.quotes ?? []);
  const quotes = plan.quotes;
  const { tokens, sentences, candidates, headlineTokens } = segmentsOf(cache, text, frame.segments, trace);
  const found = findEntities(text, tokens, candidates, frame, headlineTokens, nameCorrections(corrections));
  const { entities, byStart, titles } = found;
  // Credited entities (named only in bylines and credits) speak for no one in the story; a name in a
  // caption is no antecedent for the story's pronouns and roles.
  const credited = markCredits(entities, frame.furniture);
  const { story, entityAt } = storyEntities(entities, byStart, credited, frame.furniture);
  const correctedSpeakers = correctedSpeakersOf(plan, story);
  const attribution = attribute({
    text,
    tokens,
    sentences,
    quotes,
    segments: frame.segments,
    entities: story,
    entityAt,
    titles,
    correctedSpeakers,
  });
  attribution.reported = correctReported(
    plan,
    attribution.reported.filter((r) => !inFurniture(frame.furniture, r)),
    story,
  );
  const coref = addMentions({ text, tokens, sentences, frame, entities, byStart, credited, titles, attribution });
  for (const e of entities) settleEntity(e, titles.get(e.id));
  for (const q of [...attribution.quotes, ...attribution.reported]) q.why = explainQuote(q);
  if (trace) traceAll(trace, [found.firings, plan.firings, attribution.dropped, coref.firings], frame, attribution);
  return {
    length: documentLength,
    header: frame.header,
    dateline: frame.dateline,
    furniture: frame.furniture.map(({ start, end, text, kind, label, rule }) => ({ start, end, text, kind, label, rule })),
    paragraphs: frame.paragraphs,
    entities,
    quotes: attribution.quotes,
    reported: attribution.reported,
    speakers: speakersOf(entities, attribution.quotes, attribution.reported),
    notices,
    ...(trace ? { trace } : {}),
    ...(corrections ? { corrections: outcomeOf(found.corrected, plan) } : {}),
  };
}

type MentionInput = Omit<CorefInput, 'entities' | 'quotes' | 'paragraphs' | 'speakers'> & {
  frame: Frame;
  entities: Entity[];
  byStart: Map<number, string>;
  credited: Set<string>;
  attribution: AttributionResult;
};

/** Attribution's speaker mentions, then coreference's pronoun and role mentions, added to their entities (never in furniture). */
function addMentions({ frame, entities, byStart, credited, attribution, ...rest }: MentionInput) {
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const { entityId, mention } of attribution.extraMentions) {
    const entity = byId.get(entityId);
    if (inFurniture(frame.furniture, mention)) continue;
    if (entity && !entity.mentions.some((m) => m.start === mention.start)) entity.mentions.push(mention);
  }
  // Read again now that attribution added its speaker mentions: coreference never links a word twice.
  const story = storyEntities(entities, byStart, credited, frame.furniture).story;
  const speakers = new Set([...attribution.quotes, ...attribution.reported].flatMap((q) => (q.speaker ? [q.speaker] : [])));
  const coref = corefer({ ...rest, paragraphs: frame.paragraphs, quotes: attribution.quotes, entities: story, speakers });
  for (const { entityId, mention } of coref.links) {
    if (!inFurniture(frame.furniture, mention)) byId.get(entityId)!.mentions.push(mention);
  }
  return coref;
}

/** An entity's mentions in text order, its type explained in a line, its gender where the copy states it. */
function settleEntity(e: Entity, titles: Parameters<typeof statedGender>[1]): void {
  e.mentions.sort((a, b) => a.start - b.start);
  e.why = explainType(e.type, e.evidence);
  const gender = statedGender(e, titles);
  if (gender) e.gender = gender;
}

/** Every rule firing, in text order: the passes', the furniture's and each quote's rules. */
function traceAll(trace: Firing[], firings: Firing[][], frame: Frame, attribution: AttributionResult): void {
  for (const list of firings) trace.push(...list);
  for (const f of frame.furniture) trace.push({ rule: f.rule, start: f.start, end: f.end });
  for (const q of [...attribution.quotes, ...attribution.reported])
    if (q.rule) for (const id of q.rule.split('+')) trace.push({ rule: id, start: q.start, end: q.end });
  trace.sort((a, b) => a.start - b.start || a.end - b.end);
}

const outcomeOf = (names: CorrectionsOutcome, quotes: CorrectionsOutcome): CorrectionsOutcome => ({
  applied: names.applied + quotes.applied,
  // Names before quotes, each in file order; a plain comparison (a long file makes hundreds of stale entries per article).
  stale: [...names.stale.sort((a, b) => a.index - b.index), ...quotes.stale.sort((a, b) => a.index - b.index)],
});

/** The name corrections, and the names quote corrections give as speakers (a person, if the article has the words but not the name). */
function nameCorrections(corrections: AnalyzeOptions['corrections']) {
  if (!corrections) return undefined;
  return { names: corrections.names, speakers: corrections.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])) };
}

/** The entities as the story names them, for attribution: no credited entity, no mention in the furniture. */
function storyEntities(entities: Entity[], byStart: Map<number, string>, credited: Set<string>, furniture: Frame['furniture']) {
  if (!furniture.length) return { story: entities, entityAt: byStart };
  const story = entities
    .filter((e) => !credited.has(e.id))
    .map((e) => ({ ...e, mentions: e.mentions.filter((m) => !inFurniture(furniture, m)) }))
    .filter((e) => e.mentions.length);
  const entityAt = new Map([...byStart].filter(([at]) => !inFurniture(furniture, { start: at })));
  return { story, entityAt };
}

function speakersOf(entities: Entity[], quotes: Markup['quotes'], reported: Markup['reported']): Speaker[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const counts = new Map<string, Speaker>();
  const count = (id: string | null, field: 'quoteCount' | 'reportedCount') => {
    const e = id ? byId.get(id) : undefined;
    if (!e || e.credit) return;
    const s = counts.get(e.id) ?? { entityId: e.id, name: e.name, type: e.type, quoteCount: 0, reportedCount: 0 };
    s[field]++;
    counts.set(e.id, s);
  };
  for (const q of quotes) count(q.speaker, 'quoteCount');
  for (const r of reported) count(r.speaker, 'reportedCount');
  return [...counts.values()].sort(
    (a, b) =>
      b.quoteCount - a.quoteCount || b.reportedCount - a.reportedCount || a.entityId.localeCompare(b.entityId, 'en', { numeric: true }),
  );
}
