/**
 * Changes to a corrections list, as the editor's commands make them: a new entry replaces the
 * entries it contradicts ("X is a place" replaces "X is a person" in the same scope), and every
 * change knows its inverse, so "undo" works on the file as it is on disk now, not on a copy.
 */
import { nameCorrectionKind, type Corrections, type NameCorrection, type QuoteCorrection } from './types';

export interface CorrectionChange {
  addNames?: NameCorrection[];
  removeNames?: NameCorrection[];
  addQuotes?: QuoteCorrection[];
  removeQuotes?: QuoteCorrection[];
}

const fold = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().toLowerCase();

/** Whether two entries say the same thing (field order aside). */
function sameEntry<T extends object>(a: T, b: T): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof T>;
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}

/** A name has one status per scope (a type, not a name, marked); two names are either one entity or two. */
function namesContradict(a: NameCorrection, b: NameCorrection): boolean {
  if (fold(a.article) !== fold(b.article)) return false;
  const ka = nameCorrectionKind(a);
  const kb = nameCorrectionKind(b);
  const link = (k: string) => k === 'sameAs' || k === 'notSameAs';
  if (link(ka) !== link(kb)) return false;
  if (!link(ka)) return fold(a.name) === fold(b.name);
  const pair = (c: NameCorrection) => [fold(c.name), fold(c.sameAs ?? c.notSameAs)].sort().join('\u0000');
  return pair(a) === pair(b);
}

/** One quote has one correction; a speaker given to a quote the reader marked keeps the mark. */
function quotesContradict(a: QuoteCorrection, b: QuoteCorrection): boolean {
  return fold(a.article) === fold(b.article) && a.quote === b.quote && fold(a.context) === fold(b.context);
}

function without<T extends object>(list: T[], remove: T[]): { kept: T[]; removed: T[] } {
  const kept: T[] = [];
  const removed: T[] = [];
  for (const entry of list) (remove.some((r) => sameEntry(r, entry)) ? removed : kept).push(entry);
  return { kept, removed };
}

/**
 * Applies a change: removals first, then additions, each addition dropping the entries it
 * contradicts. Returns the new list and the change that undoes it.
 */
export function applyCorrectionChange(current: Corrections, change: CorrectionChange): { next: Corrections; inverse: CorrectionChange } {
  const names = without(current.names, change.removeNames ?? []);
  const quotes = without(current.quotes, change.removeQuotes ?? []);
  const inverse: Required<CorrectionChange> = {
    addNames: [...names.removed],
    removeNames: [],
    addQuotes: [...quotes.removed],
    removeQuotes: [],
  };
  let nextNames = names.kept;
  for (const add of change.addNames ?? []) {
    const dropped = nextNames.filter((n) => namesContradict(n, add));
    nextNames = [...nextNames.filter((n) => !dropped.includes(n)), add];
    inverse.addNames.push(...dropped);
    inverse.removeNames.push(add);
  }
  let nextQuotes = quotes.kept;
  for (const added of change.addQuotes ?? []) {
    const dropped = nextQuotes.filter((q) => quotesContradict(q, added));
    const add = dropped.some((q) => q.markAsQuote) && added.speaker !== undefined ? { ...added, markAsQuote: true as const } : added;
    nextQuotes = [...nextQuotes.filter((q) => !dropped.includes(q)), add];
    inverse.addQuotes.push(...dropped);
    inverse.removeQuotes.push(add);
  }
  return { next: { version: 1, names: nextNames, quotes: nextQuotes }, inverse };
}

/** Whether a change changes nothing (its entries are already there, or gone). */
export function changesNothing(current: Corrections, change: CorrectionChange): boolean {
  const has = <T extends object>(list: T[], e: T) => list.some((x) => sameEntry(x, e));
  return (
    (change.addNames ?? []).every((e) => has(current.names, e)) &&
    (change.addQuotes ?? []).every((e) => has(current.quotes, e)) &&
    (change.removeNames ?? []).every((e) => !has(current.names, e)) &&
    (change.removeQuotes ?? []).every((e) => !has(current.quotes, e))
  );
}
