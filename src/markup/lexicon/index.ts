/**
 * The engine's lexicons: small data modules built once (on first use) into Sets/Maps, with O(1)
 * lookup helpers. Pure TypeScript (no `vscode`, no Node built-ins) so it also runs in a web worker.
 *
 * Matching is case-sensitive on the name as written in English news unless a helper takes an
 * `ignoreCase` flag. Decisions worth knowing:
 * - "Russian" is a nationality (`isNationality`), never a country; "Russia" is a country.
 * - `isPlace` accepts countries too; `places` itself holds only non-country places.
 * - "May" (also "June", "April", "August") is a month in `calendarWords` AND a female first name:
 *   `genderOfFirstName("May") === "female"`, `isAmbiguousFirstName("May") === true` — context decides.
 * - "the" alone is not a title; `isPersonTitle("the President")` is (determiner + title).
 *
 * Loading: importing this module only defines the data strings (a couple of ms). Each Set/Map is built
 * on first use (`LazySet`/`LazyMap`, then plain O(1) lookups); `warmUp()` builds them all at once, e.g.
 * when a worker starts, so that the first analysis does not pay for it.
 */
import { LazyMap, LazySet } from './util';

export * from './countries';
export * from './nationalities';
export * from './places';
export * from './organizations';
export * from './titles';
export * from './roles';
export * from './names';
export * from './speech';
export * from './pronouns';
export * from './nonEntities';
export * from './teams';
export * from './commonWords';
export * from './furniture';
export * from './coref';

import * as C from './countries';
import * as N from './nationalities';
import * as P from './places';
import * as O from './organizations';
import * as T from './titles';
import * as R from './roles';
import * as F from './names';
import * as S from './speech';
import * as X from './nonEntities';
import * as TM from './teams';
import * as CW from './commonWords';

/**
 * Builds every lexicon table now (they are otherwise built on first use).
 * Returns the time taken and the total number of entries across the tables.
 */
export function warmUp(): { ms: number; entries: number } {
  const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const t0 = now();
  let entries = 0;
  for (const mod of [C, N, P, O, T, R, F, S, X, TM, CW] as Array<Record<string, unknown>>) {
    for (const v of Object.values(mod)) if (v instanceof LazySet || v instanceof LazyMap) entries += v.size;
  }
  // tables private to helpers
  T.isPersonTitle('Russian President');
  R.roleNounInfo('the former minister');
  entries += F.ambiguousFirstNames().size;
  return { ms: now() - t0, entries };
}
