import type { RuleInfo } from '../../rule';

/**
 * A resolver ties a pronoun, a role or a document to an entity named before; its id is added to
 * the rule's ("speaker-cue-quote+pronoun").
 */
export const resolverInfo = <const Id extends string>(info: RuleInfo<Id>) => info;
