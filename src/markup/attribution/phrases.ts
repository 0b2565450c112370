/**
 * The speaker's noun phrase next to a speech verb ("the Russian leader stressed", "said Putin"),
 * and who it names: a person or an organization named in it, a pronoun, a role, an organization
 * noun or a document resolved to someone named before, or a nameless source ("officials").
 */
import * as lex from '../lexicon';
import { ANAPHORIC_DETERMINERS, DEFINITE_DETERMINERS, DETERMINERS, PHRASE_STOPS, SKIPPABLE_BEFORE_CUE } from '../lexicon/speakers';
import type { Token } from '../tokens';
import type { EntityType } from '../types';
import { subjectPronoun, type AttributionContext, type SpeakerGuess } from './context';
import { resolveDocument } from './resolvers/document';
import { resolveOrganization } from './resolvers/organization';
import { resolvePronoun } from './resolvers/pronoun';
import { resolveRole } from './resolvers/role';

export const isVerb = (t: Token) => t.tags.has('Verb') && !t.tags.has('ProperNoun');
const isProper = (t: Token) => /^\p{Lu}/u.test(t.text);
const isPronoun = (t: Token) => !!subjectPronoun(t.lower);
/** Punctuation after a token other than an apostrophe (possessive) or a hyphen: a phrase ends there. */
export const punctuatedAfter = (t: Token) => /[^\s'’-]/.test(t.post.replace(/^['’]s?/, ''));
/** A comma after a token, or the stop of an abbreviation and a comma ("Jr.,", "Inc.,"). */
const commaAfter = (post: string) => /^\.?,\s*$/.test(post);
/** A title abbreviation and its stop ("Dr.", "Sen.", "Lt.") or an initial ("J."): never the end of a speaker's phrase. */
export const isAbbreviatedTitle = (t: Token) =>
  /^\.\s*$/.test(t.post) &&
  (t.tags.has('Honorific') || lex.isPersonTitle(t.text) || lex.personTitles.has(t.lower + '.') || /^\p{Lu}$/u.test(t.text));

/** An adverb or an auxiliary between a speaker and the verb: "also", "has", "forcefully". */
const skippableBeforeCue = (t: Token) => SKIPPABLE_BEFORE_CUE.has(t.lower) || (t.tags.has('Adverb') && /^\p{Ll}+ly$/u.test(t.text));

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);

/** "The plan was widely ridiculed": the subject of a passive is not the speaker (but "he was quoted as saying" is). */
function passiveBefore(ctx: AttributionContext, from: number, cue: number): boolean {
  const { tokens } = ctx;
  const lemma = tokens[cue].cue?.lemma;
  if (lemma === 'quote' || lemma === 'cite' || !/ed$|[^e]n$/.test(tokens[cue].lower)) return false;
  for (let i = from; i < cue; i++) if (BE.has(tokens[i].lower)) return true;
  return false;
}

/** Prepositions that tie people to where they work or whom they speak for: "analysts at", "a spokesman for". */
const ROLE_LINKS = new Set(['at', 'for', 'from', 'with', 'of']);
const isPersonRole = (t: Token) => lex.roleNounInfo(t.lower)?.kind === 'person';
/** Prepositions after which a document names who issued it: "a statement from the union", "a report by the ministry". */
const ISSUER_LINKS = new Set(['from', 'by', 'of']);
const isDocument = (t: Token) => lex.roleNounInfo(t.lower)?.kind === 'document';
const isSpeakingNoun = (t: Token) => isPersonRole(t) || isDocument(t);

/** The token range [first, last) of a phrase. */
export type Phrase = [number, number];

