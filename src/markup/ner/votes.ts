/**
 * Type votes cast on a candidate from what its segment shows: the lexicons, the shape of the name,
 * the title before it, compromise's tags, and the context cues after it. Each vote names its rule,
 * so that an entity can say which cues made it a person, an organization or a place.
 */
import * as lex from '../lexicon';
import { compileCue, NAME_CONTEXT_CUES } from '../lexicon/contextCues';
import { COMPASS_WORDS, CONNECTORS, NAME_PARTICLES, NICKNAME_WORDS, NON_ENTITY_ACRONYMS, OF_JOINABLE_HEADS } from '../lexicon/nameParts';
import type { RuleInfo } from '../rule';
import type { Token } from '../tokens';
import type { EntityType, Votes } from '../types';
import { emptyVotes, type SegmentContext, type Vote } from './candidate';
import { startsClause } from './words';

/** What a vote rule sees: the name as settled, its words, the text right after it. */
export interface VoteInput {
  s: SegmentContext;
  first: number;
  last: number;
  text: string;
  words: readonly string[];
  title: string | null;
  /** Up to 40 characters after the name. */
  after: string;
  /** The votes cast so far (a rule may vote only where nothing else has). */
  votes: Readonly<Votes>;
  /** Groups of context cues that have voted: one vote per group. */
  groupsVoted: Set<string>;
}

/** Casts a vote for a type, in the name of the rule casting it. */
export type Cast = (type: EntityType, weight: number) => void;

export interface VoteRule<Id extends string = string> extends RuleInfo<Id> {
  vote(input: VoteInput, cast: Cast): void;
}

const voteRule = <const Id extends string>(rule: VoteRule<Id>) => rule;

const TOWN_REGION = /^,[^\S\n]+(\p{Lu}[\p{L}.]*(?:[^\S\n]\p{Lu}[\p{L}.]*){0,2}?)(?=$|[,.;:)]|[^\S\n]+\p{Ll})/u;
const INITIAL = /^\p{Lu}$|^(?:\p{Lu}\.)+$/u;
/** "Lee Cheuk-yan", "Park Joo-Ho"; "Ji-sung Park": a hyphenated given name of short syllables beside a family name. */
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}{1,4} \p{Lu}\p{Ll}{1,4}-\p{L}\p{Ll}{1,5}$/u;
const HYPHENATED_GIVEN_FIRST = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,4} \p{Lu}\p{Ll}{1,5}$/u;
const LOCATIVE_WORDS = new Set(['in', 'near', 'from']);

const isPlaceTagged = ({ tags }: Token) => tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region');

/** An everyday word that is not a word of place names ("Star", "Environment"; not "West", "Republic", "Park"). */
const isThingWord = (w: string) =>
  /^\p{Lu}/u.test(w) &&
  lex.isEnglishWord(w) &&
  !COMPASS_WORDS.has(w) &&
  !lex.isPlaceHeadWord(w, true) &&
  !OF_JOINABLE_HEADS.has(w) &&
  !lex.isPlace(w);

/** The words that may head a name: its last word, and the word before its first "of" or "for" ("University of Helsinki"). */
function heads(words: readonly string[]): string[] {
  const joiner = words.findIndex((w) => w === 'of' || w === 'for');
  return joiner > 0 ? [words[joiner - 1], words[words.length - 1]] : [words[words.length - 1]];
}

/** A head word before "for" names a body with a purpose: "Centre for Social Studies", "Council for Trade". */
function headBeforeFor(words: readonly string[]): boolean {
  const joiner = words.indexOf('for');
  return joiner > 0 && (lex.isOrgHeadWord(words[joiner - 1]) || lex.isPlaceHeadWord(words[joiner - 1]));
}

/**
 * A context cue after the name as a vote rule. In a group of cues only the first that matches votes:
 * the others describe alternatives of the same observation ("X, 45," or "X, who").
 */
