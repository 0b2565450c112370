/**
 * Every word list of the lexicon, by name, so that one unit test can check them all: no list holds
 * an entry twice, and lists that must not share a word (titles and descriptors, person and
 * organization role nouns, speech and quote-only verbs, ...) do not. A list registers the keys its
 * entries are looked up by (the word before a `~gender` or `:forms` annotation).
 */
import { LazySet, splitList } from './util';

const lists = new Map<string, () => readonly string[]>();

/** Registers a list's lookup keys under a name ("roles.person", "speech.quoteOnly"). */
export function registerList(name: string, keys: () => readonly string[]): void {
  if (lists.has(name)) throw new Error(`lexicon list registered twice: ${name}`);
  lists.set(name, keys);
}

/** A `|`-separated list as a set of its entries, registered under `name`. */
export function wordSet(name: string, data: string): ReadonlySet<string> {
  registerList(name, () => splitList(data));
  return new LazySet(() => splitList(data));
}

/** Every registered list: name → its keys, in the order written. */
export function registeredLists(): ReadonlyMap<string, () => readonly string[]> {
  return lists;
}
