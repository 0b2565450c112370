/**
 * What a token is, as the name passes need to know it: a capitalised word, an initial, a clause's
 * first word, a function word, a word compromise knows as an ordinary word. Pure questions about
 * one token (and its neighbours), no decisions.
 */
import * as lex from '../lexicon';
import { FUNCTION_TAGS, FUNCTION_WORDS, HYPHENATED_NAME_PREFIXES, NAME_ABBREVIATIONS, NAME_PARTICLES } from '../lexicon/nameParts';
import { lexiconEntry } from '../nlp/compromise';
import type { Sentence, Token } from '../tokens';

const CAPITALISED = /^[\p{Lu}]/u;
const PREFIXED_NAME = new RegExp(`^(?:${[...HYPHENATED_NAME_PREFIXES].join('|')})-\\p{Lu}`, 'u');

export const isCapitalised = (word: string) => CAPITALISED.test(word) || PREFIXED_NAME.test(word);
export const isAcronym = (word: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&.-]{1,6}$/u.test(word);
export const hyphenAfter = (t: Token) => t.post === '-';
export const breaksBefore = (token: Token) => /[^\s]/.test(token.pre);

/** Punctuation after a token that ends a name: commas, stops (not after an initial or abbreviation), quotes, brackets, dashes. */
export function breaksAfter(token: Token): boolean {
  const post = token.post.trim();
  if (!post) return token.post.length > 0 && token.post !== ' ' && token.post !== '\u00a0' ? /[^\s]/.test(token.post) : false;
  if (post === '.' && (/^\p{Lu}$/u.test(token.text) || /\.$/.test(token.text) || NAME_ABBREVIATIONS.has(token.text))) return false;
  return true;
}

/** A word that may be part of a name: capitalised (any word in an ALL-CAPS line), not a day or a month. */
export function isNameToken(token: Token, allCaps: boolean): boolean {
  if (!/\p{L}/u.test(token.text)) return false;
  // "U.S.-based", "U.N.-led": a compound word the tokenizer keeps whole, not part of the name after it.
  if (/^(?:\p{Lu}\.)+-\p{Ll}/u.test(token.text)) return false;
  if (lex.isDayOrMonth(token.lower)) return false;
  if (allCaps) return true;
  return isCapitalised(token.text);
}

/** An initial before a capitalised name: "A. Smith", "J. Pooley" (not the article "A"). */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  return /^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post) && !!next && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** First word of a sentence, or of a quote or bracket inside one: capitalised whatever it is. */
export function startsClause(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  return i === sentence.first || /["“«„‘'([:]/.test(tokens[i].pre) || /[:;]\s*["“«„‘']?\s*$/.test(tokens[i - 1]?.post ?? '');
}

export function isFunctionWord(token: Token): boolean {
  // "U.S." is not the pronoun "us".
  if (/^(?:\p{Lu}\.){2,}$/u.test(token.text)) return false;
  if (token.tags.has('ProperNoun') && !token.tags.has('Pronoun') && !token.tags.has('Determiner')) return false;
  return FUNCTION_TAGS.some((tag) => token.tags.has(tag)) || FUNCTION_WORDS.has(token.lower);
}

/**
 * A clause's first word that compromise reads as a verb, written before more capitals, is most often the
 * first word of a name: "Marks & Spencer", "Harbour Metrics", "Will Ferrell", "Ban Ki-moon".
 */
export function isVerbOpeningName(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  if (!next || i + 1 >= sentence.last || t.post !== ' ' || t.possessive || !/^\p{Lu}\p{Ll}/u.test(t.text)) return false;
  if (!(t.tags.has('Verb') || t.tags.has('Modal')) || GRAMMAR_TAGS.some((tag) => t.tags.has(tag))) return false;
  // "Returning America to …", "Asked Smith": a verb in -ing or -ed is a verb.
  if (/(?:ing|ed)$/.test(t.lower)) return false;
  if (FUNCTION_WORDS.has(t.lower) || lex.sentenceStarters.has(t.text) || lex.isPersonTitle(t.text)) return false;
  const after = next.text === '&' ? tokens[i + 2] : next;
  if (!after || after.sentence !== t.sentence || !/^\p{Lu}/u.test(after.text) || /\d/.test(after.text)) return false;
  // "House Speaker Ana Ruiz": the capitals after it open a title.
  return !lex.isPersonTitle(after.text) && !lex.isPersonTitle(`${after.text} ${tokens[i + 2]?.text ?? ''}`);
}

/**
 * A given name that is also an everyday word, a month or a sentence opener ("Will", "May", "Jan", "Grant"),
 * right before a surname or a name particle: "Will Ferrell", "May Ellis", "Jan de Vries" (not "Will Smith").
 */
export function isGivenNameBeforeSurname(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  if (!next || next.sentence !== t.sentence || t.post !== ' ' || !lex.isFirstName(t.text)) return false;
  // "from January to June Comelf exported": a month after a preposition or a date word is a month.
  const prev = i > 0 && tokens[i - 1].sentence === t.sentence ? tokens[i - 1] : null;
  if (prev && (prev.tags.has('Preposition') || FUNCTION_WORDS.has(prev.lower) || lex.isCalendarWord(prev.text) || /\d/.test(prev.text)))
    return false;
  if (NAME_PARTICLES.has(next.text)) {
    const after = tokens[i + 2];
    return !!after && after.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(after.text) && next.post === ' ';
  }
  if (!/^\p{Lu}\p{Ll}+$/u.test(next.text) || lex.isDayOrMonth(next.lower) || lex.isCalendarWord(next.text)) return false;
  return next.tags.has('LastName') || (!lex.isEnglishWord(next.text) && !lex.isPlace(next.text) && !lex.isOrganization(next.text));
}

const GRAMMAR_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'QuestionWord', 'Copula', 'Auxiliary', 'Negative'] as const;

