/**
 * The corrections file: read (every problem reported, the entry skipped, never a throw: a file a
 * user edits by hand is often half right), written (one order, one format, so it diffs well in git)
 * and narrowed to the entries of one article.
 */
import type { EntityType } from '../types';
import { mayHold } from './rule';
import {
  emptyCorrections,
  nameCorrectionKind,
  quoteCorrectionKind,
  type Corrections,
  type NameCorrection,
  type QuoteCorrection,
} from './types';

export interface CorrectionsProblem {
  /** Where in the file: `names[2].type`, or `` for the whole file. */
  path: string;
  message: string;
}

const TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const NAME_KEYS = new Set(['name', 'type', 'notAName', 'mark', 'sameAs', 'notSameAs', 'article']);
const QUOTE_KEYS = new Set(['article', 'quote', 'context', 'speaker', 'notAQuote', 'markAsQuote']);

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

/** The problems of one entry's fields that every kind shares: unknown keys, wrong value types. */
function fieldProblems(entry: Json, known: Set<string>, path: string): string[] {
  const problems = Object.keys(entry)
    .filter((k) => !known.has(k))
    .map((k) => `${path}.${k}: unknown field`);
  for (const k of ['notAName', 'mark', 'notAQuote', 'markAsQuote'])
    if (k in entry && entry[k] !== true) problems.push(`${path}.${k}: must be true (or left out)`);
  for (const k of ['name', 'sameAs', 'notSameAs', 'article', 'quote', 'context'])
    if (k in entry && !nonEmpty(entry[k])) problems.push(`${path}.${k}: must be a non-empty string`);
  return problems;
}

function readName(entry: unknown, path: string): { value?: NameCorrection; problems: string[] } {
  if (!isObject(entry)) return { problems: [`${path}: must be an object`] };
  const problems = fieldProblems(entry, NAME_KEYS, path);
  if (!('name' in entry)) problems.push(`${path}.name: missing`);
  if ('type' in entry && !TYPES.includes(entry.type as EntityType)) problems.push(`${path}.type: must be person, organization or place`);
  const actions = ['notAName', 'mark', 'sameAs', 'notSameAs'].filter((k) => k in entry);
  if (actions.length + (entry.type !== undefined && !entry.mark ? 1 : 0) !== 1)
    problems.push(`${path}: needs exactly one of type, notAName, mark (with type), sameAs, notSameAs`);
  if (entry.mark && !('type' in entry)) problems.push(`${path}.type: mark needs a type`);
  if (problems.length) return { problems };
  const value = { ...entry } as unknown as NameCorrection;
  return { value, problems };
}

function readQuote(entry: unknown, path: string): { value?: QuoteCorrection; problems: string[] } {
  if (!isObject(entry)) return { problems: [`${path}: must be an object`] };
  const problems = fieldProblems(entry, QUOTE_KEYS, path);
  for (const k of ['article', 'quote']) if (!(k in entry)) problems.push(`${path}.${k}: missing`);
  if ('speaker' in entry && entry.speaker !== null && !nonEmpty(entry.speaker)) problems.push(`${path}.speaker: must be a name or null`);
  const says = ['speaker' in entry, !!entry.notAQuote, !!entry.markAsQuote];
  if (entry.notAQuote ? says.filter(Boolean).length !== 1 : !says[0] && !says[2])
    problems.push(`${path}: needs speaker, notAQuote or markAsQuote (markAsQuote may come with speaker)`);
  if (problems.length) return { problems };
  return { value: { ...entry } as unknown as QuoteCorrection, problems };
}

