/**
 * Coreference beyond speakers: the pronouns and roles of an article tied to the entity they stand
 * for, as `pronoun` and `descriptor` mentions of it. Runs after attribution (whose speakers it
 * reads and whose speaker mentions it keeps), rules in the order of `COREF_RULES`. Precision first:
 * a word a rule is unsure of is left unlinked.
 */
import type { Firing } from '../rule';
import { CorefContext, type CorefInput, type Link } from './context';
import type { CorefRule } from './rule';
import { appositiveRole, predicateRole } from './rules/apposition';
import { organizationDescriptor, placeDescriptor, roleDescriptor } from './rules/descriptors';
import { interviewFirstPerson, interviewSecondPerson } from './rules/interview';
import { organizationPronoun } from './rules/organizationPronoun';
import { pronounAgreement } from './rules/pronoun';
import { quoteFirstPerson } from './rules/quoteFirstPerson';

export type { CorefInput } from './context';

export const COREF_RULES = [
  quoteFirstPerson,
  interviewFirstPerson,
  interviewSecondPerson,
  pronounAgreement,
  organizationPronoun,
  appositiveRole,
  predicateRole,
  roleDescriptor,
  organizationDescriptor,
  placeDescriptor,
] as const satisfies readonly CorefRule[];

export type CorefRuleId = (typeof COREF_RULES)[number]['id'];

export function corefer(input: CorefInput): { links: Link[]; firings: Firing[] } {
  const ctx = new CorefContext(input);
  for (const rule of COREF_RULES) rule.apply(ctx);
  return { links: ctx.links, firings: ctx.firings };
}
