/**
 * The corrections a reader can make at a place in an article: on a name, on a quote, on selected
 * words. The Quick Fixes, the editor's "Correct Markup…" menu and the sidebar's context menus all
 * list these, so they offer the same choices in the same words. No `vscode` here: unit-tested in Node.
 */
import type { CorrectionChange, Entity, EntityType, Markup, NameCorrection, Quote, QuoteCorrection } from '../../markup';
import { entityAt, entityById, quoteAt } from '../markupQueries';

export const TYPE_NAME: Record<EntityType, string> = { person: 'Person', organization: 'Organization', place: 'Place' };
export const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const A_TYPE: Record<EntityType, string> = { person: 'a Person', organization: 'an Organization', place: 'a Place' };

/** What a choice needs from the reader before it is a change: a speaker, or the other entity. */
export type Question = 'speaker' | 'sameEntity';

export interface Offer {
  title: string;
  /** The change, when the choice needs no more answers. */
  change?: CorrectionChange;
  /** Otherwise the question to ask, and the change its answer completes. */
  ask?: Question;
  complete?: (answer: string | null) => CorrectionChange;
  /** Name choices can be limited to this article; quote choices always are. */
  scope: 'workspace' | 'article';
}

/** Where in the article: the offsets of the cursor or the selection. */
export interface Place {
  start: number;
  end: number;
}

const quoted = (s: string) => `“${s.replace(/\s+/g, ' ').trim()}”`;
const MAX_MARKED = 200;

/** A name correction, limited to the article when `article` is given. */
function name(correction: NameCorrection, article: string | undefined): NameCorrection {
  return article === undefined ? correction : { ...correction, article };
}

/** The corrections of a name: retype, not a name, same entity as another, not the entity it was merged into. */
export function entityOffers(entity: Entity, mentionText: string | undefined, article: string | undefined): Offer[] {
  const scope = article === undefined ? 'workspace' : 'article';
  const offers: Offer[] = TYPES.filter((t) => t !== entity.type).map((type) => ({
    title: `${quoted(entity.name)} is ${A_TYPE[type]}`,
    change: { addNames: [name({ name: entity.name, type }, article)] },
    scope,
  }));
  offers.push({
    title: `${quoted(entity.name)} is not a name`,
    change: { addNames: [name({ name: entity.name, notAName: true }, article)] },
    scope,
  });
  offers.push({
    title: `${quoted(entity.name)} is the same as…`,
    ask: 'sameEntity',
    complete: (other) => ({ addNames: [name({ name: entity.name, sameAs: other ?? '' }, article)] }),
    scope,
  });
  const other = mentionText?.replace(/\s+/g, ' ').trim();
  if (other && other.toLowerCase() !== entity.name.toLowerCase() && !/^[a-z]/.test(other))
    offers.push({
      title: `${quoted(other)} is not ${quoted(entity.name)}`,
      change: { addNames: [name({ name: other, notSameAs: entity.name }, article)] },
      scope,
    });
  return offers;
}

/** A few words right before the quote, so that the same words quoted twice are told apart. */
export function contextBefore(text: string, start: number): string | undefined {
  const before = text
    .slice(Math.max(0, start - 80), start)
    .replace(/[\s"\u201c\u201d\u2018\u2019'\u00ab\u00bb\u201e]+$/u, '')
    .split(/\s+/)
    .filter(Boolean);
  const words = before.slice(-4).join(' ');
  return words || undefined;
}

/** The quote's anchor: its words, and context only when the article quotes the same words more than once. */
export function quoteAnchor(text: string, quote: { start: number; end: number }, article: string): QuoteCorrection {
  const words = text.slice(quote.start, quote.end);
  const twice = text.indexOf(words) !== text.lastIndexOf(words);
  const context = twice ? contextBefore(text, quote.start) : undefined;
  return { article, quote: words, ...(context ? { context } : {}) };
}

export function quoteOffers(markup: Markup, text: string, quote: Quote, reported: boolean, article: string): Offer[] {
  const anchor = quoteAnchor(text, quote, article);
  const speaker = entityById(markup, quote.speaker);
  const what = reported ? 'reported speech' : 'quote';
  const offers: Offer[] = [
    {
      title: speaker ? `Change the speaker of this ${what} (now ${speaker.name})…` : `Set the speaker of this ${what}…`,
      ask: 'speaker',
      complete: (who) => ({ addQuotes: [{ ...anchor, speaker: who }] }),
      scope: 'article',
    },
  ];
  if (speaker)
    offers.push({ title: `Nobody named speaks this ${what}`, change: { addQuotes: [{ ...anchor, speaker: null }] }, scope: 'article' });
  offers.push({ title: `This is not a ${what}`, change: { addQuotes: [{ ...anchor, notAQuote: true }] }, scope: 'article' });
  return offers;
}

/** Selected words the engine did not mark: mark them as a name of a type, or as a quote. */
export function selectionOffers(text: string, at: Place, article: string, articleScope: boolean): Offer[] {
  const words = text.slice(at.start, at.end);
  const trimmed = words.trim();
  if (!trimmed || trimmed.length > 2000) return [];
  const offers: Offer[] = [];
  if (trimmed.length <= MAX_MARKED && !/\n/.test(trimmed))
    for (const type of TYPES)
      offers.push({
        title: `Mark ${quoted(trimmed)} as ${A_TYPE[type]}`,
        change: { addNames: [name({ name: trimmed, type, mark: true }, articleScope ? article : undefined)] },
        scope: articleScope ? 'article' : 'workspace',
      });
  const start = at.start + words.indexOf(trimmed);
  const anchor = quoteAnchor(text, { start, end: start + trimmed.length }, article);
  offers.push({
    title: `Mark the selection as a quote…`,
    ask: 'speaker',
    complete: (who) => ({ addQuotes: [{ ...anchor, markAsQuote: true, ...(who === null ? {} : { speaker: who }) }] }),
    scope: 'article',
  });
  return offers;
}

/**
 * Every correction at a place: on a name (its entity), on a quote, and on selected words that are not
 * exactly a name. `articleScope`: name corrections limited to this article.
 */
export function offersAt(markup: Markup, text: string, at: Place, article: string, articleScope = false): Offer[] {
  const offers: Offer[] = [];
  const hit = entityAt(markup, at.start);
  const selected = at.end > at.start;
  const exactlyAName = hit && hit.span.start === at.start && hit.span.end === at.end;
  if (hit && (!selected || exactlyAName || (hit.span.start <= at.start && at.end <= hit.span.end))) {
    const mention = hit.mention && hit.mention.kind === 'name' ? hit.mention.text : undefined;
    offers.push(...entityOffers(hit.entity, mention, articleScope ? article : undefined));
  }
  if (selected && !exactlyAName) offers.push(...selectionOffers(text, at, article, articleScope));
  const q = quoteAt(markup, at.start);
  if (q && (!selected || (q.quote.start <= at.start && at.end <= q.quote.end)))
    offers.push(...quoteOffers(markup, text, q.quote, q.reported, article));
  return offers;
}

/** The speakers a reader picks from: the article's people and organizations, most mentioned first. */
export function speakerChoices(markup: Markup): Entity[] {
  return markup.entities
    .filter((e) => e.type !== 'place' && !e.credit)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
