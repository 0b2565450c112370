/**
 * Name corrections, applied to the groups of the document passes after every pass has run and
 * before the groups become entities, so that the types, the mentions and the names attribution and
 * coreference read are already corrected. Order: marks (new mentions), merges, splits, removals,
 * then types (a type applies to the merged entity).
 */
import type { Candidate } from '../ner/candidate';
import { emptyVotes } from '../ner/candidate';
import { keyOf, type DocumentContext, type Group, type GroupMention } from '../ner/document/context';
import { nameCorrectionKind, type NameCorrection, type NameCorrectionKind, type StaleCorrection } from './types';
import { mayHold, mayName, occurrences, USER_CORRECTION } from './rule';

const RULE = USER_CORRECTION.id;

export interface NameCorrectionOutcome {
  applied: number;
  stale: StaleCorrection[];
}

/** The groups holding a mention (or a name) with a key, found through an index rebuilt after each change. */
class GroupsByKey {
  private index: Map<string, Set<Group>> | null = null;
  constructor(private readonly doc: DocumentContext) {}

  of(name: string): Group[] {
    if (!this.index) {
      this.index = new Map();
      for (const g of this.doc.groups.values())
        for (const n of [...g.names, ...g.mentions.map((m) => m.text)]) {
          const k = keyOf(n);
          (this.index.get(k) ?? this.index.set(k, new Set()).get(k)!).add(g);
        }
    }
    return [...(this.index.get(keyOf(name)) ?? [])].filter((g) => g.mentions.length);
  }

  changed(): void {
    this.index = null;
  }
}

const noteCorrected = (g: Group, kind: NameCorrectionKind) => (g.corrected ??= new Set()).add(kind);

/** The words become a name of the given type wherever they appear; mentions they overlap give way. */
function mark(doc: DocumentContext, c: NameCorrection): boolean {
  const spans = occurrences(doc.text, c.name);
  if (!spans.length) return false;
  const overlaps = (m: GroupMention) => spans.some((s) => m.start < s.end && s.start < m.end);
  for (const g of doc.groups.values()) if (g.mentions.some(overlaps)) g.mentions = g.mentions.filter((m) => !overlaps(m));
  const g = doc.group(doc.resolve(keyOf(c.name)));
  for (const s of spans) doc.mention(g, { ...s, text: c.name, weak: false });
  g.names.add(c.name);
  doc.force(g, c.type!, RULE);
  noteCorrected(g, 'mark');
  return true;
}

/** Two groups become one: the first's mentions, names and votes join the second's. */
function merge(doc: DocumentContext, from: Group, into: Group): void {
  for (const m of from.mentions) {
    doc.mention(into, m);
    doc.fired(RULE, m);
  }
  for (const n of from.names) into.names.add(n);
  into.votes.person += from.votes.person;
  into.votes.organization += from.votes.organization;
  into.votes.place += from.votes.place;
  into.evidence.push(...from.evidence);
  into.titled ||= from.titled;
  into.canonical ??= from.canonical;
  if (!into.forced && from.forced) [into.forced, into.forcedBy] = [from.forced, from.forcedBy];
  for (const k of from.corrected ?? []) noteCorrected(into, k);
  doc.groups.delete(from.key);
  doc.alias.set(from.key, into.key);
}

/** The mentions of one name leave the group they share with another, with their own votes. */
function split(doc: DocumentContext, g: Group, name: string, candidateAt: () => Map<number, Candidate>): void {
  const key = keyOf(name);
  const moved = g.mentions.filter((m) => keyOf(m.text) === key);
  g.mentions = g.mentions.filter((m) => keyOf(m.text) !== key);
  for (const n of [...g.names]) if (keyOf(n) === key) g.names.delete(n);
  let newKey = key;
  while (doc.groups.has(newKey)) newKey += ' ';
  const apart = doc.group(newKey);
  apart.votes = emptyVotes();
  for (const m of moved) {
    doc.mention(apart, m);
    doc.fired(RULE, m);
    apart.names.add(m.text);
    const c = candidateAt().get(m.start);
    if (!c) continue;
    for (const v of c.evidence) doc.vote(apart, v.type, v.weight, v.rule);
    if (c.title) apart.titled = true;
  }
  noteCorrected(apart, 'notSameAs');
  noteCorrected(g, 'notSameAs');
}

/** The mentions of a name are no names: they leave every group. */
function removeName(doc: DocumentContext, name: string): void {
  const key = keyOf(name);
  for (const g of doc.groups.values()) {
    for (const m of g.mentions) if (keyOf(m.text) === key) doc.fired(RULE, m);
    g.mentions = g.mentions.filter((m) => keyOf(m.text) !== key);
    for (const n of [...g.names]) if (keyOf(n) === key) g.names.delete(n);
  }
}