/** Where the phrase before a cue really ends: past adverbs ("also"), a bracket ("(D-Wis.)"), an aside between commas. */
function phraseEndBefore(ctx: AttributionContext, cue: number, floor: number): number | null {
  const { tokens } = ctx;
  let last = cue;
  while (last - 1 >= floor && skippableBeforeCue(tokens[last - 1]) && !/[^\s]/.test(tokens[last - 1].post)) last--;
  if (last - 1 < floor || passiveBefore(ctx, last, cue)) return null;
  const post = tokens[last - 1].post.replace(/^['’]s?/, '');
  // "Rep. Gwen Moore (D-Wis.) said", "Ana Ruiz (D-Lima), said": the bracket is stepped over.
  if (/\),?\s*$/.test(post)) {
    let open = last - 1;
    while (open > floor && last - open < 8 && !tokens[open].pre.includes('(')) open--;
    if (!tokens[open].pre.includes('(') || open <= floor) return null;
    return open;
  }
  if (commaAfter(post)) {
    let comma = last - 2;
    while (comma >= floor && last - comma < 12 && !commaAfter(tokens[comma].post)) comma--;
    if (comma < floor || last - comma >= 12) return null;
    // "The head of the union, Ana Ruiz, said": a person's name between the commas is the speaker.
    const aside = ctx.namedAt(tokens[comma + 1]);
    if (aside?.entity.type === 'person' && aside.mention.end === tokens[last - 1].end) return last;
    return comma + 1;
  }
  return /[^\s'’-]/.test(post) ? null : last;
}

/**
 * Subject phrase ending right before token `cue` (skipping adverbs and auxiliaries).
 * Steps over a bracket ("Rep. Gwen Moore (D-Wis.) said") and a comma-enclosed role or aside
 * ("Smith, the minister, said", "Clinton, at a press gaggle, said") to the name before it.
 */
export function phraseBefore(ctx: AttributionContext, cue: number, floor: number): Phrase | null {
  const { tokens } = ctx;
  const last = phraseEndBefore(ctx, cue, floor);
  if (last === null) return null;
  let first = last - 1;
  if (isPronoun(tokens[first])) return [first, last];
  if (PHRASE_STOPS.has(tokens[first].lower) || (isVerb(tokens[first]) && !isProper(tokens[first]))) return null;
  while (first - 1 >= floor) {
    const t = tokens[first - 1];
    // Inside one name mention nothing ends the phrase: a nickname in quote marks (Marcia "Cia" Price).
    const inName = !!ctx.entityCovering(t) && ctx.entityCovering(t) === ctx.entityCovering(tokens[first]);
    if (inName) {
      first--;
      continue;
    }
    if (punctuatedAfter(t) && !isAbbreviatedTitle(t)) break;
    // "analysts at the bank", "a spokesman for the ministry": the people before the preposition speak.
    // "the analysis of its statistics": a document before the preposition speaks.
    if (ROLE_LINKS.has(t.lower) && first - 2 >= floor && !punctuatedAfter(tokens[first - 2]) && isSpeakingNoun(tokens[first - 2])) {
      first--;
      continue;
    }
    if (PHRASE_STOPS.has(t.lower) || isVerb(t) || ctx.insideQuote(t) || isPronoun(t)) break;
    first--;
    const roleBefore = first - 2 >= floor && ROLE_LINKS.has(tokens[first - 1].lower) && isSpeakingNoun(tokens[first - 2]);
    if (DETERMINERS.has(t.lower) && !roleBefore) break;
  }
  return [first, last];
}

/** A comma, or a closing bracket and a comma, after a token: "Ruiz,", "(R-Ohio),". */
const chunkEnds = (t: Token) => commaAfter(t.post) || /^\),\s*$/.test(t.post);

/**
 * The subject that opens a stretch of appositions before a verb: "Ana Ruiz, the union's lawyer, a
 * post she has held since May, said". The stretch [from, cue) opens with a short phrase and a comma,
 * ends in a comma, and holds no quote, no speech verb and no sentence end. Null when it is not so.
 */
export function subjectBeforeAppositions(ctx: AttributionContext, from: number, cue: number): Phrase | null {
  const { tokens } = ctx;
  let end = cue;
  while (end - 1 > from && skippableBeforeCue(tokens[end - 1]) && !/[^\s]/.test(tokens[end - 1].post)) end--;
  if (end - from > 40 || end - from < 3 || !chunkEnds(tokens[end - 1])) return null;
  // "On Tuesday, Ana Ruiz, the minister, said": one opening phrase before the subject is stepped over.
  if (tokens[from].tags.has('Preposition') || tokens[from].tags.has('Date')) {
    let comma = from;
    while (comma < end - 1 && comma - from < 6 && !commaAfter(tokens[comma].post)) comma++;
    if (!commaAfter(tokens[comma].post)) return null;
    from = comma + 1;
  }
  if (from >= end || tokens[from].tags.has('Preposition') || isPronoun(tokens[from])) return null;
  let first = from;
  while (first < end - 1 && first - from < 8 && !chunkEnds(tokens[first])) first++;
  if (first >= end - 1 || !chunkEnds(tokens[first])) return null;
  const sentence = tokens[cue].sentence;
  for (let i = from; i < end; i++) {
    const t = tokens[i];
    if (t.sentence !== sentence || ctx.insideQuote(t) || (i > first && ctx.cueAt(i)) || /[;:]/.test(t.post)) return null;
  }
  // "The head of the union, Ana Ruiz, said": a person's name after a phrase that names no person is the subject.
  const next = ctx.namedAt(tokens[first + 1]);
  // "Scott's niece, Marcia Price, said": a possessive name describes the subject; it is not the subject.
  const opener = nameIn(ctx, [from, first + 1], 'person', '', true);
  const possessive = opener && tokens[ctx.tokenAt(opener.mention.end) - 1]?.possessive;
  if (next?.entity.type === 'person' && (!opener || possessive)) {
    const after = ctx.tokenAt(next.mention.end);
    if (after <= end && chunkEnds(tokens[after - 1])) return [first + 1, after];
  }
  return [from, first + 1];
}

/** Phrase starting at token `i` (after a verb: "said the Russian leader"). */
export function phraseAfter(ctx: AttributionContext, i: number, ceiling: number): Phrase | null {
  const { tokens } = ctx;
  let last = i;
  while (last < ceiling && last - i < 8) {
    const t = tokens[last];
    const issuer = ISSUER_LINKS.has(t.lower) && last > i && isDocument(tokens[last - 1]) && !punctuatedAfter(tokens[last - 1]);
    if ((PHRASE_STOPS.has(t.lower) && !issuer) || (last > i && isVerb(t) && !isProper(t)) || ctx.insideQuote(t)) break;
    last++;
    // "said Sen. Ola Brandt": the title's stop does not end the phrase when a name follows.
    if (punctuatedAfter(t) && !(isAbbreviatedTitle(t) && last < ceiling && isProper(tokens[last]))) break;
  }
  return last > i ? [i, last] : null;
}

/** Whether tokens may lie between a quote and the phrase before its verb: "…," Paul Meyer, the chief economist of Hansa Bank, said. */
export function joinsSpeaker(t: Token): boolean {
  return (!punctuatedAfter(t) || /^\.\s*$/.test(t.post)) && !PHRASE_STOPS.has(t.lower) && !isPronoun(t);
}

/** The head noun of a phrase: its last word before "of", "at", "for"… ("the head of state" as a unit is checked first). */
function phraseHead(phrase: readonly Token[]): string | null {
  const words = phrase.map((t) => t.lower);
  const joined = words.filter((w) => !DETERMINERS.has(w)).join(' ');
  if (lex.roleNounInfo(joined)) return joined;
  const of = words.findIndex((w, k) => k > 0 && (ROLE_LINKS.has(w) || w === 'by'));
  const core = of > 0 ? words.slice(0, of) : words;
  for (let n = Math.min(3, core.length); n >= 1; n--) {
    const tail = core.slice(core.length - n).join(' ');
    if (lex.roleNounInfo(tail)) return tail;
  }
  return core[core.length - 1] ?? null;
}

/**
 * A name of the given type in the phrase: the one nearest the verb. "Mr. Morgan of the Sierra Club
 * said": the head comes before "of", so the part before it is searched first.
 */
function nameIn(ctx: AttributionContext, [first, last]: Phrase, type: EntityType, rule: string, cueAfter: boolean): SpeakerGuess | null {
  let headEnd = last;
  for (let i = first + 1; i < last; i++) {
    if (ctx.tokens[i].lower === 'of') {
      headEnd = i;
      break;
    }
  }
  const parts: Phrase[] =
    headEnd < last
      ? [
          [first, headEnd],
          [headEnd, last],
        ]
      : [[first, last]];
  for (const [from, to] of parts) {
    for (let k = 0; k < to - from; k++) {
      const named = ctx.namedAt(ctx.tokens[cueAfter ? to - 1 - k : from + k]);
      if (named?.entity.type === type) return { mention: named.mention, kind: 'name', entityId: named.entity.id, rule };
    }
  }
  return null;
}

/** A phrase without a name: a pronoun, a role, an organization noun or a document, resolved; or a nameless source. */
function unnamedSpeaker(ctx: AttributionContext, [first, last]: Phrase, rule: string, at: number): SpeakerGuess | null {
  const { tokens } = ctx;
  const phrase = tokens.slice(first, last);
  const head = phrase[phrase.length - 1];
  // Places and dates do not speak ("in Tulsa", "early Friday"), though they may describe who does ("the Indiana governor").
  // A possessive date describes the thing that speaks: "Monday's statement".
  const dated = phrase.some((t) => (t.tags.has('Date') && !t.possessive) || (t.tags.has('Adverb') && !SKIPPABLE_BEFORE_CUE.has(t.lower)));
  if (ctx.entityCovering(head) || head.tags.has('Date') || dated) return null;
  const pronoun = phrase.length === 1 ? subjectPronoun(tokens[first].lower) : undefined;
  if (pronoun) {
    const g = pronoun.gender;
    const id = g === 'male' || g === 'female' ? resolvePronoun(ctx, g, first) : null;
    return {
      mention: ctx.span(tokens[first].start, tokens[first].end),
      kind: 'pronoun',
      entityId: id,
      rule: id ? `${rule}+pronoun` : rule,
    };
  }
  const headWord = phraseHead(phrase);
  const info = headWord ? lex.roleNounInfo(headWord) : undefined;
  const mention = ctx.span(tokens[first].start, tokens[last - 1].end);
  const determiner = tokens[first].lower;
  if (info?.kind === 'document') return documentSpeaker(ctx, [first, last], info.plural ?? false, rule, at);
  // "the minister" is someone named before; "her rival" is someone else.
  if (info?.kind === 'person' && ANAPHORIC_DETERMINERS.has(determiner)) {
    const id = resolveRole(ctx, phrase.map((t) => t.lower).join(' '), info.gender, at);
    return { mention, kind: 'descriptor', entityId: id, rule: id ? `${rule}+descriptor` : rule };
  }
  if (info?.kind === 'organization' && DEFINITE_DETERMINERS.has(determiner)) {
    const id = resolveOrganization(ctx, headWord!, at);
    return { mention, kind: 'descriptor', entityId: id, rule: id ? `${rule}+organization` : rule };
  }
  // "a source", "officials", "one analyst": a speaker with no name. Anything else is not a speaker.
  if (info || head.tags.has('Actor') || head.tags.has('Person')) return { mention, kind: 'other', entityId: null, rule };
  return shortNameOf(ctx, [first, last], rule, at);
}

/**
 * "the Times wrote", "the Post reported": a capitalised word after "the" that the tagger did not take
 * for a name is an organization's short name, the organization named before whose name holds it.
 */
function shortNameOf(ctx: AttributionContext, [first, last]: Phrase, rule: string, at: number): SpeakerGuess | null {
  const { tokens } = ctx;
  if (last - first !== 2 || tokens[first].lower !== 'the' || !/^\p{Lu}\p{Ll}/u.test(tokens[first + 1].text)) return null;
  const id = resolveOrganization(ctx, tokens[first + 1].lower, at);
  const mention = ctx.span(tokens[first].start, tokens[last - 1].end);
  return { mention, kind: 'descriptor', entityId: id, rule: id ? `${rule}+organization` : rule };
}

/**
 * A document that speaks: "the statement" for whoever made the latest attribution, "a statement from
 * the union" for the union. A bare singular noun is no speaker: "according to plan".
 */
function documentSpeaker(ctx: AttributionContext, [first, last]: Phrase, plural: boolean, rule: string, at: number): SpeakerGuess | null {
  const { tokens } = ctx;
  if (last - first === 1 && !plural) return null;
  const mention = ctx.span(tokens[first].start, tokens[last - 1].end);
  for (let k = first + 1; k < last - 1; k++) {
    if (!ISSUER_LINKS.has(tokens[k].lower)) continue;
    const issuer = unnamedSpeaker(ctx, [k + 1, last], rule, at);
    if (issuer?.entityId) return { ...issuer, mention, kind: 'document' };
    break;
  }
  const id = DEFINITE_DETERMINERS.has(tokens[first].lower) ? resolveDocument(ctx, at) : null;
  return { mention, kind: 'document', entityId: id, rule: id ? `${rule}+document` : rule };
}

/**
 * The speaker a phrase names, for rule `rule`; `cueAfter` when the speech verb follows the phrase
 * (the name nearest the verb is its head). `at`: where the attribution is, for recency.
 */
export function speakerOf(ctx: AttributionContext, phrase: Phrase, rule: string, at: number, cueAfter = true): SpeakerGuess | null {
  let [first] = phrase;
  const last = phrase[1];
  while (first < last && /^[,;:]$/.test(ctx.tokens[first].text)) first++;
  if (first >= last) return null;
  at = Math.min(at, ctx.tokens[first].start);
  // A name in the phrase wins ("Russian President Vladimir Putin", "Smith, the minister,"): a person first, then an organization.
  const named = nameIn(ctx, [first, last], 'person', rule, cueAfter) ?? nameIn(ctx, [first, last], 'organization', rule, cueAfter);
  return named ?? unnamedSpeaker(ctx, [first, last], rule, at) ?? (cueAfter ? placeAsSubject(ctx, [first, last], rule) : null);
}

/** A country or a city that is the whole subject of a verb of speech speaks for its government: "China said", "Japan branded". */
function placeAsSubject(ctx: AttributionContext, [first, last]: Phrase, rule: string): SpeakerGuess | null {
  const { tokens } = ctx;
  // "at the University of Arkansas, said": a place after a preposition is not the subject.
  const before = tokens[first - 1];
  const prepositionBefore = before && (PHRASE_STOPS.has(before.lower) || before.tags.has('Preposition'));
  if (prepositionBefore && before.sentence === tokens[first].sentence) return null;
  if (tokens[first].lower === 'the') first++;
  const named = first < last ? ctx.namedAt(tokens[first]) : undefined;
  if (named?.entity.type !== 'place' || named.mention.end !== tokens[last - 1].end) return null;
  return { mention: named.mention, kind: 'name', entityId: named.entity.id, rule };
}