function cueVoteRule(cue: (typeof NAME_CONTEXT_CUES)[number]): VoteRule<(typeof NAME_CONTEXT_CUES)[number]['id']> {
  const matcher = compileCue(cue);
  return {
    id: cue.id,
    description: cue.description,
    example: cue.example,
    vote(input, cast) {
      if (input.groupsVoted.has(cue.group) || ('oneWord' in cue && input.words.length !== 1) || !matcher.test(input.after)) return;
      input.groupsVoted.add(cue.group);
      cast(cue.type, cue.weight);
    },
  };
}

const lexiconVotes = [
  voteRule({
    id: 'lexicon-place',
    description: 'The lexicon knows the name as a country or a place (in any case when it is written in capitals)',
    example: 'talks in [Kyrgyzstan]',
    vote: ({ text }, cast) => {
      // A name in capitals ("UNITED STATES") is looked up in any case; an acronym is not ("US" is not "us").
      const caps = text.length > 4 && /\p{L}{3}/u.test(text) && text === text.toUpperCase();
      if (lex.isCountry(text, caps) || lex.isPlace(text, caps)) cast('place', 3);
    },
  }),
  voteRule({
    id: 'lexicon-organization',
    description: 'The lexicon knows the name as an organization, an acronym of one, or a news agency',
    example: 'a [NATO] summit',
    vote: ({ text }, cast) => {
      if (lex.orgForAcronym(text) || lex.isOrganization(text) || lex.isNewsAgency(text)) cast('organization', 3);
    },
  }),
  voteRule({
    id: 'organization-head-word',
    description: 'The name ends in a word that heads organization names, or opens with one before "of": "Bank", "Corp", "Ministry of"',
    example: 'the [Harbour Savings Bank]',
    vote: ({ words }, cast) => {
      if (words.length > 1 && (heads(words).some((w) => lex.isOrgHeadWord(w)) || headBeforeFor(words))) cast('organization', 2);
    },
  }),
  voteRule({
    id: 'organization-word-ending',
    description: 'A one-word name that is no everyday word ends in a word that makes organization names: "-news", "-soft", "-bank"',
    example: 'a deal with [Norvibank] fell through',
    vote: ({ words }, cast) => {
      if (words.length === 1 && lex.hasOrgWordEnding(words[0]) && !lex.isEnglishWord(words[0])) cast('organization', 1);
    },
  }),
  voteRule({
    id: 'place-head-word',
    description: 'The name ends in a word that heads place names, or opens with one before "of": "River", "County", "Gulf of"',
    example: 'flooding along the [Tana River]',
    vote: ({ words }, cast) => {
      if (words.length > 1 && !headBeforeFor(words) && heads(words).some((w) => lex.isPlaceHeadWord(w))) cast('place', 2);
    },
  }),
  voteRule({
    id: 'given-name',
    description: 'The name opens with a known given name',
    example: '[Ingrid Solberg] won the vote',
    vote: ({ words }, cast) => {
      if (lex.genderOfFirstName(words[0]) && words.length > 1 && words.length <= 4) cast('person', 2);
    },
  }),
  voteRule({
    id: 'title',
    description: 'A title stands before the name: "President", "Dr.", "striker"',
    example: 'Prime Minister [Ola Brandt]',
    vote: ({ title }, cast) => {
      if (title) cast('person', 3);
    },
  }),
] as const;

