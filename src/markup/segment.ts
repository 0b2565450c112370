/**
 * Per-segment work: one compromise pass over a segment's text, turned into tokens with offsets
 * relative to the segment, plus the capitalised name candidates found in it with the local
 * evidence for their type. Nothing here looks outside the segment, so results can be cached by
 * the segment's text and reused when another paragraph is edited.
 */
import nlp from 'compromise';
import * as lex from './lexicon';
import type { SpeechCue } from './lexicon/speech';

export interface Token {
  start: number;
  /** End of the word proper: a possessive ’s and trailing punctuation are outside. */
  end: number;
  text: string;
  /** Lower case, apostrophes straightened, possessive removed. */
  lower: string;
  tags: ReadonlySet<string>;
  pre: string;
  post: string;
  sentence: number;
  possessive: boolean;
  /** The speech verb starting here ("said", "pointed out"), looked up once per segment, or null. */
  cue: SpeechCue | null;
}

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
}

export type Votes = { person: number; organization: number; place: number };

export interface Candidate {
  start: number;
  end: number;
  /** Token index range [first, last). */
  first: number;
  last: number;
  text: string;
  votes: Votes;
  /** Title words right before the name ("President", "Foreign Minister"), lower case. */
  title: string | null;
  /** Found in an ALL-CAPS line (a headline): only trusted when the name is known otherwise. */
  weak: boolean;
}

export interface SegmentAnalysis {
  length: number;
  tokens: Token[];
  sentences: Sentence[];
  candidates: Candidate[];
  /** Mostly upper case (a headline): capitalisation tells nothing here. */
  allCaps: boolean;
}

function tokenize(text: string): { tokens: Token[]; sentences: Sentence[] } {
  // compromise's lexicon and pre-tagger only: its post-tagger (pattern sweeps) costs four fifths of a
  // full nlp() run, and the document-level rules here settle what it would (same scores on the dev sets).
  const doc = nlp.tokenize(text);
  doc.compute(['index', 'lexicon', 'preTagger', 'offset']);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let cursor = 0;
  // compromise's internal term objects: the documented `.json()` builds the same data far slower.
  const document = (
    doc as unknown as {
      document: Array<
        Array<{ text: string; pre: string; post: string; normal?: string; tags: Set<string>; offset?: { start: number; length: number } }>
      >;
    }
  ).document;
  for (const terms of document) {
    const first = tokens.length;
    for (const term of terms) {
      if (!term.text) continue; // contractions expand into empty implicit terms
      let start =
        term.offset && text.substr(term.offset.start, term.text.length) === term.text ? term.offset.start : text.indexOf(term.text, cursor);
      if (start < 0) continue;
      cursor = start + term.text.length;
      let word = term.text;
      let post = term.post;
      // "(U.S.)": compromise leaves the abbreviation's last stop in the punctuation after it.
      if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(word) && post.startsWith('.') && text[start + word.length] === '.') {
        word += '.';
        post = post.slice(1);
      }
      const possessiveMatch = /^(.+?)(?:['\u2019]s|(?<=s)['\u2019])$/i.exec(word);
      const possessive = !!possessiveMatch;
      if (possessiveMatch) word = possessiveMatch[1];
      const end = start + word.length;
      tokens.push({
        start,
        end,
        text: word,
        lower: word.toLowerCase().replace(/\u2019/g, "'"),
        tags: term.tags,
        pre: term.pre,
        post,
        sentence: sentences.length,
        possessive,
        cue: null,
      });
    }
    for (let i = first; i < tokens.length; i++) {
      // A two-word cue ("pointed out") only when nothing but space separates its words.
      const next = i + 1 < tokens.length && !/[^\s]/.test(tokens[i].post) ? tokens[i + 1].lower : undefined;
      tokens[i].cue = lex.speechCue(tokens[i].lower, next) ?? null;
    }
    if (tokens.length > first)
      sentences.push({ start: tokens[first].start, end: tokens[tokens.length - 1].end, first, last: tokens.length });
  }
  return { tokens, sentences };
}

const CONNECTORS = new Set([
  'of',
  'for',
  'and',
  '&',
  'de',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'st.',
  'y',
]);
/** Name particles that may join two capitalised parts of a person's name. */
const NAME_PARTICLES = new Set([
  'de',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'da',
  'di',
  'du',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
]);
const ORG_JOINERS = new Set(['of', 'for', 'and', '&']);

const isCapitalised = (word: string) => /^[\p{Lu}]/u.test(word) || /^(?:al|el|bin|ibn|de|van|von|da|di|du|la|le)-\p{Lu}/u.test(word);
const isAcronym = (word: string) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}[\p{Lu}\d&.-]{1,6}$/u.test(word);
/** Words that start a sentence in capitals without being names. */
const FUNCTION_TAGS = [
  'Determiner',
  'Pronoun',
  'Preposition',
  'Conjunction',
  'Adverb',
  'Verb',
  'QuestionWord',
  'Modal',
  'Auxiliary',
  'Copula',
  'Negative',
];
const CALENDAR =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?$/;

/** Punctuation after a token that ends a name: commas, stops (not after an initial or abbreviation), quotes, brackets, dashes. */
function breaksAfter(token: Token): boolean {
  const post = token.post.trim();
  if (!post) return token.post.length > 0 && token.post !== ' ' && token.post !== '\u00a0' ? /[^\s]/.test(token.post) : false;
  if (post === '.' && (/^\p{Lu}$/u.test(token.text) || /\.$/.test(token.text) || NAME_ABBREVIATIONS.has(token.text))) return false;
  return true;
}

