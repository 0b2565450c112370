/**
 * The words coreference reads beyond pronouns and roles: what says that an article is an interview
 * and who is interviewed ("Wikinews interviewed X", "an interview with X", "X spoke to us").
 */
import { wordSet } from './registry';

/** Words that introduce the person interviewed, before or after the name: "interviews X", "X tells". */
export const INTERVIEW_WORDS = wordSet(
  'coref.interviewWords',
  'interview|interviews|interviewed|interviewing|interviewee|spoke|speaks|talked|talks|sat|sits|tells|told|asked|asks|answered|answers',
);

/** Nouns that stand for a country named before: "the country", "this nation". */
export const COUNTRY_NOUNS = wordSet('coref.countryNouns', 'country|nation|kingdom|republic');

/** Nouns that stand for a town or city named before: "the city", "the capital". */
export const SETTLEMENT_NOUNS = wordSet('coref.settlementNouns', 'city|town|village|capital|municipality|metropolis|hamlet');

/**
 * Nouns that stand for a place named before whose name holds them ("the district" ~ "Kowloon East
 * district"), or, for the first few, a region the lexicon knows ("the state" ~ "Virginia").
 */
export const REGION_NOUNS = wordSet(
  'coref.regionNouns',
  'state|province|region|territory|county|district|constituency|island|peninsula|commonwealth|emirate|prefecture|' +
    'valley|river|lake|mountain|street|road|square|bridge|airport|station|port|harbour|harbor|stadium|arena|' +
    'museum|gallery|park|memorial|hall|center|centre|hotel|prison|camp|base|facility|site',
);

/** Institutions a place or an organization may be named for, beyond the organization nouns of `roles.ts`: "the church", "the mosque". */
export const INSTITUTION_NOUNS = wordSet(
  'coref.institutionNouns',
  'church|mosque|synagogue|temple|cathedral|monastery|academy|laboratory|lab',
);

/** Organization nouns that may stand for an organization named just before even when its name does not hold them: "the company". */
export const GENERIC_ORGANIZATION_NOUNS = wordSet(
  'coref.genericOrganizationNouns',
  'company|firm|organization|organisation|group|team|side|club|business|outfit|charity|startup|start-up|carmaker|automaker|' +
    'retailer|airline|lender|insurer',
);
