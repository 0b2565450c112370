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