const shapeVotes = [
  voteRule({
    id: 'name-particle',
    description: 'A name particle inside the name: "van der", "al-"',
    example: '[Joost van der Merwe] scored twice',
    vote: ({ words }, cast) => {
      if (words.length > 2 && words.slice(1, -1).some((w) => NAME_PARTICLES.has(w) && w === w.toLowerCase() && w !== 'y'))
        cast('person', 1);
    },
  }),
  voteRule({
    id: 'initial-and-surname',
    description: 'An initial and a surname: "A. Smith", "J.R. Ewing"',
    example: '[J. Pooley] was out for 12',
    vote: ({ words }, cast) => {
      const last = words[words.length - 1];
      const shaped = words.length > 1 && words.length <= 4 && INITIAL.test(words[0]) && /^\p{Lu}\p{Ll}/u.test(last);
      const placeFirst = lex.isCountry(words[0]) || lex.isPlace(words[0]);
      if (shaped && !placeFirst && !words.some((w) => CONNECTORS.has(w) && !NAME_PARTICLES.has(w))) cast('person', 2);
    },
  }),
  voteRule({
    id: 'hyphenated-given-name',
    description: 'A family name and a hyphenated given name of short syllables, or the reverse: "Lee Cheuk-yan", "Ji-sung Park"',
    example: '[Wong Siu-fai] won the seat',
    vote: ({ text, words }, cast) => {
      const syllables = HYPHENATED_GIVEN.test(text) || HYPHENATED_GIVEN_FIRST.test(text);
      if (syllables && !words.some((w) => lex.isPlace(w))) cast('person', 2);
    },
  }),
  voteRule({
    id: 'acronym',
    description: 'An acronym in running text is most often an organization (unless it is a unit or a time zone)',
    example: 'traders on [NYMEX]',
    vote: ({ words, text }, cast) => {
      if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(text) && !NON_ENTITY_ACRONYMS.has(text)) cast('organization', 0.6);
    },
  }),
  voteRule({
    id: 'plain-name-shape',
    description: 'Two or three capitalised words, none an everyday English word, and nothing else known: most often a person',
    example: '[Tomas Ferreira] arrived late',
    vote: ({ words, votes }, cast) => {
      const plain = words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w));
      const english = words.some((w) => lex.isEnglishWord(w));
      if (plain && !english && !votes.organization && !votes.place) cast('person', 0.5);
    },
  }),
  voteRule({
    id: 'tagger',
    description: 'compromise tags the words as a person, an organization or a place (a weaker vote; not a place beside everyday words)',
    example: '[Mitsubishi] said',
    vote: ({ s, first, last }, cast) => {
      let person = 0,
        organization = 0,
        place = 0,
        thingWords = 0;
      for (let i = first; i < last; i++) {
        const tags = s.tokens[i].tags;
        if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName')) person++;
        if (tags.has('Organization')) organization++;
        if (isPlaceTagged(s.tokens[i])) place++;
        else if (isThingWord(s.tokens[i].text)) thingWords++;
      }
      const n = last - first;
      if (person) cast('person', person / n);
      if (organization) cast('organization', organization / n);
      // A place beside everyday words does not make the name a place ("Toronto Star", "Environment Canada"), nor
      // a place after a word that is not one ("Valeska Paris").
      let lead = first;
      while (lead < last - 1 && COMPASS_WORDS.has(s.tokens[lead].text)) lead++;
      const placeFirst = isPlaceTagged(s.tokens[lead]);
      if (place && (s.allCaps || 2 * place > n || (!thingWords && placeFirst))) cast('place', place / n);
    },
  }),
  voteRule({
    id: 'article-before-name',
    description:
      'A name right after "the" that heads its phrase names a thing, a place or a body, not a person: the person votes ' +
      'cast so far are taken back ("the Ross Sea", "the Magic Circle"; not "the Bush administration")',
    example: 'fish found under the [Vela Shelf] this year',
    vote: ({ s, first, last, title, votes }, cast) => {
      if (title || votes.person <= 0 || !articleHeads(s.tokens, first, last)) return;
      cast('person', -votes.person);
    },
  }),
] as const;

const sentenceOf = (s: SegmentContext, t: Token) => s.sentences[t.sentence];

/** Tags of a word after a name that is not a noun the name modifies ("the Bush administration"). */
const NOT_NOUN = ['Verb', 'Copula', 'Auxiliary', 'Modal', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Adverb'] as const;

/** "the" right before the name, and no lower-case noun after it that the name would modify. */
function articleHeads(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.lower !== 'the' || before.sentence !== tokens[first].sentence || before.post !== ' ') return false;
  const end = tokens[last - 1],
    next = tokens[last];
  if (!next || next.sentence !== end.sentence || end.possessive || end.post !== ' ') return true;
  const modified = /^\p{Ll}/u.test(next.text) && !NOT_NOUN.some((tag) => next.tags.has(tag));
  return !modified;
}

