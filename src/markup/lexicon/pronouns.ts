/**
 * English personal pronouns with the gender/number they imply, for pronoun resolution:
 * he/him/his/himself → male; she/her/hers/herself → female; they/them/their → plural (or unknown
 * singular "they"); it/its → an organization or document. First and second person are included so
 * callers can recognise (and skip) them inside quotes.
 */
import type { Gender } from '../types';

export type PronounGender = Gender | 'plural' | 'neuter';
export type PronounCase = 'subject' | 'object' | 'possessive' | 'reflexive';
export interface PronounInfo {
  /** 3 for he/she/it/they; 1 and 2 for I/we and you. */
  person: 1 | 2 | 3;
  gender?: PronounGender;
  case: PronounCase;
  /** What a third-person pronoun can refer to. */
  refersTo?: 'person' | 'organization' | 'any';
}

const T = (gender: PronounGender, c: PronounCase, refersTo: PronounInfo['refersTo']): PronounInfo => ({
  person: 3,
  gender,
  case: c,
  refersTo,
});

export const pronouns: ReadonlyMap<string, PronounInfo> = new Map<string, PronounInfo>([
  ['he', T('male', 'subject', 'person')],
  ['him', T('male', 'object', 'person')],
  ['his', T('male', 'possessive', 'person')],
  ['himself', T('male', 'reflexive', 'person')],
  ['she', T('female', 'subject', 'person')],
  ['her', T('female', 'object', 'person')],
  ['hers', T('female', 'possessive', 'person')],
  ['herself', T('female', 'reflexive', 'person')],
  ['they', T('plural', 'subject', 'any')],
  ['them', T('plural', 'object', 'any')],
  ['their', T('plural', 'possessive', 'any')],
  ['theirs', T('plural', 'possessive', 'any')],
  ['themselves', T('plural', 'reflexive', 'any')],
  ['themself', T('plural', 'reflexive', 'person')],
  ['it', T('neuter', 'subject', 'organization')],
  ['its', T('neuter', 'possessive', 'organization')],
  ['itself', T('neuter', 'reflexive', 'organization')],
  ['i', { person: 1, case: 'subject' }],
  ['me', { person: 1, case: 'object' }],
  ['my', { person: 1, case: 'possessive' }],
  ['mine', { person: 1, case: 'possessive' }],
  ['myself', { person: 1, case: 'reflexive' }],
  ['we', { person: 1, case: 'subject' }],
  ['us', { person: 1, case: 'object' }],
  ['our', { person: 1, case: 'possessive' }],
  ['ours', { person: 1, case: 'possessive' }],
  ['ourselves', { person: 1, case: 'reflexive' }],
  ['you', { person: 2, case: 'subject' }],
  ['your', { person: 2, case: 'possessive' }],
  ['yours', { person: 2, case: 'possessive' }],
  ['yourself', { person: 2, case: 'reflexive' }],
  ['yourselves', { person: 2, case: 'reflexive' }],
]);

/**
 * Pronoun info, case-insensitively ("He" → male subject). "US" in capitals is the country, not "us":
 * an all-caps "US" returns undefined.
 */
export function pronounInfo(s: string): PronounInfo | undefined {
  if (s === 'US') return undefined;
  return pronouns.get(s.toLowerCase());
}

/** The gender a third-person pronoun implies: "he" → male, "she" → female, "they" → plural, "it" → neuter. */
export function pronounGender(s: string): PronounGender | undefined {
  return pronounInfo(s)?.gender;
}
