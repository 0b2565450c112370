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

/** Looks `s` up case-sensitively in `exact`, or case-insensitively in `lower` when `ignoreCase`. */
export function has(exact: ReadonlySet<string>, lower: ReadonlySet<string>, s: string, ignoreCase = false): boolean {
  return ignoreCase ? lower.has(s.toLowerCase()) : exact.has(s);
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