/** A capitalised clause-initial word that is a name all the same: compromise or a lexicon says so. */
export function looksProper(token: Token): boolean {
  if (isFunctionWord(token)) return false;
  // "Airport …", "River …" opening a sentence: a common noun that heads place names, not a name.
  if (lex.isPlaceHeadWord(token.text) && !lex.isPlace(token.text)) return false;
  if (lex.isCountry(token.text) || lex.isPlace(token.text) || !!lex.orgForAcronym(token.text) || !!lex.genderOfFirstName(token.text))
    return true;
  // "Riot police", "Fire department", "Oil markets": an English word in capitals at a clause start (compromise's
  // pre-tagger calls any of them a proper noun there) is weak; the article must name it elsewhere.
  if (!token.tags.has('Acronym') && isCommonWord(token.lower)) return false;
  const t = token.tags;
  if (t.has('Person') || t.has('Place') || t.has('Organization') || t.has('Acronym') || t.has('Country') || t.has('City')) return true;
  return t.has('ProperNoun') && !t.has('Adjective') && !t.has('Verb');
}

/** "Lebed said …": an opening word compromise does not know, right before a verb of speech, is a name. */
export function isSpeakerOpener(tokens: readonly Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  if (!next || i + 1 >= sentence.last || !isSpeechVerbAfterName(next) || t.post !== ' ' || t.possessive) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lex.sentenceStarters.has(t.text) || lex.isPersonTitle(t.text) || lex.roleNounInfo(t.lower))
    return false;
  return !isKnownWord(t.lower);
}

/** "said", "says", "warned", "told": a common verb of speech in the past (or "says"), as news puts it after a bare name. */
function isSpeechVerbAfterName(t: Token): boolean {
  return !!t.cue && t.cue.length === 1 && lex.NAME_THEN_VERB_LEMMAS.has(t.cue.lemma) && /(?:ed|says|said|told)$/.test(t.lower);
}

/** A word compromise's lexicon knows as an ordinary word, not as a name ("riot", "oil"; not "germany", "ford"). */
export function isCommonWord(lower: string): boolean {
  const tag = lexiconEntry(lower) ?? (lower.endsWith('s') ? lexiconEntry(lower.slice(0, -1)) : undefined);
  return (
    typeof tag === 'string' &&
    !/Country|City|Place|Region|Organization|Person|Name|ProperNoun|Acronym|Demonym|Company|Team|Honorific/.test(tag)
  );
}

/** Whether compromise's lexicon knows a lower-case word (or its singular). */
export function isKnownWord(lower: string): boolean {
  return (
    lexiconEntry(lower) !== undefined ||
    (lower.endsWith('s') && lexiconEntry(lower.slice(0, -1)) !== undefined) ||
    (lower.endsWith('es') && lexiconEntry(lower.slice(0, -2)) !== undefined)
  );
}

/** Mostly upper case (a headline): capitalisation tells nothing there. */
export function isMostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}
