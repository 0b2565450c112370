/**
 * Proposes the names of a segment: runs of capitalised words, grown across hyphens, particles and
 * joiners by the growth rules, cut at a title inside them, each handed to the boundary rules.
 * A title before a name is read here (it is evidence, not part of the name).
 */
import * as lex from '../lexicon';
import {
  ARTICLE_PREFIXES,
  COMPOUND_TAILS,
  CONNECTORS,
  DEPARTMENT_WORDS,
  HYPHEN_PARTICLES,
  NAME_PARTICLES,
  OF_JOINABLE_HEADS,
  ORG_JOINERS,
} from '../lexicon/nameParts';
import type { RuleInfo } from '../rule';
import type { Sentence, Token } from '../tokens';
import { draft, type Draft, type SegmentContext } from './candidate';
import { titleHead } from './boundaries/titles';
import { joinText, titleAt, titleInName } from './titles';
import {
  breaksAfter,
  breaksBefore,
  hyphenAfter,
  isCapitalised,
  isFunctionWord,
  isGivenNameBeforeSurname,
  isInitial,
  isNameToken,
  isSpeakerOpener,
  isVerbOpeningName,
  looksProper,
  startsClause,
} from './words';

/** A run of name tokens [i, j) being grown inside its sentence. */
interface Run {
  sentence: Sentence;
  i: number;
  j: number;
}

export interface GrowthRule<Id extends string = string> extends RuleInfo<Id> {
  /** The run's new end if the rule takes more words into it, or 0. */
  extend(s: SegmentContext, run: Run): number;
}

const growthRule = <const Id extends string>(rule: GrowthRule<Id>) => rule;

const afterHyphen = [
  growthRule({
    id: 'hyphenated-name',
    description: 'A capitalised word after a hyphen goes on the name: "Itar-Tass", "Mercedes-Benz"',
    example: '[Mercedes-Benz] cut prices',
    extend: (s, { j }) => (isCapitalised(s.tokens[j].text) && /\p{L}/u.test(s.tokens[j].text) ? j + 1 : 0),
  }),
  growthRule({
    id: 'korean-given-name',
    description: 'A short lower-case half of a hyphenated given name goes on: "Ban Ki-moon", "Park Geun-hye"',
    example: '[Ban Ki-moon] said',
    extend: ({ tokens }, { i, j }) =>
      j - i >= 2 &&
      /^\p{Ll}{2,5}$/u.test(tokens[j].text) &&
      !COMPOUND_TAILS.has(tokens[j].text) &&
      /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j - 1].text) &&
      /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[j - 2].text)
        ? j + 1
        : 0,
  }),
  growthRule({
    id: 'hyphen-particle',
    description: 'A particle between hyphens joins two capitalised parts: "Chester-le-Street", "Ata-ur-Rehman"',
    example: 'rain at [Chester-le-Street]',
    extend: ({ tokens }, { j }) => {
      const t = tokens[j],
        after = tokens[j + 1];
      return HYPHEN_PARTICLES.has(t.text) && hyphenAfter(t) && after && isCapitalised(after.text) ? j + 2 : 0;
    },
  }),
] as const;

