/**
 * What the document-level passes share: the candidates of every segment placed in the document,
 * and the groups of mentions that will become entities (one group per name, aliases resolved to
 * their group). A pass adds mentions, casts votes or forces a type, and records why.
 */
import * as lex from '../../lexicon';
import type { NameCorrectionKind } from '../../corrections/types';
import type { Frame } from '../../frame';
import type { Firing, RuleInfo } from '../../rule';
import type { Token } from '../../tokens';
import type { EntityType, Votes } from '../../types';
import { emptyVotes, type Candidate, type Vote } from '../candidate';

export interface GroupMention {
  start: number;
  end: number;
  text: string;
  weak: boolean;
}

export interface Group {
  key: string;
  mentions: GroupMention[];
  votes: Votes;
  /** Every vote cast for this group, by candidates and by document passes. */
  evidence: Vote[];
  names: Set<string>;
  /** Full names from a lexicon or an expansion: preferred as the canonical name. */
  canonical: string | null;
  titled: boolean;
  /** Some mention was found in running text, not only in a headline or as a lone clause opener. */
  strong: boolean;
  forced: EntityType | null;
  /** The rule that forced the type. */
  forcedBy: string | null;
  /** What the reader's corrections did to this group (`corrections/names.ts`). */
  corrected?: Set<NameCorrectionKind>;
}

/** A name to add to its group: a candidate, an acronym's expansion, a name a document pass found. */
export interface NameInput {
  start: number;
  end: number;
  text: string;
  votes: Votes;
  evidence: readonly Vote[];
  title: string | null;
  weak: boolean;
}

export interface DocumentRule<Id extends string = string> extends RuleInfo<Id> {
  apply(doc: DocumentContext): void;
}

export const documentRule = <const Id extends string>(rule: DocumentRule<Id>) => rule;

// Names repeat across an article and across passes: their keys are remembered (bounded).
const keys = new Map<string, string>();
/** The key names are grouped by: lower case, no stops, straight apostrophes, single spaces. */
export function keyOf(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size > 50_000) keys.clear();
    key = name
      .toLowerCase()
      .replace(/\u2019/g, "'")
      .replace(/\./g, '')
      .replace(/\s+/g, ' ');
    keys.set(name, key);
  }
  return key;
}

export const wordsOf = (name: string) => name.split(/\s+/);

/** A name a lexicon knows as a place or an organization. */
export function isLexical(name: string, ignoreCase = false): boolean {
  if (lex.isNationality(name, ignoreCase)) return false;
  return (
    lex.isCountry(name, ignoreCase) || lex.isPlace(name, ignoreCase) || !!lex.orgForAcronym(name) || lex.isOrganization(name, ignoreCase)
  );
}

/** The lexicon's votes on a name (a headline's name, an acronym's expansion). */
export function lexicalVotes(name: string, ignoreCase = false): { votes: Votes; evidence: Vote[] } {
  const votes = emptyVotes();
  const evidence: Vote[] = [];
  if (lex.isCountry(name, ignoreCase) || lex.isPlace(name, ignoreCase)) {
    votes.place += 3;
    evidence.push({ rule: 'lexicon-place', type: 'place', weight: 3 });
  }
  if (lex.orgForAcronym(name) || lex.isOrganization(name, ignoreCase)) {
    votes.organization += 3;
    evidence.push({ rule: 'lexicon-organization', type: 'organization', weight: 3 });
  }
  return { votes, evidence };
}

export class DocumentContext {
  readonly groups = new Map<string, Group>();
  /** Key of an alias → key of the group it names. */
  readonly alias = new Map<string, string>();
  /** Sports copy: a sports slug in the headline, or results lines. */
  sports = false;
  readonly firings: Firing[] = [];
  /** Offsets of the text's line breaks, found once: the line of a mention by bisection, not by a scan. */
  private newlines: number[] | undefined;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    readonly candidates: readonly Candidate[],
    readonly frame: Pick<Frame, 'dateline' | 'datelineBelowHeadline' | 'furniture'>,
    /** Token indexes of each ALL-CAPS line (headlines). */
    readonly headlineTokens: ReadonlyArray<readonly number[]>,
  ) {}

  group(key: string): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = {
        key,
        mentions: [],
        votes: emptyVotes(),
        evidence: [],
        names: new Set(),
        canonical: null,
        titled: false,
        strong: false,
        forced: null,
        forcedBy: null,
      };
      this.groups.set(key, g);
    }
    return g;
  }

  resolve(key: string): string {
    for (let i = 0; i < 5 && this.alias.has(key); i++) key = this.alias.get(key)!;
    return key;
  }

  /** Adds a name to the group of its key (or of the full name a lexicon gives for an acronym). */
  addMention(c: NameInput): void {
    let key = this.resolve(keyOf(c.text));
    const expansion = lex.orgForAcronym(c.text);
    if (!this.groups.has(key) && !this.alias.has(keyOf(c.text)) && expansion) {
      this.alias.set(key, keyOf(expansion));
      key = this.resolve(key);
      this.group(key).canonical ??= expansion;
    }
    const g = this.group(key);
    this.mention(g, { start: c.start, end: c.end, text: c.text, weak: c.weak });
    g.names.add(c.text);
    g.votes.person += c.votes.person;
    g.votes.organization += c.votes.organization;
    g.votes.place += c.votes.place;
    for (const v of c.evidence) g.evidence.push(v);
    if (c.title) g.titled = true;
  }

  /** The line [start, end) that holds an offset (end: the line break or the end of the text). */
  lineAround(offset: number): { start: number; end: number } {
    if (!this.newlines) {
      this.newlines = [];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) this.newlines.push(i);
    }
    const nl = this.newlines;
    let lo = 0,
      hi = nl.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nl[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return { start: lo > 0 ? nl[lo - 1] + 1 : 0, end: lo < nl.length ? nl[lo] : this.text.length };
  }

  /** Adds a mention to a group. */
  mention(g: Group, m: GroupMention): void {
    g.mentions.push(m);
    if (!m.weak) g.strong = true;
  }

  /** A document pass votes for a group's type. */
  vote(g: Group, type: EntityType, weight: number, rule: string, at?: { start: number; end: number }): void {
    g.votes[type] += weight;
    g.evidence.push({ rule, type, weight });
    if (at) this.firings.push({ rule, start: at.start, end: at.end });
  }

  /** A document pass settles a group's type whatever the votes say. */
  force(g: Group, type: EntityType, rule: string): void {
    g.forced = type;
    g.forcedBy = rule;
    for (const m of g.mentions) this.firings.push({ rule, start: m.start, end: m.end });
  }

  fired(rule: string, at: { start: number; end: number }): void {
    this.firings.push({ rule, start: at.start, end: at.end });
  }
}