/** Reads a corrections file. Never throws: what is wrong is in `problems`, and the entry is skipped. */
export function parseCorrections(json: string): { corrections: Corrections; problems: CorrectionsProblem[] } {
  const corrections = emptyCorrections();
  const problems: CorrectionsProblem[] = [];
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { corrections, problems: [{ path: '', message: `not JSON: ${(e as Error).message}` }] };
  }
  if (!isObject(data)) return { corrections, problems: [{ path: '', message: 'must be a JSON object' }] };
  if (data.version !== 1) problems.push({ path: 'version', message: 'must be 1' });
  for (const k of Object.keys(data))
    if (!['version', 'names', 'quotes', '$schema'].includes(k)) problems.push({ path: k, message: 'unknown field' });
  const lists = [
    ['names', readName, corrections.names],
    ['quotes', readQuote, corrections.quotes],
  ] as const;
  for (const [list, read, into] of lists) {
    const entries = data[list] ?? [];
    if (!Array.isArray(entries)) {
      problems.push({ path: list, message: 'must be a list' });
      continue;
    }
    entries.forEach((entry, i) => {
      const found = read(entry, `${list}[${i}]`);
      for (const p of found.problems) {
        const colon = p.indexOf(': ');
        problems.push({ path: p.slice(0, colon), message: p.slice(colon + 2) });
      }
      if (found.value) (into as unknown[]).push(found.value);
    });
  }
  return { corrections, problems };
}

const compare = (a: string | undefined, b: string | undefined) => ((a ?? '') < (b ?? '') ? -1 : (a ?? '') > (b ?? '') ? 1 : 0);

/** A name entry's fields in one order, whatever order they were given in. */
function orderedName(c: NameCorrection): NameCorrection {
  const { name, type, notAName, mark, sameAs, notSameAs, article } = c;
  return JSON.parse(JSON.stringify({ name, type, notAName, mark, sameAs, notSameAs, article })) as NameCorrection;
}

function orderedQuote(c: QuoteCorrection): QuoteCorrection {
  const { article, quote, context, speaker, notAQuote, markAsQuote } = c;
  return JSON.parse(JSON.stringify({ article, quote, context, speaker, notAQuote, markAsQuote })) as QuoteCorrection;
}

/**
 * The file's text: names sorted by kind, then name, then article; quotes by article, then quote,
 * then context; two-space JSON with a trailing newline. Code-unit order, not locale order, so the
 * same corrections give the same bytes on every machine.
 */
export function serializeCorrections(c: Corrections): string {
  const names = [...c.names]
    .map(orderedName)
    .sort(
      (a, b) =>
        compare(nameCorrectionKind(a), nameCorrectionKind(b)) ||
        compare(a.name, b.name) ||
        compare(a.article, b.article) ||
        compare(JSON.stringify(a), JSON.stringify(b)),
    );
  const quotes = [...c.quotes]
    .map(orderedQuote)
    .sort(
      (a, b) =>
        compare(a.article, b.article) ||
        compare(a.quote, b.quote) ||
        compare(a.context, b.context) ||
        compare(quoteCorrectionKind(a), quoteCorrectionKind(b)) ||
        compare(JSON.stringify(a), JSON.stringify(b)),
    );
  return JSON.stringify({ version: 1, names, quotes }, null, 2) + '\n';
}

/** Paths compared as the file writes them: forward slashes, no leading "./". */
export const normalPath = (p: string) => p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');

/** The entries that apply to one article (its path relative to the corrections file): its own and the workspace-wide names. */
export function correctionsFor(c: Corrections, articlePath: string): Corrections {
  const path = normalPath(articlePath);
  return {
    version: 1,
    names: c.names.filter((n) => n.article === undefined || normalPath(n.article) === path),
    quotes: c.quotes.filter((q) => normalPath(q.article) === path),
  };
}

/**
 * The entries that can change an article's markup: those whose words the text holds. What a cache of
 * analyses is keyed by, so that a correction about one name does not make every article stale.
 */
export function relevantCorrections(text: string, c: Corrections): Corrections {
  const holds = (words: string | undefined | null) => !words || mayHold(text, words);
  return {
    version: 1,
    names: c.names.filter((n) => holds(n.name) && holds(n.sameAs) && holds(n.notSameAs)),
    quotes: c.quotes.filter((q) => mayHold(text, q.quote, true) && holds(q.speaker)),
  };
}
