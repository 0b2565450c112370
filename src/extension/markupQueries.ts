/**
 * Questions the editor asks of one article's Markup (what is at an offset, what an entity said, where
 * it is mentioned), in character offsets. No `vscode` here, so they are unit-tested in plain Node.
 */
import type { Entity, Furniture, Markup, Mention, Quote, Span } from '../markup';
import { touches, uniqueSpans } from '../markup/spans';

export function entityById(markup: Markup, id: string | null): Entity | undefined {
  return id === null ? undefined : markup.entities.find((e) => e.id === id);
}

/** A stable key for an entity across analyses (its id "e3" may shift after an edit). */
export function entityKey(entity: { type: string; name: string }): string {
  return `${entity.type}:${entity.name}`;
}

export function entityByKey(markup: Markup, key: string): Entity | undefined {
  return markup.entities.find((e) => entityKey(e) === key);
}

export interface EntityHit {
  entity: Entity;
  /** The span under the offset: an entity mention, or the speaker mention of a quote. */
  span: Span;
  mention?: Mention;
}

/** The entity mentioned at `offset`: an entity mention first, then a quote's speaker mention. */
export function entityAt(markup: Markup, offset: number): EntityHit | undefined {
  let best: EntityHit | undefined;
  for (const entity of markup.entities) {
    for (const m of entity.mentions) {
      if (touches(m, offset) && (!best || m.end - m.start < best.span.end - best.span.start)) {
        best = { entity, span: m, mention: m };
      }
    }
  }
  if (best) return best;
  for (const q of [...markup.quotes, ...markup.reported]) {
    if (q.speakerMention && touches(q.speakerMention, offset)) {
      const entity = entityById(markup, q.speaker);
      if (entity) return { entity, span: q.speakerMention };
    }
  }
  return undefined;
}

export function quoteAt(markup: Markup, offset: number): { quote: Quote; reported: boolean } | undefined {
  const q = markup.quotes.find((x) => touches(x, offset));
  if (q) return { quote: q, reported: false };
  const r = markup.reported.find((x) => touches(x, offset));
  return r ? { quote: r, reported: true } : undefined;
}

/** The piece of article furniture (caption, credit, byline, teaser, notice) at `offset`. */
export function furnitureAt(markup: Markup, offset: number): Furniture | undefined {
  return markup.furniture.find((f) => touches(f, offset));
}

export function quotesOf(markup: Markup, entityId: string): Quote[] {
  return markup.quotes.filter((q) => q.speaker === entityId);
}

export function reportedOf(markup: Markup, entityId: string): Quote[] {
  return markup.reported.filter((q) => q.speaker === entityId);
}

/** The first words of a quote, for a tree label: without the quote marks, at most `words` words. */
export function firstWords(text: string, words = 8, maxChars = 60): string {
  const inner = text.replace(/^[\s"“”«»„‘’'‹›]+|[\s"“”«»„‘’'‹›]+$/g, '').replace(/\s+/g, ' ');
  const parts = inner.split(' ');
  let out = parts.slice(0, words).join(' ');
  if (out.length > maxChars) out = out.slice(0, maxChars).replace(/\s+\S*$/, '');
  return out.length < inner.length ? `${out.replace(/[,.;:]$/, '')}…` : out;
}

/** Every place the article refers to an entity: its mentions and the speaker mentions of its quotes, in order. */
export function entitySpans(markup: Markup, entity: Entity): { start: number; end: number; text: string }[] {
  const speakerMentions = [...markup.quotes, ...markup.reported]
    .filter((q) => q.speaker === entity.id && q.speakerMention)
    .map((q) => q.speakerMention!);
  return uniqueSpans([...entity.mentions, ...speakerMentions]);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}
