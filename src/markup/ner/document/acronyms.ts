/**
 * Acronyms the article defines: "Shanghai Cooperation Organization (SCO)", "Full Name [ACR]",
 * "CSTO’s [Collective Security Treaty Organization]". The acronym becomes an alias of the full
 * name, which is read from the raw text (a long name's words need not form one candidate).
 */
import * as lex from '../../lexicon';
import { firstAtOrAfter } from '../../spans';
import type { Vote } from '../candidate';
import { documentRule, keyOf, lexicalVotes, type DocumentContext, type NameInput } from './context';

/** Is `short` the initials of `long` ("SCO" / "Shanghai Cooperation Organization"), allowing skipped small words? */
export function isAcronymOf(short: string, long: string): boolean {
  const letters = short.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 2 || letters.length > 8 || short !== short.toUpperCase()) return false;
  const capitalised = (w: string) => /^\p{Lu}/u.test(w);
  const initials = long
    .split(/[\s-]+/)
    .filter(capitalised)
    .map((w) => w[0])
    .join('');
  if (initials.length > 1 && initials === letters) return true;
  const all = long
    .split(/[\s-]+/)
    .map((w) => w[0]?.toUpperCase() ?? '')
    .join('');
  // A hyphenated word counts once: "Trans-Caspian International Transport Route" (TITR).
  const byWord = long
    .split(/\s+/)
    .filter(capitalised)
    .map((w) => w[0])
    .join('');
  return initials === letters || all === letters || byWord === letters;
}

type Expansion = { start: number; end: number; text: string };

/** The spelled-out name an acronym stands for, when the text defines it. */
function expansionAround(text: string, acronym: Expansion): Expansion | null {
  const after = /^(?:['\u2019]s)?\s*\[([^\]\n]{3,120})\]/.exec(text.slice(acronym.end, acronym.end + 130));
  // "ROS [Reactive Oxygen Species, the group of chemicals …]": the name ends at the gloss's comma.
  const spelled = after?.[1].split(/[,;(]/)[0] ?? '';
  if (after && isAcronymOf(acronym.text, spelled.trim())) {
    const start = acronym.end + after[0].indexOf('[') + 1 + (spelled.length - spelled.trimStart().length);
    const name = spelled.trim();
    return { start, end: start + name.length, text: name };
  }
  // "Full Name (ACR)" or "Full Name [ACR]".
  const bracketed =
    (text[acronym.start - 1] === '(' && text[acronym.end] === ')') || (text[acronym.start - 1] === '[' && text[acronym.end] === ']');
  if (!bracketed) return null;
  // Up to twelve words before the bracket; the shortest run that starts with a capital and spells the acronym.
  const before = text.slice(Math.max(0, acronym.start - 160), acronym.start - 1);
  const words = [...before.matchAll(/[^\s]+/g)];
  for (let k = 1; k <= Math.min(12, words.length); k++) {
    const first = words[words.length - k];
    if (!/^\p{Lu}/u.test(first[0])) continue;
    const lastWord = words[words.length - 1];
    const start = acronym.start - 1 - before.length + first.index!;
    const end = acronym.start - 1 - before.length + lastWord.index! + lastWord[0].length;
    const name = text.slice(start, end).replace(/[,;:]+$/, '');
    if (isAcronymOf(acronym.text, name)) return { start, end: start + name.length, text: name };
  }
  return null;
}

/**
 * Whether a spelled-out name is a term in several words ("Reactive Oxygen Species"): no organization head word
 * ("League for Democracy"), no hyphenated proper word ("Trans-Caspian … Route") and nothing the lexicon knows.
 */
function isTerm(expansion: Expansion): boolean {
  const { votes } = lexicalVotes(expansion.text);
  const words = expansion.text.split(/\s+/);
  const plain = !words.some((w) => lex.isOrgHeadWord(w) || w.includes('-'));
  return plain && !votes.place && !votes.organization && words.length > 2;
}

function expansionInput(expansion: Expansion): NameInput {
  const { votes, evidence } = lexicalVotes(expansion.text);
  const cast = (rule: string, weight: number) => {
    votes.organization += weight;
    evidence.push({ rule, type: 'organization', weight } satisfies Vote);
  };
  const headed = lex.isOrgHeadWord(expansion.text.split(/\s+/).pop() ?? '');
  if (headed) cast('organization-head-word', 2);
  // An acronym with a spelled-out name is most often an organization; a term in several words ("Reactive Oxygen
  // Species") with no head word and nothing the lexicon knows is not one.
  if (!isTerm(expansion)) cast('acronym-expansion', 1);
  return { ...expansion, votes, evidence, title: null, weak: false };
}

/** Expansions found by `acronymExpansion`, for `sameName` (sorted by start, not overlapping). */
const expansionsOf = new WeakMap<DocumentContext, NameInput[]>();
/** Keys of acronyms the text spells out as terms, for `sameName`: their shape is no organization evidence. */
const termsOf = new WeakMap<DocumentContext, Set<string>>();

/** A term acronym's mention without the vote its capitals cast. */
function withoutShapeVote(c: NameInput): NameInput {
  const shape = c.evidence.filter((v) => v.rule === 'acronym').reduce((sum, v) => sum + v.weight, 0);
  const votes = { ...c.votes, organization: c.votes.organization - shape };
  return { ...c, votes, evidence: c.evidence.filter((v) => v.rule !== 'acronym') };
}

export const acronymExpansion = documentRule({
  id: 'acronym-expansion',
  description: 'An acronym defined in the text is an alias of its full name, which is most often an organization',
  example: 'the [Shanghai Cooperation Organization] (SCO)',
  apply(doc) {
    const expansions: NameInput[] = [];
    const starts = new Set<number>();
    const terms = new Set<string>();
    for (const c of doc.candidates) {
      if (c.weak || !/^[\p{Lu}.&]+$/u.test(c.text)) continue;
      const expansion = expansionAround(doc.text, c);
      if (!expansion) continue;
      doc.alias.set(keyOf(c.text), keyOf(expansion.text));
      doc.fired('acronym-expansion', c);
      if (isTerm(expansion)) terms.add(keyOf(c.text));
      if (!starts.has(expansion.start) && starts.add(expansion.start)) expansions.push(expansionInput(expansion));
    }
    expansionsOf.set(
      doc,
      expansions.sort((a, b) => a.start - b.start),
    );
    termsOf.set(doc, terms);
  },
});

export const sameName = documentRule({
  id: 'same-name',
  description: 'Every mention of the same name (or of an alias of it) belongs to one entity',
  example: '[Putin] … [Putin]',
  apply(doc) {
    const expansions = expansionsOf.get(doc) ?? [];
    // A candidate inside an expansion gives way to the expansion.
    const covered = (c: { start: number; end: number }) => {
      const i = firstAtOrAfter(expansions, c.end) - 1;
      return i >= 0 && expansions[i].end > c.start;
    };
    const strong = [...doc.candidates.filter((c) => !c.weak && !covered(c)), ...expansions].sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    const terms = termsOf.get(doc);
    for (const c of strong) {
      doc.addMention(terms?.has(keyOf(c.text)) ? withoutShapeVote(c) : c);
      const key = doc.resolve(keyOf(c.text));
      if (seen.has(key)) doc.fired('same-name', c);
      seen.add(key);
    }
  },
});