const contextVotes = [
  voteRule({
    id: 'town-and-region',
    description: 'A town followed by its country or state: "Lockerbie, Scotland", "Troy, Tennessee"',
    example: '[Troy], Tennessee',
    vote: ({ after, text, words }, cast) => {
      const region = TOWN_REGION.exec(after)?.[1];
      if (!region) return;
      const known = lex.isCountry(region) || lex.usStates.has(region) || lex.provinces.has(region) || !!lex.usStateForAbbreviation(region);
      if (known && !lex.isCountry(text) && !lex.genderOfFirstName(words[0])) cast('place', 1.5);
    },
  }),
  ...NAME_CONTEXT_CUES.map(cueVoteRule),
  voteRule({
    id: 'place-based',
    description: 'The name before "-based" is a place: "Ohio-based"',
    example: 'the [Ohio]-based company',
    vote: ({ s, last }, cast) => {
      if (s.tokens[last] && s.tokens[last - 1].post === '-' && s.tokens[last].lower === 'based') cast('place', 1.5);
    },
  }),
  voteRule({
    id: 'capitalised-article',
    description: 'A capitalised "The" inside a sentence before the name is part of a title: most often a newspaper, a band or a club',
    example: 'he told The [Coastal Gazette] on Monday',
    vote: ({ s, first }, cast) => {
      const prev = s.tokens[first - 1],
        word = s.tokens[first - 2];
      // Inside running text: a word and a space (or a comma) before it, no quote mark or dash ("1994 - The Treaty").
      const running = word && word.sentence === prev?.sentence && /^,? $/.test(word.post) && !prev.pre && /\p{L}$/u.test(word.text);
      // "called him The Birdman", "dressed as The Fawn": a nickname.
      if (running && (NICKNAME_WORDS.has(word.lower) || NICKNAME_WORDS.has(s.tokens[first - 3]?.lower ?? ''))) return;
      if (!s.allCaps && prev?.text === 'The' && running && !startsClause(s.tokens, first - 1, sentenceOf(s, prev))) cast('organization', 1);
    },
  }),
  voteRule({
    id: 'compass-region',
    description: 'A compass word alone after "the" names a region: "the North", "the West" (not "the Northern")',
    example: 'troops moved to the [North] on Monday',
    vote: ({ s, first, words }, cast) => {
      const region = words.length === 1 && COMPASS_WORDS.has(words[0]) && !/[nl]$/.test(words[0]);
      if (region && s.tokens[first - 1]?.lower === 'the' && !s.allCaps) cast('place', 1.5);
    },
  }),
  voteRule({
    id: 'locative-word',
    description: 'The name after "in", "near" or "from" leans to a place',
    example: 'fighting near [Bakhmut]',
    vote: ({ s, first }, cast) => {
      const prev = s.tokens[first - 1];
      if (prev && LOCATIVE_WORDS.has(prev.lower) && !prev.post.trim()) cast('place', 0.5);
    },
  }),
] as const;

/** The vote rules in the order they cast (the order in which an entity lists its evidence). */
export const VOTE_RULES = [...lexiconVotes, ...shapeVotes, ...contextVotes];

export type VoteRuleId = (typeof VOTE_RULES)[number]['id'];

/** Every vote on a settled candidate, in order, with their sums by type. */
export function castVotes(
  s: SegmentContext,
  first: number,
  last: number,
  text: string,
  title: string | null,
  after: string,
): { votes: Votes; evidence: Vote[] } {
  const votes = emptyVotes();
  const evidence: Vote[] = [];
  let current = '';
  const cast: Cast = (type, weight) => {
    votes[type] += weight;
    evidence.push({ rule: current, type, weight });
  };
  const words = s.tokens.slice(first, last).map((t) => t.text);
  const input: VoteInput = { s, first, last, text, title, after, votes, words, groupsVoted: new Set() };
  for (const rule of VOTE_RULES) {
    current = rule.id;
    rule.vote(input, cast);
  }
  return { votes, evidence };
}
