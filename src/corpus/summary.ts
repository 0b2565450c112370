/**
 * What the corpus keeps of one article: its date, its entities with their mention counts, its quotes
 * with their speakers (a snippet of the words, the offsets and the line), and the gender the text
 * states for each person. Not the article's text: a corpus of thousands of articles is held as these.
 * Pure TypeScript: the extension's worker, the CLI's workers and the web build all use it.
 */
import type { EntityType, Gender, Markup, Quote } from '../markup/types';

/** Quotes are kept as their first words; exports read the whole quote from the article. */
export const QUOTE_SNIPPET = 200;

export interface EntitySummary {
  /** `type:name`, the same key the editor's views use. */
  key: string;
  name: string;
  type: EntityType;
  /** Mentions of every kind (names, roles, pronouns). */
  mentions: number;
  /** The first mention's offsets, where a click in the Corpus view opens the article. */
  first: [start: number, end: number];
  /** Named only in the article's furniture (a photo credit, a byline). */
  credit?: boolean;
  /** The gender the article states (he/she, Mr/Ms, a gendered title or role), never guessed from a first name. */
  gender: Gender | null;
}

export interface QuoteSummary {
  kind: 'quote' | 'reported';
  /** Key of the speaker's entity, or null. */
  speaker: string | null;
  start: number;
  end: number;
  /** 1-based line of the quote's start. */
  line: number;
  snippet: string;
  cue: string | null;
  rule: string | null;
}

export interface ArticleSummary {
  /** The article's path or URI, as the caller names it. */
  file: string;
  /** The header's `date` (YYYY-MM-DD), if any. */
  date: string | null;
  /** The article's length and the part analysed (a long article is analysed up to a cap). */
  length: number;
  analysed: number;
  entities: EntitySummary[];
  quotes: QuoteSummary[];
}

export const entityKey = (e: { type: string; name: string }) => `${e.type}:${e.name}`;

/** Line starts of a text, for the line of each quote (bisection). */
function lineOf(starts: number[], offset: number): number {
  let lo = 0,
    hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteSummary(q: Quote, kind: QuoteSummary['kind'], keys: Map<string, string>, lines: number[]): QuoteSummary {
  return {
    kind,
    speaker: q.speaker ? (keys.get(q.speaker) ?? null) : null,
    start: q.start,
    end: q.end,
    line: lineOf(lines, q.start),
    snippet: q.text.length > QUOTE_SNIPPET ? `${q.text.slice(0, QUOTE_SNIPPET - 1)}…` : q.text,
    cue: q.cue?.text ?? null,
    rule: q.rule,
  };
}

/** `analysed`: how much of the text the analysis read (it stops at a cap on a very long article). */
export function summarize(file: string, text: string, markup: Markup, analysed = text.length): ArticleSummary {
  const lines = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines.push(i + 1);
  const keys = new Map(markup.entities.map((e) => [e.id, entityKey(e)]));
  const quotes = [
    ...markup.quotes.map((q) => quoteSummary(q, 'quote', keys, lines)),
    ...markup.reported.map((q) => quoteSummary(q, 'reported', keys, lines)),
  ].sort((a, b) => a.start - b.start);
  return {
    file,
    date: markup.header.date?.text.slice(0, 10) ?? null,
    length: markup.length,
    analysed,
    entities: markup.entities.map((e) => ({
      key: entityKey(e),
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
      first: [e.mentions[0]?.start ?? 0, e.mentions[0]?.end ?? 0],
      ...(e.credit ? { credit: true } : {}),
      gender: e.gender ?? null,
    })),
    quotes,
  };
}