/** Abbreviations inside names: "St. Petersburg", "Mt. Kenya", "Ft. Worth". */
const NAME_ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft', 'Pt']);
/** Corporate suffixes written with a stop that belongs to the name: "Norwest Corp.", "Barnett Banks Inc." */
const SUFFIX_WITH_STOP = new Set(['Corp', 'Inc', 'Co', 'Ltd', 'Cos', 'Bros', 'Jr', 'Sr']);
/** Lower-case particles inside hyphenated names: "Chester-le-Street", "Ata-ur-Rehman", "al-Aqsa". */
const HYPHEN_PARTICLES = new Set([
  'le',
  'la',
  'les',
  'de',
  'du',
  'des',
  'di',
  'da',
  'ur',
  'ul',
  'al',
  'el',
  'ad',
  'ash',
  'as',
  'an',
  'sur',
  'sous',
  'en',
  'upon',
  'on',
  'under',
  'in',
  'am',
  'bin',
  'ibn',
  'y',
]);
const hyphenAfter = (t: Token) => t.post === '-';
/** Lower-case second halves of ordinary hyphenated words: "Bush-era", "Kim-led". */
const COMPOUND_TAILS = new Set([
  'era',
  'led',
  'run',
  'born',
  'bred',
  'made',
  'type',
  'like',
  'wide',
  'free',
  'area',
  'age',
  'ish',
  'esque',
  'owned',
  'based',
  'bound',
  'style',
  'class',
  'size',
  'day',
  'year',
  'old',
  'long',
  'new',
  'only',
  'less',
  'plus',
  'side',
  'zone',
  'time',
  'man',
  'men',
  'team',
  'run',
]);

function breaksBefore(token: Token): boolean {
  return /[^\s]/.test(token.pre);
}

function isNameToken(token: Token, allCaps: boolean): boolean {
  if (!/\p{L}/u.test(token.text)) return false;
  if (CALENDAR.test(token.lower)) return false;
  if (allCaps) return true;
  return isCapitalised(token.text);
}

const NON_ENTITY_ACRONYMS = new Set([
  'GMT',
  'EST',
  'EDT',
  'CET',
  'BST',
  'PST',
  'PDT',
  'UTC',
  'ERA',
  'RBI',
  'RBIS',
  'CEO',
  'CFO',
  'COO',
  'GDP',
  'GNP',
  'CPI',
  'PPI',
  'PMI',
  'IPO',
  'GDR',
  'ADR',
  'NAV',
  'EPS',
  'VAT',
  'TV',
  'PC',
  'AM',
  'PM',
  'OK',
  'MP',
  'MPS',
  'VIP',
  'DNA',
  'HIV',
  'AIDS',
  'CD',
  'DVD',
  'PR',
  'FM',
  'AC',
  'DC',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'NOTE',
  'TOTAL',
  'RESULTS',
  'ET',
  'PCT',
  'YR',
  'QTR',
  'SHR',
  'NET',
  'REVS',
  'LTD',
]);

const ORG_APPOSITION =
  /^(?:,[^\S\n]+(?:the|a|an)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,4}?(?:company|firm|group|bank|maker|producer|carrier|airline|newspaper|daily|weekly|agency|consortium|conglomerate|insurer|retailer|utility|operator|lender|brokerage|chain|subsidiary|unit|manufacturer|supplier|distributor|publisher|broadcaster)\b|[^\S\n]+(?:daily|newspaper|newspapers|weekly|magazine|news agency|radio|television)\b)/iu;