const quotedNickname = growthRule({
  id: 'quoted-nickname',
  description: 'A nickname in quotes between a given name and a surname stays in the name: Hector "Macho" Camacho',
  example: '[Hector "Macho" Camacho] won on points',
  extend: ({ tokens, allCaps }, { sentence, j }) => {
    if (allCaps || tokens[j - 1].post !== ' ' || !/^["\u201c]$/.test(tokens[j]?.pre ?? '')) return 0;
    let k = j;
    while (k < sentence.last && k - j < 3 && isCapitalised(tokens[k].text) && !/["\u201d]/.test(tokens[k].post)) k++;
    const close = tokens[k],
      surname = tokens[k + 1];
    const closed = close && k - j < 3 && isCapitalised(close.text) && /^["\u201d] $/.test(close.post);
    const named = surname && surname.sentence === close.sentence && /^\p{Lu}\p{Ll}/u.test(surname.text) && !surname.pre;
    return closed && named && lex.genderOfFirstName(tokens[j - 1].text) ? k + 2 : 0;
  },
});

/** More words than any title or place name has. */
const MAX_NAME_WORDS = 8;

/** "of"/"and" join two capitalised runs only inside organization or place names: "Bank of England". */
function orgJoinAllowed({ tokens }: SegmentContext, first: number, joiner: number): boolean {
  const left = tokens[joiner - 1].text;
  // Only the last words can be a title or a place ("Prime Minister of", "Russia and"): a long run is
  // not read whole at every joiner.
  const leftName = joinText(tokens.slice(Math.max(first, joiner - MAX_NAME_WORDS), joiner));
  if (lex.isPersonTitle(leftName)) return false;
  if (tokens[joiner].lower === '&') return true;
  if (lex.isCorporateSuffix(left) || lex.isCorporateSuffix(left + '.')) return false;
  if (tokens[joiner].lower === 'and')
    return (lex.isOrgHeadWord(left) && !lex.isPlace(leftName) && !lex.isCountry(leftName)) || andInsideName(tokens, first, joiner);
  return lex.isOrgHeadWord(left) || lex.isPlaceHeadWord(left) || OF_JOINABLE_HEADS.has(left);
}

const isEverydayWord = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.text) && lex.isEnglishWord(t.text) && !lex.isPlace(t.text) && !t.possessive;

/**
 * "and" between everyday words inside one organization's name: after "Ministry of" ("Ministry of Trade and
 * Industry"), or before the head word ("Food and Water Safety Agency"). Not between two names: "Bank of
 * England and Barclays".
 */
function andInsideName(tokens: readonly Token[], first: number, joiner: number): boolean {
  let k = joiner - 1;
  while (k > first && isEverydayWord(tokens[k]) && !lex.isOrgHeadWord(tokens[k].text)) k--;
  const afterHeadOf = k > first && /^(?:of|for)$/.test(tokens[k].lower) && lex.isOrgHeadWord(tokens[k - 1].text);
  if (!afterHeadOf && !(k === first && isEverydayWord(tokens[k]))) return false;
  let j = joiner + 1;
  while (j < tokens.length && j - joiner <= 4 && tokens[j].sentence === tokens[joiner].sentence && isEverydayWord(tokens[j])) {
    j++;
    if (breaksAfter(tokens[j - 1])) break;
  }
  if (j === joiner + 1 || lex.isPlace(joinText(tokens.slice(joiner + 1, j)))) return false;
  return afterHeadOf || lex.isOrgHeadWord(tokens[j - 1].text);
}

const plain = [
  growthRule({
    id: 'capitalised-word',
    description: 'The next capitalised word goes on the name',
    example: '[Vladimir Putin] said',
    extend: ({ tokens, allCaps }, { j }) => (isNameToken(tokens[j], allCaps) && !(allCaps && CONNECTORS.has(tokens[j].lower)) ? j + 1 : 0),
  }),
  growthRule({
    id: 'name-particles',
    description: 'Name particles, hyphenated or not, go on when a capitalised part follows: "van der", "al-"',
    example: '[Joost van der Westhuizen] scored',
    extend: ({ tokens, allCaps }, { sentence, j }) => {
      const t = tokens[j];
      if (allCaps || !NAME_PARTICLES.has(t.lower) || t.text !== t.lower) return 0;
      let k = j;
      const isParticle = (x: (typeof tokens)[number]) =>
        NAME_PARTICLES.has(x.lower) && x.text === x.lower && (!breaksAfter(x) || hyphenAfter(x));
      while (k < sentence.last && k - j < 3 && isParticle(tokens[k])) k++;
      const name = tokens[k];
      const joined = name && name.sentence === t.sentence && isCapitalised(name.text) && /\p{L}/u.test(name.text);
      return k > j && joined && (hyphenAfter(tokens[k - 1]) || !breaksBefore(name)) ? k + 1 : 0;
    },
  }),
  growthRule({
    id: 'name-joiner',
    description: '"of", "and", "&" or a particle joins two capitalised runs inside an organization or place name',
    example: 'the [Bank of England] said',
    extend: (s, { i, j }) => {
      const { tokens, allCaps } = s;
      const t = tokens[j];
      // "Foundation for the Visual Arts", "Daughters of the American Revolution": "the" after the joiner.
      const article = (t.lower === 'of' || t.lower === 'for') && tokens[j + 1]?.text === 'the' && !breaksAfter(tokens[j + 1]) ? 1 : 0;
      const after = tokens[j + 1 + article];
      const joinable =
        (ORG_JOINERS.has(t.lower) || NAME_PARTICLES.has(t.lower)) &&
        !breaksAfter(t) &&
        after &&
        after.sentence === t.sentence &&
        isNameToken(after, allCaps) &&
        !breaksBefore(after);
      if (!joinable) return 0;
      if (article) return orgJoinAllowed(s, i, j) && lex.isOrgHeadWord(tokens[j - 1].text) && !lex.isCountry(after.text) ? j + 3 : 0;
      return NAME_PARTICLES.has(t.lower) || orgJoinAllowed(s, i, j) ? j + 2 : 0;
    },
  }),
] as const;

export const GROWTH_RULES = [...afterHyphen, quotedNickname, ...plain];
export type GrowthRuleId = (typeof GROWTH_RULES)[number]['id'];

/** The decisions the proposal makes around a run, besides growing it. */
export const PROPOSAL_RULES = [
  {
    id: 'title-opens-run',
    description: 'A title opening a run of capitals is not part of the name after it, and makes it a person’s',
    example: '[Secretary of State] Ana Ruiz said',
  },
  {
    id: 'title-head-name',
    description: 'A known name heading a title is a name of its own: "NATO Secretary-General", "Federal Reserve governor"',
    example: '[NATO] Secretary-General Jens Stoltenberg',
  },
  {
    id: 'title-word-in-name',
    description:
      'A title word opening a name that ends in an organization head word, or is known as a place or an organization, ' +
      'is part of it; so is a given name that is also a title before a surname',
    example: '[General Motors] cut jobs; [Dean Martin] sang',
  },
  {
    id: 'title-inside-run',
    description: 'A title inside a run of capitals ends the name before it: "Boxing Association President Ramon Diaz"',
    example: '[Boxing Association] President Ramon Diaz',
  },
  {
    id: 'clause-initial-word',
    description: 'A lone capitalised word opening a clause is only a weak name, kept if the article names it elsewhere',
    example: '[Sato]: "We will not sell."',
  },
] as const;

function firstExtension(rules: readonly GrowthRule[], s: SegmentContext, run: Run): number {
  for (const rule of rules) {
    const j = rule.extend(s, run);
    if (!j) continue;
    s.firings.push({ rule: rule.id, start: s.tokens[run.i].start, end: s.tokens[j - 1].end });
    return j;
  }
  return 0;
}

/** The end of the run of name tokens that starts at token i. */
function grow(s: SegmentContext, sentence: Sentence, i: number): number {
  const { tokens } = s;
  const run: Run = { sentence, i, j: i + 1 };
  for (;;) {
    if (run.j >= sentence.last || tokens[run.j - 1].possessive) break;
    // Hyphenated names: "Itar-Tass", "Chester-le-Street" (not "Ontario-based").
    if (hyphenAfter(tokens[run.j - 1])) {
      const j = firstExtension(afterHyphen, s, run);
      if (!j) break;
      run.j = j;
      continue;
    }
    const nicknamed = firstExtension([quotedNickname], s, run);
    if (nicknamed) {
      run.j = nicknamed;
      continue;
    }
    if (breaksAfter(tokens[run.j - 1]) || breaksBefore(tokens[run.j])) break;
    const j = firstExtension(plain, s, run);
    if (!j) break;
    run.j = j;
  }
  return run.j;
}

/** A title inside the run ends the name before it: "Boxing Association President Ramon Diaz". */
function titleInside(s: SegmentContext, i: number, j: number): number {
  const { tokens } = s;
  for (let k = i + 1; k < j - 1; k++) {
    if (tokens[k - 1].possessive || hyphenAfter(tokens[k - 1]) || !/^\p{Lu}/u.test(tokens[k].text)) continue;
    const inner = titleAt(tokens, k, j, s.allCaps);
    if (inner && inner.next < j && !titleInName(tokens, k, inner.next, j, s.allCaps)) return k;
  }
  return -1;
}

/**
 * Proposes the names of one sentence, in text order, calling `settle` on each (the names a title
 * heads before the name it precedes).
 */
export function proposeNames(s: SegmentContext, sentence: Sentence, settle: (d: Draft) => void): void {
  const { tokens, allCaps } = s;
  let i = sentence.first;
  while (i < sentence.last) {
    const prefixed = ARTICLE_PREFIXES.has(tokens[i].text) && hyphenAfter(tokens[i]) && !!tokens[i + 1] && isCapitalised(tokens[i + 1].text);
    const monthName = !allCaps && lex.isDayOrMonth(tokens[i].lower) && isGivenNameBeforeSurname(tokens, i);
    if (!isNameToken(tokens[i], allCaps) && !prefixed && !monthName) {
      i++;
      continue;
    }
    // A title ("Secretary of State", "Prime Minister") before a name is not part of it.
    let title = titleAt(tokens, i, sentence.last, allCaps);
    if (title && titleInName(tokens, i, title.next, sentence.last, allCaps)) {
      s.firings.push({ rule: 'title-word-in-name', start: tokens[i].start, end: tokens[title.next - 1].end });
      title = null;
    }
    if (title) {
      s.firings.push({ rule: 'title-opens-run', start: tokens[i].start, end: tokens[title.next - 1].end });
      const head = titleHead(s, { sentence, weak: allCaps }, i, title.next);
      if (head) {
        s.firings.push({ rule: 'title-head-name', start: tokens[head.first].start, end: tokens[head.last - 1].end });
        settle(head);
      }
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
    if (initial && isFunctionWord(tokens[i]) && !isVerbOpeningName(tokens, i, sentence) && !isGivenNameBeforeSurname(tokens, i)) {
      i++;
      continue;
    }
    const j = grow(s, sentence, i);
    const split = titleInside(s, i, j);
    let end = split > 0 ? split : j;
    if (split > 0) {
      s.firings.push({ rule: 'title-inside-run', start: tokens[i].start, end: tokens[j - 1].end });
      while (end > i && DEPARTMENT_WORDS.has(tokens[end - 1].text)) end--;
    }
    // A lone clause-initial word is kept only as a weak candidate, trusted if the article names it elsewhere.
    const weakInitial = initial && end - i === 1;
    if (weakInitial) s.firings.push({ rule: 'clause-initial-word', start: tokens[i].start, end: tokens[i].end });
    if (end > i) settle(draft(sentence, i, end, allCaps || weakInitial, title?.title ?? null));
    i = split > 0 ? split : j;
  }
}
