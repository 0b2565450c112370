/**
 * The engine's lexicons: small data modules built once at module load into Sets/Maps, with O(1)
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
export { countries, sovereignStates, countryCanonical, isCountry, canonicalCountry } from './countries';
export { nationalities, nationalityPlace, isNationality, nationalityOf } from './nationalities';
export {
  places, regions, cities, usStates, provinces, geographicFeatures, usStateAbbreviations, placeHeadWords,
  weakPlaceHeadWords, placeLeadWords, isPlace, isPlaceHeadWord, usStateForAbbreviation, spellingOfPlace,
} from './places';
export {
  organizations, organizationAcronyms, organizationCategory, newsAgencies, orgHeadWords, corporateSuffixes,
  orgForAcronym, canonicalOrganization, isOrganization, isNewsAgency, isOrgHeadWord, isCorporateSuffix,
} from './organizations';
export type { OrgCategory } from './organizations';
export { personTitles, isPersonTitle, titleCoreLength, genderOfTitle } from './titles';
export type { Gender } from './titles';
export { roleNouns, personRoleNouns, organizationRoleNouns, documentNouns, roleNounInfo } from './roles';
export type { RoleInfo, RoleKind } from './roles';
export {
  firstNames, maleFirstNames, femaleFirstNames, unisexFirstNames, ambiguousFirstNames, genderOfFirstName,
  isFirstName, isAmbiguousFirstName,
} from './names';
export type { FirstNameGender } from './names';
export { speechVerbs, multiWordSpeechCues, documentSpeechVerbs, speechCue, isDocumentSpeechVerb } from './speech';
export type { SpeechCue, CueStrength } from './speech';
export { pronouns, pronounInfo, pronounGender } from './pronouns';
export type { PronounInfo, PronounGender, PronounCase } from './pronouns';
export {
  calendarWords, sentenceStarters, honorificWords, miscNames, commonCapitalizedNonEntities,
  isCommonCapitalizedNonEntity, isMiscName, isCalendarWord,
} from './nonEntities';

import { countries, countryCanonical, sovereignStates } from './countries';
import { nationalities, nationalityPlace } from './nationalities';
import { places, placeHeadWords, placeLeadWords, weakPlaceHeadWords, usStates, usStateAbbreviations } from './places';
import { corporateSuffixes, newsAgencies, organizationAcronyms, organizationCategory, organizations, orgHeadWords } from './organizations';
import { personTitles } from './titles';
import { documentNouns, organizationRoleNouns, personRoleNouns, roleNouns } from './roles';
import { firstNames, femaleFirstNames, maleFirstNames, unisexFirstNames } from './names';
import { documentSpeechVerbs, multiWordSpeechCues, speechVerbs } from './speech';
import { commonCapitalizedNonEntities } from './nonEntities';
import { isPersonTitle } from './titles';
import { roleNounInfo } from './roles';
import { ambiguousFirstNames } from './names';

/**
 * Builds every lexicon table now (they are otherwise built on first use).
 * Returns the time taken and the total number of entries across the tables.
 */
export function warmUp(): { ms: number; entries: number } {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  const all: Array<ReadonlySet<unknown> | ReadonlyMap<unknown, unknown>> = [
    countries, countryCanonical, sovereignStates, nationalities, nationalityPlace, places, placeHeadWords,
    placeLeadWords, weakPlaceHeadWords, usStates, usStateAbbreviations, corporateSuffixes, newsAgencies,
    organizationAcronyms, organizationCategory, organizations, orgHeadWords, personTitles, documentNouns,
    organizationRoleNouns, personRoleNouns, roleNouns, firstNames, femaleFirstNames, maleFirstNames,
    unisexFirstNames, documentSpeechVerbs, multiWordSpeechCues, speechVerbs, commonCapitalizedNonEntities,
  ];
  let entries = 0;
  for (const t of all) entries += t.size;
  // helpers with private tables of their own
  isPersonTitle('Russian President');
  roleNounInfo('the former minister');
  entries += ambiguousFirstNames().size;
  const ms = (typeof performance !== 'undefined' ? performance.now() : Date.now()) - t0;
  return { ms, entries };
}
