/**
 * Quote corrections, found by the quoted words (and the words before them), never by offsets: an
 * edit elsewhere in the article leaves them in place. Before attribution, quotes are removed or
 * added; the corrected speakers are handed to attribution as its first step; a correction of a
 * reported-speech span is applied once attribution has found the span.
 */
import { keyOf } from '../ner/document/context';
import type { QuoteSpan } from '../quotes';
import type { Firing } from '../rule';
import type { Entity, Quote } from '../types';
import { mayHold, USER_CORRECTION } from './rule';
import { quoteCorrectionKind, type QuoteCorrection, type StaleCorrection } from './types';

interface At {
  start: number;
  end: number;
}

const QUOTE_MARKS = /["\u201c\u201d\u2018\u2019'\u00ab\u00bb\u201e\u2039\u203a]/u;
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Where the quoted words are: the first place whose words before it end with the context (quote marks and spaces aside). */
export function anchorOf(text: string, quote: string, context?: string): At | null {
  if (!mayHold(text, quote, true)) return null;
  const want = context ? squash(context) : '';
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    if (!want) return { start: at, end: at + quote.length };
    const before = squash(
      text.slice(Math.max(0, at - want.length - 16), at).replace(/[\s"\u201c\u201d\u2018\u2019'\u00ab\u00bb\u201e]+$/u, ''),
    );
    if (before.endsWith(want)) return { start: at, end: at + quote.length };
  }
  return null;
}

const holds = (q: At, at: At) => q.start <= at.start && at.end <= q.end;

/** A correction waiting for the entities (its speaker) or for attribution (a reported-speech span). */
export interface PendingQuoteCorrection {
  index: number;
  correction: QuoteCorrection;
  at: At;
}

export interface QuotePlan {
  quotes: QuoteSpan[];
  pending: PendingQuoteCorrection[];
  stale: StaleCorrection[];
  applied: number;
  /** Quotes the reader removed or added, for the trace (`user-correction`). */
  firings: Firing[];
}

const staleQuote = (index: number, c: QuoteCorrection, reason: string): StaleCorrection => ({
  list: 'quotes',
  index,
  key: `quote "${c.quote}"`,
  reason,
});

/** The words marked as a quote, with the quote marks right around them when the text has them. */
function markedSpan(text: string, at: At): QuoteSpan {
  const start = QUOTE_MARKS.test(text[at.start - 1] ?? '') ? at.start - 1 : at.start;
  const end = QUOTE_MARKS.test(text[at.end] ?? '') ? at.end + 1 : at.end;
  return { start, end, continues: -1, closed: true, marked: true };
}

/** The quotes without the removed ones and with the added ones, in text order, `continues` pointing at the same pieces. */
function rebuild(quotes: readonly QuoteSpan[], removed: Set<number>, added: QuoteSpan[]): QuoteSpan[] {
  const kept = quotes.map((q, i) => ({ q, i })).filter(({ i }) => !removed.has(i));
  const all = [...kept, ...added.map((q) => ({ q, i: -1 }))].sort((a, b) => a.q.start - b.q.start);
  const newIndex = new Map(all.map(({ i }, n) => [i, n]));
  return all.map(({ q }) => ({ ...q, continues: q.continues >= 0 ? (newIndex.get(q.continues) ?? -1) : -1 }));
}

/** Before attribution: the quotes to attribute, and the corrections left for later. */
export function planQuoteCorrections(text: string, quotes: readonly QuoteSpan[], corrections: readonly QuoteCorrection[]): QuotePlan {
  const plan: QuotePlan = { quotes: [...quotes], pending: [], stale: [], applied: 0, firings: [] };
  if (!corrections.length) return plan;
  const removed = new Set<number>();
  const added: QuoteSpan[] = [];
  corrections.forEach((correction, index) => {
    const at = anchorOf(text, correction.quote, correction.context);
    if (!at) return plan.stale.push(staleQuote(index, correction, 'the quoted words are not in the article'));
    const kind = quoteCorrectionKind(correction);
    const holder = quotes.findIndex((q) => holds(q, at));
    if (kind === 'notAQuote' && holder >= 0) {
      removed.add(holder);
      plan.firings.push({ rule: USER_CORRECTION.id, start: quotes[holder].start, end: quotes[holder].end });
      plan.applied++;
      return;
    }
    if (kind === 'markAsQuote') {
      const span = markedSpan(text, at);
      if (holder < 0) {
        quotes.forEach((q, i) => q.start < span.end && span.start < q.end && removed.add(i));
        added.push(span);
        plan.firings.push({ rule: USER_CORRECTION.id, start: span.start, end: span.end });
      } else {
        // Found by the engine too, but maybe about to be dropped as scare quotes: the reader's mark keeps it.
        removed.add(holder);
        added.push({ ...quotes[holder], continues: -1, marked: true });
        plan.firings.push({ rule: USER_CORRECTION.id, start: quotes[holder].start, end: quotes[holder].end });
      }
      if (!('speaker' in correction)) return plan.applied++;
    }
    plan.pending.push({ index, correction, at });
  });
  plan.quotes = rebuild(quotes, removed, added);
  return plan;
}

/** The entity a corrected speaker names: by its name, an alias or a name it is mentioned by. */
function entityNamed(entities: readonly Entity[], name: string): Entity | undefined {
  const key = keyOf(name);
  return entities.find(
    (e) =>
      keyOf(e.name) === key ||
      e.aliases.some((a) => keyOf(a) === key) ||
      e.mentions.some((m) => m.kind === 'name' && keyOf(m.text) === key),
  );
}

/**
 * The corrected speakers of direct quotes, by the quote's start (null: nobody), for attribution's
 * first step; a speaker the article does not name makes the correction stale.
 */
export function correctedSpeakers(plan: QuotePlan, entities: readonly Entity[]): Map<number, string | null> {
  const speakers = new Map<number, string | null>();
  const waiting: PendingQuoteCorrection[] = [];
  for (const p of plan.pending) {
    const name = p.correction.speaker;
    const entity = name ? entityNamed(entities, name) : undefined;
    if (name && !entity) {
      plan.stale.push(staleQuote(p.index, p.correction, `"${name}" is not a name in the article`));
      continue;
    }
    const quote = plan.quotes.find((q) => holds(q, p.at));
    if (quote && quoteCorrectionKind(p.correction) !== 'notAQuote') {
      speakers.set(quote.start, entity?.id ?? null);
      plan.applied++;
    } else waiting.push(p);
  }
  plan.pending = waiting;
  return speakers;
}

/** After attribution: corrections of reported-speech spans; what holds no quote at all is stale. */
export function correctReported(plan: QuotePlan, reported: Quote[], entities: readonly Entity[]): Quote[] {
  let result = reported;
  for (const p of plan.pending) {
    const span = result.find((r) => holds(r, p.at));
    if (!span) {
      plan.stale.push(staleQuote(p.index, p.correction, 'no quote or reported speech holds these words'));
      continue;
    }
    plan.applied++;
    if (quoteCorrectionKind(p.correction) === 'notAQuote') {
      result = result.filter((r) => r !== span);
      continue;
    }
    const name = p.correction.speaker;
    span.speaker = name ? (entityNamed(entities, name)?.id ?? null) : null;
    span.speakerMention = null;
    span.rule = USER_CORRECTION.id;
  }
  plan.pending = [];
  return result;
}
