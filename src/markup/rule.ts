/**
 * What every rule of the engine has, whatever its family: an id that names it in the evidence, a
 * one-line description a user can read, and an example of the text it is made for. Rule families
 * (candidate boundaries, type votes, document passes, attribution) add their own `apply` signature.
 */

export interface RuleInfo<Id extends string = string> {
  id: Id;
  /** What the rule does, in one line. */
  description: string;
  /** A sentence the rule is made for, the words it reads in brackets. */
  example: string;
}

/** One time a rule fired, over a span of the text: kept for the tests and for `analyze(text, { trace: true })`. */
export interface Firing {
  rule: string;
  start: number;
  end: number;
}
