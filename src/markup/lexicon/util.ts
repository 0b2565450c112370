/**
 * Tiny helpers shared by the lexicon modules. Lists are stored as one long `|`-separated string
 * per list (compact in the bundle) and split once at module load.
 */

/** Splits a `|`-separated list, trimming entries and dropping empty ones. */
export function splitList(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split('|')) {
    const t = part.trim();
    if (t) out.push(t);
  }
  return out;
}

/** A lowercase copy of a set of strings, for case-insensitive lookups. */
export function lowerSet(values: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const v of values) out.add(v.toLowerCase());
  return out;
}

/** Normalises curly apostrophes to ASCII ones so "People’s" and "People's" look up the same. */
export function normApostrophe(s: string): string {
  return s.indexOf('\u2019') >= 0 ? s.replace(/\u2019/g, "'") : s;
}

/** A value computed on first use and cached: for derived lookup tables only some callers need. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value as T;
  };
}

/**
 * A ReadonlySet whose contents are built on first use (first `has`, `size` or iteration), then kept.
 * Importing the lexicon stays cheap; each list pays its build (well under a millisecond to a few ms)
 * the first time it is consulted. `warmUp` in index.ts forces every list.
 */
export class LazySet<T> implements ReadonlySet<T> {
  private built: Set<T> | undefined;
  constructor(private readonly build: () => Iterable<T>) {}
  private get set(): Set<T> {
    if (this.built === undefined) {
      const b = this.build();
      this.built = b instanceof Set ? b : new Set(b);
    }
    return this.built;
  }
  has(value: T): boolean {
    return this.set.has(value);
  }
  get size(): number {
    return this.set.size;
  }
  forEach(callback: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.set.forEach((v) => callback.call(thisArg, v, v, this));
  }
  entries(): SetIterator<[T, T]> {
    return this.set.entries();
  }
  keys(): SetIterator<T> {
    return this.set.keys();
  }
  values(): SetIterator<T> {
    return this.set.values();
  }
  [Symbol.iterator](): SetIterator<T> {
    return this.set[Symbol.iterator]();
  }
}

/** A ReadonlyMap built on first use; see `LazySet`. */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  private built: Map<K, V> | undefined;
  constructor(private readonly build: () => Map<K, V>) {}
  private get map(): Map<K, V> {
    return (this.built ??= this.build());
  }
  get(key: K): V | undefined {
    return this.map.get(key);
  }
  has(key: K): boolean {
    return this.map.has(key);
  }
  get size(): number {
    return this.map.size;
  }
  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.map.forEach((v, k) => callback.call(thisArg, v, k, this));
  }
  entries(): MapIterator<[K, V]> {
    return this.map.entries();
  }
  keys(): MapIterator<K> {
    return this.map.keys();
  }
  values(): MapIterator<V> {
    return this.map.values();
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.map[Symbol.iterator]();
  }
}