const PERSON_AFTER =
  /^(?:,[^\S\n]*\d{1,2}[^\S\n]*,|,[^\S\n]*who\b|['\u2019]s[^\S\n]+(?:wife|husband|son|daughter|father|mother|brother|sister|family|widow|lawyer|career|death|funeral|birthday)\b|[^\S\n]+(?:told|as saying|was quoted|himself|herself)\b)/;

/** Local evidence for the type of the name tokens[first..last). */
function localVotes(tokens: Token[], first: number, last: number, title: string | null, text: string, after = ''): Votes {
  const votes: Votes = { person: 0, organization: 0, place: 0 };
  const words = tokens.slice(first, last).map((t) => t.text);
  const name = text;
  const lastWord = words[words.length - 1];
  if (lex.isCountry(name) || lex.isPlace(name)) votes.place += 3;
  if (lex.orgForAcronym(name) || lex.isOrganization(name) || lex.isNewsAgency(name)) votes.organization += 3;
  if (words.length > 1 && lex.isOrgHeadWord(lastWord)) votes.organization += 2;
  if (words.length > 1 && lex.isPlaceHeadWord(lastWord)) votes.place += 2;
  if (lex.genderOfFirstName(words[0]) && words.length > 1 && words.length <= 4) votes.person += 2;
  if (title) votes.person += 3;
  // "Joost van der Merwe", "Rami al-Saadani": a name particle inside the name.
  if (words.length > 2 && words.slice(1, -1).some((w) => NAME_PARTICLES.has(w) && w === w.toLowerCase() && w !== 'y')) votes.person += 1;
  // "A. Smith", "J.R. Ewing": an initial and a surname.
  if (
    words.length > 1 &&
    words.length <= 4 &&
    /^\p{Lu}$|^(?:\p{Lu}\.)+$/u.test(words[0]) &&
    /^\p{Lu}\p{Ll}/u.test(lastWord) &&
    !lex.isCountry(words[0]) &&
    !lex.isPlace(words[0]) &&
    !words.some((w) => CONNECTORS.has(w) && !NAME_PARTICLES.has(w))
  )
    votes.person += 2;
  // An unknown acronym in running text is most often an organization: "LIFFE", "NYMEX".
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(name) && !NON_ENTITY_ACRONYMS.has(name)) votes.organization += 0.6;
  // Two or three capitalised words with nothing else known: most often a person's name.
  if (words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !votes.organization && !votes.place)
    votes.person += 0.5;
  // compromise's own tagging, as a weaker vote.
  let person = 0,
    org = 0,
    place = 0;
  for (let i = first; i < last; i++) {
    const tags = tokens[i].tags;
    if (tags.has('Person') || tags.has('FirstName') || tags.has('LastName')) person++;
    if (tags.has('Organization')) org++;
    if (tags.has('Place') || tags.has('Country') || tags.has('City') || tags.has('Region')) place++;
  }
  const n = last - first;
  votes.person += person / n;
  votes.organization += org / n;
  votes.place += place / n;
  // "Lockerbie, Scotland", "Troy, Tennessee": a town followed by its country or state.
  const region = /^,[^\S\n]+(\p{Lu}[\p{L}.]*(?:[^\S\n]\p{Lu}[\p{L}.]*){0,2}?)(?=$|[,.;:)]|[^\S\n]+\p{Ll})/u.exec(after);
  if (
    region &&
    (lex.isCountry(region[1]) || lex.usStates.has(region[1]) || lex.provinces.has(region[1]) || !!lex.usStateForAbbreviation(region[1])) &&
    !lex.isCountry(text) &&
    !lex.genderOfFirstName(words[0])
  )
    votes.place += 1.5;
  // Organization cues after the name: "X, the first foreign company to …", "X daily said", "X newspapers".
  if (ORG_APPOSITION.test(after)) votes.organization += 1.5;
  // Person cues after the name: an age ("Duran, 45,"), "who", "told", "as saying".
  if (PERSON_AFTER.test(after)) votes.person += 1.5;
  else if (words.length === 1 && /^[^\S\n]+(?:said|says|told|added)[^\S\n]+(?:it|its)\b/.test(after)) votes.organization += 1;
  else if (words.length === 1 && /^[^\S\n]+(?:said|says|added)\b/.test(after)) votes.person += 0.6;
  else if (/^,[^\S\n]*which\b/.test(after)) votes.organization += 0.5;
  // Context: "X-based", "in X" lean place; "Mr. X" is handled as a title.
  const next = tokens[last];
  if (next && tokens[last - 1].post === '-' && next.lower === 'based') votes.place += 1.5;
  const prev = tokens[first - 1];
  if (prev && (prev.lower === 'in' || prev.lower === 'near' || prev.lower === 'from') && !prev.post.trim()) votes.place += 0.5;
  return votes;
}

/** The longest title (1–4 words) starting at token `at` and followed by a name: "Secretary of State", "Foreign Minister". */
function titleAt(tokens: Token[], at: number, end: number, allCaps: boolean): { title: string; next: number } | null {
  // "EU foreign policy chief": a name heading a title is a name of its own.
  const head = tokens[at].text;
  if ((isAcronym(head) || lex.isCountry(head) || lex.isPlace(head) || lex.isOrganization(head)) && !lex.isPersonTitle(head)) return null;
  for (let n = Math.min(4, end - at - 1); n >= 1; n--) {
    const words = tokens.slice(at, at + n);
    if (words.slice(0, -1).some((t) => breaksAfter(t)) || words[n - 1].possessive) continue;
    const phrase = words.map((t) => t.text).join(' ');
    if (!lex.isPersonTitle(phrase)) continue;
    const next = tokens[at + n];
    if (next && isNameToken(next, allCaps) && !breaksBefore(next) && !lex.isPersonTitle(next.text))
      return { title: phrase.toLowerCase(), next: at + n };
    if (next && isNameToken(next, allCaps)) continue;
  }
  return null;
}

/** The longest title (1–3 words) ending right before token `at`, lower case. */
function titleBefore(tokens: Token[], at: number): { title: string; first: number } | null {
  for (let n = 3; n >= 1; n--) {
    const first = at - n;
    if (first < 0) continue;
    const words = tokens.slice(first, at);
    // An appositive role may stand before the name with a comma: "the EU's foreign policy chief, Josep Ferrer".
    const lastPost = tokens[at - 1].post.trim();
    if (words.some((t, i) => i < n - 1 && breaksAfter(t)) || tokens[at - 1].possessive || (lastPost && lastPost !== ',')) continue;
    if (words.some((t) => t.sentence !== tokens[at].sentence)) continue;
    const phrase = words.map((t) => t.text).join(' ');
    if (lex.isPersonTitle(phrase)) return { title: phrase.toLowerCase(), first };
  }
  return null;
}

