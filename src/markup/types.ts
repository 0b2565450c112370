/**
 * The markup of one article, as `analyze` returns it.
 *
 * Every span is a pair of UTF-16 offsets into the exact text given to `analyze` (JavaScript string
 * indices, end exclusive), and `text` always equals `input.slice(start, end)`. The input is never
 * normalised before offsets are taken: a BOM or CRLF line ends stay where they are.
 */

import type { AttributionRuleId, ResolverId } from './attribution';
import type { Corrections, CorrectionsOutcome, NameCorrectionKind } from './corrections/types';
import type { Firing } from './rule';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export type EntityType = 'person' | 'organization' | 'place';

/** Votes for each type of a name, summed over the cues that saw it. */
export interface Votes {
  person: number;
  organization: number;
  place: number;
}

/** The gender a text states for a person (a pronoun, a title, a gendered noun, a given name). */
export type Gender = 'male' | 'female';

/** name: a proper name ("Vladimir Putin", "SCO"); descriptor: a role ("the Russian leader"); pronoun: "he". */
export type MentionKind = 'name' | 'descriptor' | 'pronoun';

export interface Mention extends Span {
  kind: MentionKind;
}

export interface Entity {
  /** Stable within one result: "e1", "e2", … in order of first mention. */
  id: string;
  type: EntityType;
  /** The canonical (longest, fullest) name: "Vladimir Putin", "Shanghai Cooperation Organization". */
  name: string;
  /** Other names the article uses for it: acronyms ("SCO"), short forms ("Putin" is not listed: a surname is implied). */
  aliases: string[];
  /** Every mention in text order. */
  mentions: Mention[];
  /** Why the entity has its type: the rule that settled it, the votes, and the cues that cast them. */
  evidence: TypeEvidence;
  /** The evidence in a line a reader can follow: "organization (type-votes): lexicon-organization +3, …". */
  why: string;
  /**
   * True when the article names it only in its furniture — a byline, a photo credit, a teaser for
   * another story — and never in the story itself: a photographer, a reporter. Absent otherwise.
   * A credited entity is never a speaker of the story's quotes.
   */
  credit?: boolean;
  /** A person's gender as the article states it (a pronoun, a gendered title or role), never guessed from a name. */
  gender?: Gender;
  /** What the reader's corrections did to it ("retype", "mark", "sameAs", …): the UI says "corrected by you". Absent otherwise. */
  corrected?: NameCorrectionKind[];
}

/** The evidence for an entity's type. Rule ids are those of `describeRule` (docs/architecture.md lists them). */
export interface TypeEvidence {
  /** The rule that settled the type: "type-votes" when the votes did, or the rule that forced it ("dateline-place", "sports-team"). */
  decidedBy: string;
  /** The votes for each type, summed over all mentions. */
  votes: Votes;
  /** Each rule that voted, for one type: its summed weight and how many times it voted, strongest first. */
  cues: Array<{ rule: string; type: EntityType; weight: number; count: number }>;
}

/** A header field at the top of the file: `date 2022-12-09` or `title: …`. */
export interface HeaderField {
  key: string;
  keySpan: Span;
  value: Span;
}

export interface Header {
  fields: HeaderField[];
  /** Convenience copy of the `date` field's value, if any. */
  date: Span | null;
}

/** "MOSCOW, December 9. /TASS/." / "WASHINGTON (Reuters) -": the opening of the body. */
export interface Dateline {
  span: Span;
  place: Span | null;
  /** The country, state or region after the place: "Peru" in "LIMA, Peru (Reuters) -". */
  region: Span | null;
  date: Span | null;
  agency: Span | null;
}

/**
 * Article furniture: what frames the story without being part of it. caption: a photo caption;
 * credit: a photo or image credit ("Image: Name.", "REUTERS/Name"); byline: who wrote or edited the
 * story ("By Name", "(Reporting by …)"); teaser: a link to another story ("READ MORE: …");
 * notice: a line a web page left ("Article Continued Below").
 */
export type FurnitureKind = 'caption' | 'credit' | 'byline' | 'teaser' | 'notice';

export interface Furniture extends Span {
  kind: FurnitureKind;
  /** The words that mark it, when it has any: "Image:", "Reporting by", "READ MORE:", "By". */
  label: Span | null;
  /** The frame rule that recognised it (docs/architecture.md lists them). */
  rule: string;
}

export interface Paragraph {
  start: number;
  end: number;
}

/**
 * Which rule tied a quote to its speaker, and which resolver tied a pronoun or a role to an entity:
 * "quote-cue-speaker" for `"…," said Putin`, "quote-speaker-cue+pronoun" for `"…," he said`.
 */
export type AttributionRule = AttributionRuleId | `${AttributionRuleId}+${ResolverId}`;

/** A direct quote (with quote marks) or a reported-speech span (without). */
export interface Quote extends Span {
  /** Id of the entity who speaks, or null when no speaker is in reach. */
  speaker: string | null;
  /** The words in the text that name the speaker here: "Putin", "the Russian leader", "he", "the address". */
  speakerMention: Span | null;
  /** The speech verb: "said", "pointed out", "according to". */
  cue: Span | null;
  /** The rule that made the attribution; null when unattributed. */
  rule: AttributionRule | null;
  /** The rule (and resolver) in words: "quote-cue-speaker: A speech verb right after the quote, then the speaker". */
  why: string | null;
}

export interface Speaker {
  entityId: string;
  name: string;
  type: EntityType;
  /** Direct quotes attributed to this entity. */
  quoteCount: number;
  /** Reported-speech spans attributed to this entity. */
  reportedCount: number;
}

export interface Markup {
  /** Length of the analysed text, so a consumer can tell which version a result belongs to. */
  length: number;
  header: Header;
  dateline: Dateline | null;
  /** Captions, credits, bylines, teasers and page notices, in text order: not the story. */
  furniture: Furniture[];
  paragraphs: Paragraph[];
  entities: Entity[];
  /** Direct quotes in text order. */
  quotes: Quote[];
  /** Reported speech without quote marks, in text order. */
  reported: Quote[];
  /** People (or organizations) with at least one quote or reported-speech span, most quoted first (never a credited entity). */
  speakers: Speaker[];
  /** Things the engine decided not to do, in words a user can read (e.g. text truncated). */
  notices: string[];
  /** With `trace: true`: every time a rule fired, over the span it read, in text order. */
  trace?: Firing[];
  /** When corrections were given: how many applied, and those whose words the article no longer holds. */
  corrections?: CorrectionsOutcome;
}

export interface AnalyzeOptions {
  /** Analyse at most this many characters; the rest is left unmarked and a notice says so. */
  maxLength?: number;
  /**
   * When the text given is only the first part of a longer document (a caller that cut it to
   * `maxLength` before handing it over), the whole document's length: `length` and the notice speak of it.
   */
  documentLength?: number;
  /** Record every rule that fires (`Markup.trace`): for the rule fixtures and for debugging a decision. */
  trace?: boolean;
  /**
   * The reader's corrections that apply to this article (`correctionsFor`): an input of the
   * analysis, so a retyped name changes the people, the speakers, pronouns and attribution.
   */
  corrections?: Pick<Corrections, 'names' | 'quotes'>;
}
