/**
 * The shape of a coreference rule: it reads the whole article through the context and ties
 * pronouns and roles to the entities they stand for (`ctx.link`). Rules run in the order of
 * `COREF_RULES`; a word one rule linked is not linked again by a later one.
 */
import type { RuleInfo } from '../rule';
import type { CorefContext } from './context';

export interface CorefRule<Id extends string = string> extends RuleInfo<Id> {
  apply(ctx: CorefContext): void;
}

export const corefRule = <const Id extends string>(rule: CorefRule<Id>) => rule;