function findCandidates(tokens: Token[], sentences: Sentence[], segmentText: string, allCaps: boolean): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    let i = sentence.first;
    while (i < sentence.last) {
      const prefixed =
        /^(?:al|el|ad|as|ash|an)$/.test(tokens[i].text) && hyphenAfter(tokens[i]) && !!tokens[i + 1] && isCapitalised(tokens[i + 1].text);
      if (!isNameToken(tokens[i], allCaps) && !prefixed) {
        i++;
        continue;
      }
      // A title ("Secretary of State", "Prime Minister") before a name is not part of it.
      const title = titleAt(tokens, i, sentence.last, allCaps);
      if (title) {
        emitTitleHead(candidates, tokens, sentence, i, title.next, segmentText, allCaps);
        i = title.next;
        if (!isNameToken(tokens[i], allCaps)) continue;
      }
      // A capital at the start of a clause says nothing: "Joint", "Over", or a name compromise does not know.
      const initial =
        !allCaps &&
        !title &&
        startsClause(tokens, i, sentence) &&
        !looksProper(tokens[i]) &&
        !isInitial(tokens, i) &&
        !isSpeakerOpener(tokens, i, sentence);
      if (initial && isFunctionWord(tokens[i])) {
        i++;
        continue;
      }
      // Grow the run of name tokens, across connectors when capitals follow.
      let j = i + 1;
      for (;;) {
        if (j >= sentence.last || tokens[j - 1].possessive) break;
        // Hyphenated names: "Itar-Tass", "Mercedes-Benz", "Chester-le-Street" (not "Ontario-based").
        if (hyphenAfter(tokens[j - 1])) {
          const t = tokens[j];
          if (isCapitalised(t.text) && /\p{L}/u.test(t.text)) {
            j++;
            continue;
          }
          const after = tokens[j + 1];
          // Korean given names: "Ban Ki-moon", "Park Geun-hye".
          if (
            j - i >= 2 &&
            /^\p{Ll}{2,4}$/u.test(t.text) &&
            !COMPOUND_TAILS.has(t.text) &&
            /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j - 1].text) &&
            /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j - 2].text)
          ) {
            j++;
            continue;
          }
          if (HYPHEN_PARTICLES.has(t.text) && hyphenAfter(t) && after && isCapitalised(after.text)) {
            j += 2;
            continue;
          }
          break;
        }
        // A nickname in quotes inside a person's name: Hector "Macho" Camacho.
        if (!allCaps && tokens[j - 1].post === ' ' && /^["\u201c]$/.test(tokens[j]?.pre ?? '')) {
          let k = j;
          while (k < sentence.last && k - j < 3 && isCapitalised(tokens[k].text) && !/["\u201d]/.test(tokens[k].post)) k++;
          const close = tokens[k],
            surname = tokens[k + 1];
          if (
            close &&
            k - j < 3 &&
            isCapitalised(close.text) &&
            /^["\u201d] $/.test(close.post) &&
            surname &&
            surname.sentence === close.sentence &&
            /^\p{Lu}\p{Ll}/u.test(surname.text) &&
            !surname.pre &&
            lex.genderOfFirstName(tokens[j - 1].text)
          ) {
            j = k + 2;
            continue;
          }
        }
        if (breaksAfter(tokens[j - 1])) break;
        const t = tokens[j];
        if (breaksBefore(t)) break;
        if (isNameToken(t, allCaps) && !(allCaps && CONNECTORS.has(t.lower))) {
          j++;
          continue;
        }
        // Name particles, one or more, hyphenated or not: "Joost van der Westhuizen", "Rami al-Saadani".
        if (!allCaps && NAME_PARTICLES.has(t.lower) && t.text === t.lower) {
          let k = j;
          while (
            k < sentence.last &&
            k - j < 3 &&
            NAME_PARTICLES.has(tokens[k].lower) &&
            tokens[k].text === tokens[k].lower &&
            (!breaksAfter(tokens[k]) || hyphenAfter(tokens[k]))
          )
            k++;
          const name = tokens[k];
          if (
            k > j &&
            name &&
            name.sentence === t.sentence &&
            isCapitalised(name.text) &&
            /\p{L}/u.test(name.text) &&
            (hyphenAfter(tokens[k - 1]) || !breaksBefore(name))
          ) {
            j = k + 1;
            continue;
          }
        }
        const after = tokens[j + 1];
        const joinable =
          (ORG_JOINERS.has(t.lower) || NAME_PARTICLES.has(t.lower)) &&
          !breaksAfter(t) &&
          after &&
          after.sentence === t.sentence &&
          isNameToken(after, allCaps) &&
          !breaksBefore(after);
        if (joinable && (NAME_PARTICLES.has(t.lower) || orgJoinAllowed(tokens, i, j))) {
          j += 2;
          continue;
        }
        break;
      }
      // A title inside the run ends the name before it: "Boxing Association President Ramon Diaz", "Hong Kong Financial Secretary Donald Tsang".
      let split = -1;
      for (let k = i + 1; k < j - 1 && split < 0; k++) {
        if (tokens[k - 1].possessive || hyphenAfter(tokens[k - 1]) || !/^\p{Lu}/u.test(tokens[k].text)) continue;
        const inner = titleAt(tokens, k, j, allCaps);
        if (inner && inner.next < j) split = k;
      }
      if (split > 0) {
        let end = split;
        while (end > i && DEPARTMENT_WORDS.has(tokens[end - 1].text)) end--;
        if (end > i)
          addCandidate(candidates, tokens, sentence, i, end, segmentText, allCaps || (initial && end - i === 1), title?.title ?? null);
        i = split;
        continue;
      }
      // A lone clause-initial word is kept only as a weak candidate, trusted if the article names it elsewhere.
      addCandidate(candidates, tokens, sentence, i, j, segmentText, allCaps || (initial && j - i === 1), title?.title ?? null);
      i = j;
    }
  }
  return candidates;
}

/** Capitalised words that make a title with the title word after them: "Agriculture Secretary", "Financial Secretary". */
const DEPARTMENT_WORDS = new Set([
  'Agriculture',
  'Finance',
  'Financial',
  'Foreign',
  'Defence',
  'Defense',
  'Interior',
  'Trade',
  'Justice',
  'Health',
  'Labour',
  'Labor',
  'Energy',
  'Commerce',
  'Transport',
  'Economy',
  'Economic',
  'Education',
  'Culture',
  'Environment',
  'Home',
  'State',
  'Treasury',
  'Deputy',
  'Vice',
  'Assistant',
  'Acting',
  'Former',
  'General',
  'Chief',
  'Senior',
  'Executive',
  'Managing',
  'Prime',
  'First',
  'Second',
  'Privatisation',
  'Privatization',
  'Industry',
  'Information',
  'Communications',
  'Housing',
  'Planning',
  'Tourism',
  'Sports',
  'Sport',
  'Social',
  'Welfare',
  'Legal',
  'Political',
  'Military',
  'Press',
  'Co',
  'Joint',
  'Co-Chairman',
  'Ex',
  'Lieutenant',
  'Police',
  'Army',
  'Navy',
  'Air',
  'Regional',
  'Provincial',
  'Federal',
  'National',
  'Public',
  'Security',
  'Fisheries',
  'Mines',
  'Mining',
  'Oil',
  'Petroleum',
  'Water',
  'Science',
  'Technology',
  'Research',
  'Budget',
  'Development',
  'Immigration',
  'Customs',
  'Revenue',
  'Parliamentary',
  'Presidential',
  'Cabinet',
  'Secretary',
]);