const lowered = new WeakMap<DocumentContext, string>();
/** Whether the text holds the words, case aside (names are compared so). */
function hasWords(doc: DocumentContext, words: string): boolean {
  if (!mayHold(doc.text, words)) return false;
  let lower = lowered.get(doc);
  if (lower === undefined) lowered.set(doc, (lower = doc.text.toLowerCase()));
  return lower.includes(words.toLowerCase());
}

/** The candidates by start, built only when a split needs them. */
function lazyCandidateIndex(doc: DocumentContext): () => Map<number, Candidate> {
  let index: Map<number, Candidate> | undefined;
  return () => (index ??= new Map(doc.candidates.map((c) => [c.start, c])));
}

type Apply = (doc: DocumentContext, c: NameCorrection, groups: GroupsByKey, candidateAt: () => Map<number, Candidate>) => string | null;

/** Each kind of correction: null when applied, else why it is stale. */
const APPLY: Record<NameCorrectionKind, Apply> = {
  mark: (doc, c) => (mark(doc, c) ? null : 'the words are not in the article'),
  sameAs(doc, c, groups) {
    const [from, into] = [groups.of(c.name)[0], groups.of(c.sameAs!)[0]];
    if (!from || !into) return `"${!from ? c.name : c.sameAs}" is not a name in the article`;
    if (from !== into) merge(doc, from, into);
    noteCorrected(into, 'sameAs');
    return null;
  },
  notSameAs(doc, c, groups, candidateAt) {
    const [a, b] = [groups.of(c.name), groups.of(c.notSameAs!)];
    if (!a.length || !b.length) return `"${!a.length ? c.name : c.notSameAs}" is not a name in the article`;
    for (const g of a.filter((g) => b.includes(g)))
      split(doc, g, keyOf(g.key) === keyOf(c.notSameAs!) ? c.name : c.notSameAs!, candidateAt);
    return null;
  },
  notAName(doc, c, groups) {
    // Words the engine did not take for a name already: nothing to undo, and nothing stale.
    if (!groups.of(c.name).length) return hasWords(doc, c.name) ? null : 'the words are not in the article';
    removeName(doc, c.name);
    return null;
  },
  retype(doc, c, groups) {
    const found = groups.of(c.name);
    // A name the engine missed, given a type: the reader means it is a name of that type.
    if (!found.length) return mark(doc, c) ? null : 'the article has no such name';
    for (const g of found) {
      doc.force(g, c.type!, RULE);
      noteCorrected(g, 'retype');
    }
    return null;
  },
};

/** Why a correction is stale when the article cannot hold its name: what APPLY says in that case. */
const UNSEEN: Record<NameCorrectionKind, (c: NameCorrection) => string> = {
  mark: () => 'the words are not in the article',
  sameAs: (c) => `"${c.name}" is not a name in the article`,
  notSameAs: (c) => `"${c.name}" is not a name in the article`,
  notAName: () => 'the words are not in the article',
  retype: () => 'the article has no such name',
};

const ORDER: readonly NameCorrectionKind[] = ['mark', 'sameAs', 'notSameAs', 'notAName', 'retype'];

/**
 * Applies the name corrections to the document's groups. `speakers`: names a quote correction gives
 * as a speaker; one the article has as words but not as a name becomes a person, as if marked.
 */
export function applyNameCorrections(
  doc: DocumentContext,
  names: readonly NameCorrection[],
  speakers: readonly string[],
): NameCorrectionOutcome {
  const outcome: NameCorrectionOutcome = { applied: 0, stale: [] };
  if (!names.length && !speakers.length) return outcome;
  const groups = new GroupsByKey(doc);
  const candidateAt = lazyCandidateIndex(doc);
  const byKind = ORDER.map((kind) => names.map((c, index) => ({ c, index })).filter(({ c }) => nameCorrectionKind(c) === kind));
  for (const { c, index } of byKind.flat()) {
    // What each kind says of a name the article cannot hold, without looking for it (most of a long file).
    const stale = mayName(doc.text, c.name) ? APPLY[nameCorrectionKind(c)](doc, c, groups, candidateAt) : UNSEEN[nameCorrectionKind(c)](c);
    // A type changes no group's mentions: the index stays good (it is rebuilt for the others).
    if (!stale && nameCorrectionKind(c) !== 'retype') groups.changed();
    if (stale) outcome.stale.push({ list: 'names', index, key: `name "${c.name}"`, reason: stale });
    else outcome.applied++;
  }
  for (const name of speakers) if (!groups.of(name).length && mark(doc, { name, type: 'person', mark: true })) groups.changed();
  return outcome;
}
