/**
 * The entities the groups become: each group's type settled (with its evidence), its mentions in
 * text order (not inside a hyphenated word), its canonical name and its aliases.
 */
import * as lex from '../../lexicon';
import { COMPOUND_PREFIXES } from '../../lexicon/nameParts';
import { uniqueSpans } from '../../spans';
import type { Entity, EntityType, Mention, TypeEvidence } from '../../types';
import type { Vote } from '../candidate';
import { keyOf, wordsOf, type DocumentContext, type Group } from './context';
import { decide, fallback, type Decision } from './decide';

const COMPOUND_PREFIX = new RegExp(`(?:^|[^\\p{L}])(?:${[...COMPOUND_PREFIXES].join('|')})-$`, 'iu');

/** "New York-based", "U.S.-led", "pro-Moscow", "EB-5": a name inside a hyphenated word is not a mention of its own. */
export function inCompound(text: string, m: { start: number; end: number; text?: string }): boolean {
  if (text[m.end] === '-' && /\p{Ll}/u.test(text[m.end + 1] ?? '')) return true;
  // Models and codes: "EB-5", "AK-47", "F-16".
  if (text[m.end] === '-' && /\d/.test(text[m.end + 1] ?? '') && /^\p{Lu}{1,4}$/u.test(m.text ?? '')) return true;
  return text[m.start - 1] === '-' && COMPOUND_PREFIX.test(text.slice(Math.max(0, m.start - 10), m.start));
}

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

/** The canonical name: the longest name in mixed case ("Moscow" over "MOSCOW", "Vladimir Putin" over "Putin"). */
function pickName(names: string[]): string {
  const mixed = names.filter((n) => /\p{Ll}/u.test(n));
  const pool = mixed.length ? mixed : names;
  const longer = (a: string, b: string) =>
    wordsOf(b).length > wordsOf(a).length || (wordsOf(b).length === wordsOf(a).length && b.length > a.length);
  const best = pool.reduce((a, b) => (longer(a, b) ? b : a));
  // A name seen only in capitals (a dateline, a headline): "LONDON" reads "London", acronyms stay.
  if (mixed.length || best.replace(/[^\p{L}]/gu, '').length < 5 || lex.orgForAcronym(best)) return best;
  return lex.canonicalCountry(best, true) ?? titleCase(best);
}

/** Other names the article uses for the entity; a person's short forms are implied by the name. */
function aliasesOf(names: string[], name: string, type: EntityType): string[] {
  const nameWords = new Set(wordsOf(keyOf(name)));
  const aliases = names.filter((n) => keyOf(n) !== keyOf(name) && !(type === 'person' && wordsOf(keyOf(n)).every((w) => nameWords.has(w))));
  return [...new Map(aliases.map((a) => [keyOf(a), a])).values()].filter(
    (a) => !(type !== 'person' && a.toUpperCase() === name.toUpperCase()),
  );
}

/** Votes by rule and type, summed and counted, the strongest first. */
function tally(evidence: readonly Vote[]): TypeEvidence['cues'] {
  const byRule = new Map<string, { rule: string; type: EntityType; weight: number; count: number }>();
  for (const v of evidence) {
    const key = `${v.rule}\u0000${v.type}`;
    const t = byRule.get(key) ?? { rule: v.rule, type: v.type, weight: 0, count: 0 };
    t.weight += v.weight;
    t.count++;
    byRule.set(key, t);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return [...byRule.values()].map((t) => ({ ...t, weight: round(t.weight) })).sort((a, b) => b.weight - a.weight);
}

function evidenceOf(g: Group, decision: Decision, fallbackCues: string[]): TypeEvidence {
  const round = (x: number) => Math.round(x * 100) / 100;
  const cues = tally([...g.evidence, ...fallbackCues.map((rule) => ({ rule, type: 'organization' as const, weight: 2 }))]);
  return {
    decidedBy: decision.rule,
    votes: { person: round(g.votes.person), organization: round(g.votes.organization), place: round(g.votes.place) },
    cues,
  };
}

function firstStart(g: Group): number {
  let min = Infinity;
  for (const m of g.mentions) if (m.start < min) min = m.start;
  return min;
}

export interface EntityResult {
  entities: Entity[];
  /** Entity id of the name mention starting at an offset. */
  byStart: Map<number, string>;
  /** Titles seen right before a person's name ("president", "foreign minister"), by entity id. */
  titles: Map<string, Set<string>>;
}

export function buildEntities(doc: DocumentContext): EntityResult {
  const { text } = doc;
  const entities: Entity[] = [];
  const ordered = [...doc.groups.values()].filter((g) => g.mentions.length).map((g) => ({ g, at: firstStart(g) }));
  ordered.sort((a, b) => a.at - b.at);
  for (const { g } of ordered) {
    let decision = decide(g);
    let fallbackCues: string[] = [];
    if (!decision) ({ decision, cues: fallbackCues } = fallback(g, text));
    if (!decision) continue;
    const mentions: Mention[] = uniqueSpans(g.mentions)
      .filter((m) => !inCompound(text, m))
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: 'name' as const }));
    if (!mentions.length) continue;
    for (const rule of [decision.rule, ...fallbackCues]) for (const m of mentions) doc.fired(rule, m);
    const names = [...new Set(mentions.map((m) => m.text))];
    const name = g.canonical ?? pickName(names);
    const type = decision.type;
    entities.push({
      id: `e${entities.length + 1}`,
      type,
      name,
      aliases: aliasesOf(names, name, type),
      mentions,
      evidence: evidenceOf(g, decision, fallbackCues),
      why: '',
      ...(g.corrected ? { corrected: [...g.corrected].sort() } : {}),
    });
  }
  const byStart = new Map<number, string>();
  for (const e of entities) for (const m of e.mentions) byStart.set(m.start, e.id);
  const titles = new Map<string, Set<string>>();
  for (const c of doc.candidates) {
    const id = byStart.get(c.start);
    if (id && c.title) (titles.get(id) ?? titles.set(id, new Set()).get(id)!).add(c.title);
  }
  return { entities, byStart, titles };
}