/** A known name heading a title is a name of its own: "Federal Reserve governor", "NATO Secretary-General", "Former U.S. president". */
function emitTitleHead(
  candidates: Candidate[],
  tokens: Token[],
  sentence: Sentence,
  start: number,
  end: number,
  segmentText: string,
  allCaps: boolean,
): void {
  let from = start;
  while (from < end - 1 && /^(?:former|ex|then|acting|outgoing|incoming|interim|late|new|veteran|deputy)$/i.test(tokens[from].text)) from++;
  for (let n = end - from - 1; n >= 1; n--) {
    const head = tokens.slice(from, from + n);
    if (head.slice(0, -1).some((t) => breaksAfter(t))) continue;
    const name = segmentText.slice(head[0].start, head[n - 1].end);
    // A single ordinary word ("House Speaker") is read as part of the title.
    if (n === 1 && !isAcronym(name) && !lex.isCountry(name)) continue;
    if (lex.isOrganization(name) || lex.isCountry(name) || lex.isPlace(name) || !!lex.orgForAcronym(name)) {
      addCandidate(candidates, tokens, sentence, from, from + n, segmentText, allCaps, null);
      return;
    }
  }
}

/** "of"/"and" join two capitalised runs only inside organization or place names: "Bank of England", "Commonwealth of Independent States". */
function orgJoinAllowed(tokens: Token[], first: number, joiner: number): boolean {
  const left = tokens[joiner - 1].text;
  if (
    lex.isPersonTitle(
      tokens
        .slice(first, joiner)
        .map((t) => t.text)
        .join(' '),
    )
  )
    return false;
  if (tokens[joiner].lower === '&') return true;
  if (lex.isCorporateSuffix(left) || lex.isCorporateSuffix(left + '.')) return false;
  const leftName = tokens
    .slice(first, joiner)
    .map((t) => t.text)
    .join(' ');
  if (tokens[joiner].lower === 'and') return lex.isOrgHeadWord(left) && !lex.isPlace(leftName) && !lex.isCountry(leftName);
  return !!(
    lex.isOrgHeadWord(left) ||
    lex.isPlaceHeadWord(left) ||
    /^(?:Commonwealth|Republic|Kingdom|Federation|Union|States|Islands?|Isle|Cape|Gulf|Bay|Strait|Sea|Lake|Mount|Port|Church|House|Court|Bank|University|Ministry|Department|Office|Council|Organi[sz]ation|Association|Institute|School|College|Academy|League|Federation|Party|Chamber|Board|Bureau|Agency|Commission|Committee)$/.test(
      left,
    )
  );
}

/** Role nouns that open a sentence before a full name: "Broker Jan Kowal said". */
const ROLE_OPENERS = new Set([
  'broker',
  'brokers',
  'analyst',
  'analysts',
  'economist',
  'dealer',
  'dealers',
  'trader',
  'traders',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'winger',
  'captain',
  'skipper',
  'coach',
  'manager',
  'pitcher',
  'batsman',
  'bowler',
  'all-rounder',
  'opener',
  'spinner',
  'quarterback',
  'veteran',
  'rookie',
  'newcomer',
  'champion',
  'holder',
  'seed',
  'playmaker',
  'forward',
  'centre',
  'center',
  'fly-half',
  'scrum-half',
  'flanker',
  'prop',
  'hooker',
  'lock',
  'jockey',
  'trainer',
  'rider',
  'driver',
  'novelist',
  'author',
  'writer',
  'actor',
  'actress',
  'singer',
  'director',
  'producer',
  'spokesman',
  'spokeswoman',
  'chairman',
  'witness',
  'lawyer',
  'attorney',
  'dissident',
  'activist',
  'rebel',
  'leader',
]);

const OPENING_ADJECTIVES = new Set([
  'Former',
  'Ex',
  'Controversial',
  'Veteran',
  'Embattled',
  'Outgoing',
  'Retired',
  'Late',
  'Defending',
  'Unseeded',
  'Top-seeded',
  'Top',
  'Disgraced',
  'Jailed',
  'Exiled',
  'Ousted',
  'Deposed',
  'Fugitive',
  'Dissident',
  'Reclusive',
  'Legendary',
]);
const PARTY_LABELS = new Set([
  'Democrat',
  'Democratic',
  'Republican',
  'Conservative',
  'Labour',
  'Labor',
  'Liberal',
  'Socialist',
  'Communist',
  'Tory',
  'Green',
  'Independent',
  'Nationalist',
  'Unionist',
  'Gaullist',
]);

const NUMBER_WORDS =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several|many|some|both|all|most|few|other|earlier|later|former|young)$/;
const COMPASS = new Set([
  'North',
  'South',
  'East',
  'West',
  'Northern',
  'Southern',
  'Eastern',
  'Western',
  'Central',
  'Southeast',
  'Southwest',
  'Northeast',
  'Northwest',
  'Latin',
  'Sub-Saharan',
]);
/** "Russian", "Iraqis", "South Korean", "Latin American", "West Indian": nationalities are MISC. */
function isNationalityPhrase(tokens: Token[], first: number, last: number): boolean {
  const n = last - first;
  if (n < 1 || n > 2) return false;
  const lastWord = tokens[last - 1].text;
  if (!lex.isNationality(lastWord) && !lex.isNationality(lastWord.replace(/s$/, ''))) return false;
  if (n === 1) return true;
  return COMPASS.has(tokens[first].text) || (hyphenAfter(tokens[first]) && lex.isNationality(tokens[first].text));
}
/** Last words of event, competition and holiday names. */
const EVENT_HEADS = new Set([
  'Cup',
  'Open',
  'Games',
  'Olympics',
  'Series',
  'Prix',
  'Championship',
  'Championships',
  'Trophy',
  'Classic',
  'Festival',
  'Day',
  'Award',
  'Awards',
  'Prize',
  'War',
  'Revolution',
  'Act',
  'Treaty',
  'Protocol',
  'Accord',
  'Accords',
  'Meeting',
  'Marathon',
  'Rally',
  'Invitational',
  'Masters',
  'Derby',
  'Stakes',
  'Tournament',
]);
function isMiscPhrase(text: string, lastWord: string): boolean {
  if (lex.isMiscName(text)) return true;
  const head = lastWord.charAt(0) + lastWord.slice(1).toLowerCase();
  return text.includes(' ') && EVENT_HEADS.has(head) && /^\p{Lu}/u.test(lastWord);
}

function addCandidate(
  candidates: Candidate[],
  tokens: Token[],
  sentence: Sentence,
  first: number,
  last: number,
  segmentText: string,
  allCaps: boolean,
  knownTitle: string | null,
): void {
  // Leading titles ("President", "Foreign Minister", "Mr.") are not part of the name.
  let title: string | null = knownTitle;
  for (let again = true; again;) {
    again = false;
    for (let n = Math.min(3, last - first - 1); n >= 1; n--) {
      const phrase = tokens
        .slice(first, first + n)
        .map((t) => t.text)
        .join(' ');
      if (lex.isPersonTitle(phrase) || (n === 1 && ROLE_OPENERS.has(tokens[first].lower) && last - first >= 3)) {
        if (n > 1) emitTitleHead(candidates, tokens, sentence, first, first + n, segmentText, allCaps);
        title = phrase.toLowerCase();
        first += n;
        again = last - first > 2;
        break;
      }
    }
  }
  if (!title) {
    const before = titleBefore(tokens, first);
    if (before) title = before.title;
  }
  // A leading nationality ("Russian President …", "Russian Armed Forces") stays only inside an organization name.
  const whole = segmentText.slice(tokens[first].start, tokens[last - 1].end);
  const restIsPlace =
    last - first > 1 &&
    (lex.isPlace(segmentText.slice(tokens[first + 1].start, tokens[last - 1].end)) ||
      lex.isCountry(segmentText.slice(tokens[first + 1].start, tokens[last - 1].end)));
  while (
    first < last &&
    lex.isNationality(tokens[first].text) &&
    !(last - first > 1 && lex.isOrgHeadWord(tokens[last - 1].text) && !restIsPlace) &&
    !lex.isCountry(whole) &&
    !lex.isPlace(whole)
  ) {
    first++;
    if (!title && first < last) {
      const phrase = tokens.slice(first, Math.min(last, first + 3)).map((t) => t.text);
      for (let n = phrase.length; n >= 1; n--) {
        if (last - first > n && lex.isPersonTitle(phrase.slice(0, n).join(' '))) {
          title = phrase.slice(0, n).join(' ').toLowerCase();
          first += n;
          break;
        }
      }
    }
  }
  // Sentence-initial function words ("The", "But", "In") and stray connectors at the edges.
  while (
    first < last &&
    ((CONNECTORS.has(tokens[first].lower) &&
      !hyphenAfter(tokens[first]) &&
      !(NAME_PARTICLES.has(tokens[first].lower) && /^\p{Lu}/u.test(tokens[first].text) && last - first > 1)) ||
      ((first === sentence.first || allCaps || breaksBefore(tokens[first])) &&
        isFunctionWord(tokens[first]) &&
        !isInitial(tokens, first) &&
        !isSpeakerOpener(tokens, first, sentence)))
  )
    first++;
  // Descriptive words opening a sentence before a name: "Former South Carolina Gov.", "Controversial Australian Anthony Hill".
  while (last - first > 1 && startsClause(tokens, first, sentence) && OPENING_ADJECTIVES.has(tokens[first].text)) {
    first++;
    while (last - first > 1 && lex.isNationality(tokens[first].text) && !lex.isOrgHeadWord(tokens[last - 1].text)) first++;
  }
  // A title after a place, with no name to follow: "South Carolina Gov.", "Iowa Sen."
  if (last - first > 1 && lex.isPersonTitle(tokens[last - 1].text)) {
    const head = segmentText.slice(tokens[first].start, tokens[last - 2].end);
    if (lex.isPlace(head) || lex.isCountry(head)) last--;
  }
  // An acronym glued to a place: "Chicago NAPM", "OSCE Chechnya", "SKR China": two names.
  if (last - first > 1) {
    const a = tokens[first],
      z = tokens[last - 1];
    const restAfter = segmentText.slice(tokens[first + 1].start, z.end),
      restBefore = segmentText.slice(a.start, tokens[last - 2].end);
    if (
      /^\p{Lu}{2,6}$/u.test(a.text) &&
      !allCaps &&
      (lex.isCountry(restAfter) || lex.isPlace(restAfter)) &&
      !lex.isPlace(segmentText.slice(a.start, z.end))
    ) {
      addCandidate(candidates, tokens, sentence, first, first + 1, segmentText, allCaps, null);
      addCandidate(candidates, tokens, sentence, first + 1, last, segmentText, allCaps, null);
      return;
    }
    if (
      /^\p{Lu}{2,6}$/u.test(z.text) &&
      !allCaps &&
      (lex.isCountry(restBefore) || lex.isPlace(restBefore)) &&
      !lex.isOrganization(segmentText.slice(a.start, z.end))
    ) {
      addCandidate(candidates, tokens, sentence, first, last - 1, segmentText, allCaps, null);
      addCandidate(candidates, tokens, sentence, last - 1, last, segmentText, allCaps, null);
      return;
    }
  }
  // Two organizations joined by "and": "BAE Systems and Rheinmetall" (not "Test and County Cricket Board", which ends in a head word).
  for (let k = first + 1; k < last - 1; k++) {
    if (tokens[k].lower !== 'and' || lex.isOrgHeadWord(tokens[last - 1].text)) continue;
    const left = segmentText.slice(tokens[first].start, tokens[k - 1].end);
    if (lex.isOrgHeadWord(tokens[k - 1].text) || lex.isOrganization(left)) {
      addCandidate(candidates, tokens, sentence, first, k, segmentText, allCaps, null);
      addCandidate(candidates, tokens, sentence, k + 1, last, segmentText, allCaps, null);
      return;
    }
  }
  // Party labels before a full name: "Democrat Walter Mondale", "Republican Bob Dole".
  while (last - first > 2 && PARTY_LABELS.has(tokens[first].text) && lex.genderOfFirstName(tokens[first + 1].text)) first++;
  // Sentence openers glued to a name: "Later Okonjo told reporters", "Meanwhile Smith said".
  while (
    last - first > 1 &&
    startsClause(tokens, first, sentence) &&
    lex.sentenceStarters.has(tokens[first].text) &&
    !lex.isPersonTitle(tokens[first].text) &&
    !isInitial(tokens, first)
  )
    first++;
  // Counts and stray clause openers before a nationality: "Three Russian", "Seven Iraqis", "Under English".
  if (
    last - first > 1 &&
    (NUMBER_WORDS.test(tokens[first].lower) || lex.sentenceStarters.has(tokens[first].text)) &&
    isNationalityPhrase(tokens, first + 1, last)
  )
    return;
  while (last > first && CONNECTORS.has(tokens[last - 1].lower)) last--;
  if (first >= last) return;
  let end = tokens[last - 1].end;
  // The stop of "Corp." belongs to the name, unless it also ends the sentence (line end, a quote mark).
  if (
    last - first > 1 &&
    SUFFIX_WITH_STOP.has(tokens[last - 1].text) &&
    segmentText[end] === '.' &&
    end + 1 < segmentText.length &&
    !/^\.\s*["\u201d'\u2019]/.test(segmentText.slice(end, end + 3))
  )
    end++;
  let text = segmentText.slice(tokens[first].start, end);
  if (isNationalityPhrase(tokens, first, last)) return;
  // A title of a work in quotes: "The Knot", "Sleeping Bread" (a lone quoted name is kept: "Putin").
  if (
    last - first > 1 &&
    /["\u201c\u201d\u00ab\u2018]\s*(?:(?:The|A|An)\s+)?$/.test(
      segmentText.slice(Math.max(0, tokens[first].start - 6), tokens[first].start),
    ) &&
    /^\s*["\u201c\u201d\u00bb\u2019]/.test(tokens[last - 1].post) &&
    !lex.isOrganization(segmentText.slice(tokens[first].start, tokens[last - 1].end))
  )
    return;
  // "U.S. Roman Catholic", "Swiss Jewish": a place before a nationality or a religion is the place alone.
  if (last - first > 1 && lex.isNationality(tokens[last - 1].text)) {
    let cut = last - 1;
    while (cut > first + 1 && (lex.isNationality(tokens[cut - 1].text) || tokens[cut - 1].text === 'Roman')) cut--;
    const head = segmentText.slice(tokens[first].start, tokens[cut - 1].end);
    if (lex.isCountry(head) || lex.isPlace(head)) {
      addCandidate(candidates, tokens, sentence, first, cut, segmentText, allCaps, knownTitle);
      return;
    }
  }
  if (last - first === 1 && NON_ENTITY_ACRONYMS.has(text)) return;
  // Column headings of a table: "W L PCT GB".
  if (
    last - first >= 3 &&
    tokens.slice(first, last).every((t) => /^\p{Lu}{1,3}$/u.test(t.text)) &&
    !lex.isOrganization(text) &&
    !lex.isPlace(text)
  )
    return;
  // An ordinary word in capitals for emphasis in mixed-case text: "NO credentials", "ALL of them".
  if (
    last - first === 1 &&
    !allCaps &&
    /^\p{Lu}{2,}$/u.test(text) &&
    (FUNCTION_TAGS.some((tag) => tokens[first].tags.has(tag)) ||
      tokens[first].tags.has('Adjective') ||
      tokens[first].tags.has('Expression')) &&
    !tokens[first].tags.has('Acronym') &&
    !lex.orgForAcronym(text) &&
    !lex.isOrganization(text) &&
    !lex.isCountry(text) &&
    !lex.isPlace(text)
  )
    return;
  // CoNLL MISC: events, competitions, holidays ("World Cup", "Greater Milwaukee Open", "Labor Day").
  if (isMiscPhrase(text, tokens[last - 1].text)) {
    // "U.S. Labor Day": the place before a holiday or an event is a name of its own.
    for (let k = last - 1; k > first; k--) {
      const head = segmentText.slice(tokens[first].start, tokens[k - 1].end);
      if ((lex.isCountry(head) || lex.isPlace(head)) && lex.isMiscName(segmentText.slice(tokens[k].start, end))) {
        addCandidate(candidates, tokens, sentence, first, k, segmentText, allCaps, null);
        break;
      }
    }
    return;
  }
  // "at Lord's": a place whose name ends in a possessive.
  if (tokens[last - 1].possessive && segmentText.slice(end, end + 2).match(/^['\u2019]s$/) && lex.isPlace(text + "'s")) {
    end += 2;
    text = segmentText.slice(tokens[first].start, end);
  } else if (lex.isPersonTitle(text)) return;
  if (!/\p{L}{2}|\p{Lu}\./u.test(text)) return;
  candidates.push({
    start: tokens[first].start,
    end,
    first,
    last,
    text,
    title,
    weak: allCaps,
    votes: localVotes(tokens, first, last, title, text, segmentText.slice(end, end + 40)),
  });
}

/** An initial before a capitalised name: "A. Smith", "J. Pooley" (not the article "A"). */
function isInitial(tokens: Token[], i: number): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  return /^\p{Lu}$/u.test(t.text) && /^\.\s*$/.test(t.post) && !!next && next.sentence === t.sentence && /^\p{Lu}\p{Ll}/u.test(next.text);
}

/** First word of a sentence, or of a quote or bracket inside one: capitalised whatever it is. */
function startsClause(tokens: Token[], i: number, sentence: Sentence): boolean {
  return i === sentence.first || /["“«„‘'(\[:]/.test(tokens[i].pre) || /[:;]\s*["“«„‘']?\s*$/.test(tokens[i - 1]?.post ?? '');
}

/** A capitalised clause-initial word that is a name all the same: compromise or a lexicon says so. */
function looksProper(token: Token): boolean {
  if (isFunctionWord(token)) return false;
  // "Airport …", "River …" opening a sentence: a common noun that heads place names, not a name.
  if (lex.isPlaceHeadWord(token.text) && !lex.isPlace(token.text)) return false;
  if (lex.isCountry(token.text) || !!lex.isPlace(token.text) || !!lex.orgForAcronym(token.text) || !!lex.genderOfFirstName(token.text))
    return true;
  // "Riot police", "Fire department", "Oil markets": an English word in capitals at a clause start (compromise's
  // pre-tagger calls any of them a proper noun there) is weak; the article must name it elsewhere.
  if (!token.tags.has('Acronym') && commonWord(token.lower)) return false;
  const t = token.tags;
  if (t.has('Person') || t.has('Place') || t.has('Organization') || t.has('Acronym') || t.has('Country') || t.has('City')) return true;
  return t.has('ProperNoun') && !t.has('Adjective') && !t.has('Verb');
}

const SPEECH_NEXT = new Set([
  'said',
  'says',
  'told',
  'added',
  'insisted',
  'stressed',
  'warned',
  'replied',
  'explained',
  'declared',
  'argued',
  'noted',
  'admitted',
  'denied',
  'complained',
]);
let compromiseLexicon: Record<string, unknown> | undefined;
/** "Lebed said …": an opening word compromise does not know, right before a speech verb, is a name. */
function isSpeakerOpener(tokens: Token[], i: number, sentence: Sentence): boolean {
  const t = tokens[i],
    next = tokens[i + 1];
  if (!next || i + 1 >= sentence.last || !SPEECH_NEXT.has(next.lower) || t.post !== ' ' || t.possessive) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || lex.sentenceStarters.has(t.text) || lex.isPersonTitle(t.text) || lex.roleNounInfo(t.lower))
    return false;
  return !knownWord(t.lower);
}

/** A word compromise's lexicon knows as an ordinary word, not as a name ("riot", "oil"; not "germany", "ford"). */
function commonWord(lower: string): boolean {
  compromiseLexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  const tag = compromiseLexicon[lower] ?? (lower.endsWith('s') ? compromiseLexicon[lower.slice(0, -1)] : undefined);
  return (
    typeof tag === 'string' &&
    !/Country|City|Place|Region|Organization|Person|Name|ProperNoun|Acronym|Demonym|Company|Team|Honorific/.test(tag)
  );
}

/** Whether compromise's lexicon knows a lower-case word (or its singular). */
function knownWord(lower: string): boolean {
  compromiseLexicon ??= (nlp as unknown as { world(): { model: { one: { lexicon: Record<string, unknown> } } } }).world().model.one.lexicon;
  return (
    lower in compromiseLexicon ||
    (lower.endsWith('s') && lower.slice(0, -1) in compromiseLexicon) ||
    (lower.endsWith('es') && lower.slice(0, -2) in compromiseLexicon)
  );
}

function isFunctionWord(token: Token): boolean {
  // "U.S." is not the pronoun "us".
  if (/^(?:\p{Lu}\.){2,}$/u.test(token.text)) return false;
  if (token.tags.has('ProperNoun') && !token.tags.has('Pronoun') && !token.tags.has('Determiner')) return false;
  return (
    FUNCTION_TAGS.some((tag) => token.tags.has(tag)) ||
    /^(?:the|a|an|this|that|these|those|but|and|or|if|when|while|after|before|as|at|in|on|for|from|to|by|with|of|it|he|she|we|they|i|you|there|here)$/.test(
      token.lower,
    )
  );
}

function isMostlyUpperCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 8) return false;
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  return upper / letters.length > 0.8;
}

export function analyzeSegment(text: string): SegmentAnalysis {
  const { tokens, sentences } = tokenize(text);
  const allCaps = isMostlyUpperCase(text);
  const candidates = findCandidates(tokens, sentences, text, allCaps);
  return { length: text.length, tokens, sentences, candidates, allCaps };
}
