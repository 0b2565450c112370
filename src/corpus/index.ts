/**
 * The corpus: one summary per article, and the questions a researcher asks of all of them — who is
 * quoted, how often and in how many articles, which organizations, people and places are named,
 * quotes over time, who is quoted next to whom, the share of quotes by speaker type and the stated
 * gender of the people quoted. Articles come and go one at a time (a file saved, deleted); the
 * answers are computed from the summaries when asked and kept until the next change.
 */
import type { EntityType, Gender } from '../markup/types';
import { inDateRange } from './dateRange';
import type { ArticleSummary, EntitySummary, QuoteSummary } from './summary';

export * from './dateRange';
export * from './hash';
export * from './rows';
export * from './summary';
export * from './version';

export interface CorpusFilter {
  /** Part of a name, any case. */
  text?: string;
  type?: EntityType;
  /** Dates as YYYY-MM-DD, inclusive; an article without a date is outside any date range. */
  from?: string;
  to?: string;
}

export interface SpeakerRow {
  key: string;
  name: string;
  type: EntityType;
  quotes: number;
  reported: number;
  articles: number;
  gender: Gender | null;
}

export interface EntityRow {
  key: string;
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

export interface ArticleRef {
  file: string;
  date: string | null;
}

const byCount =
  <T extends { name: string }>(count: (row: T) => number) =>
  (a: T, b: T) =>
    count(b) - count(a) || a.name.localeCompare(b.name);

/** What the corpus holds of one entity key, kept up to date as articles come and go. */
interface KeyTally {
  type: EntityType;
  name: string;
  /** Articles that have the entity at all, that name it outside their furniture, that quote it. */
  present: number;
  named: number;
  quoted: number;
}

export class CorpusIndex {
  private readonly articles = new Map<string, ArticleSummary>();
  private version = 0;
  private readonly memo = new Map<string, { version: number; value: unknown }>();
  /** Per entity key (as the articles write it): the counts the groups and the aliases need, without a pass over the articles. */
  private readonly tallies = new Map<string, KeyTally>();

  get size(): number {
    return this.articles.size;
  }

  /**
   * One copy of each name, key and cue the articles share: a summary that came through a message or a
   * cache line brings its own copies, which would stay alive as long as it does (half of what 10,000
   * summaries held on the host). The copies become garbage at once, before the collector moves them.
   */
  private readonly strings = new Map<string, string>();

  private intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const known = this.strings.get(text);
    if (known !== undefined) return known as T;
    this.strings.set(text, text);
    return text;
  }

  /** Takes the summary as its own: its shared strings are replaced by the index's copies. */
  set(summary: ArticleSummary): void {
    for (const e of summary.entities) {
      e.key = this.intern(e.key);
      e.name = this.intern(e.name);
    }
    for (const q of summary.quotes) {
      q.speaker = this.intern(q.speaker);
      q.cue = this.intern(q.cue);
      q.rule = this.intern(q.rule);
    }
    const old = this.articles.get(summary.file);
    if (old) this.tally(old, -1);
    this.articles.set(summary.file, summary);
    this.tally(summary, 1);
    this.version++;
  }

  delete(file: string): boolean {
    const old = this.articles.get(file);
    if (!old) return false;
    this.tally(old, -1);
    this.articles.delete(file);
    this.version++;
    return true;
  }

  /** Forgets every article at once (a re-index starts over). */
  clear(): void {
    this.articles.clear();
    this.strings.clear();
    this.tallies.clear();
    this.version++;
  }

  private tally(a: ArticleSummary, sign: 1 | -1): void {
    for (const e of a.entities) {
      const t = this.tallies.get(e.key) ?? { type: e.type, name: e.name, present: 0, named: 0, quoted: 0 };
      t.present += sign;
      if (!e.credit) t.named += sign;
      this.tallies.set(e.key, t);
    }
    const quoted = new Set(a.quotes.map((q) => q.speaker));
    for (const e of a.entities) {
      const t = this.tallies.get(e.key)!;
      if (quoted.has(e.key) && !e.credit) t.quoted += sign;
      if (!t.present) this.tallies.delete(e.key);
    }
  }

  get(file: string): ArticleSummary | undefined {
    return this.articles.get(file);
  }

  files(): string[] {
    return [...this.articles.keys()];
  }

  private remember<T>(key: string, compute: () => T): T {
    const kept = this.memo.get(key);
    if (kept && kept.version === this.version) return kept.value as T;
    const value = compute();
    this.memo.set(key, { version: this.version, value });
    return value;
  }

  /**
   * A person named by surname alone in one article ("Ms. Okonjo said") is the one person of the corpus
   * whose full name ends with it ("Marta Okonjo"); with two candidates, or none, the name stays as it is.
   */
  private aliases(): Map<string, string> {
    return this.remember('aliases', () => {
      const full = new Map<string, Set<string>>();
      const single = new Set<string>();
      for (const [key, { type, name }] of this.tallies) {
        if (type !== 'person') continue;
        const words = name.split(' ');
        if (words.length === 1) single.add(key);
        else full.set(words[words.length - 1], (full.get(words[words.length - 1]) ?? new Set()).add(key));
      }
      const aliases = new Map<string, string>();
      for (const key of single) {
        const candidates = full.get(key.slice('person:'.length));
        if (candidates?.size === 1) aliases.set(key, [...candidates][0]);
      }
      return aliases;
    });
  }

  /** The key under which the corpus counts an entity (a surname alone counts as its full name). */
  canonical(key: string): string {
    return this.aliases().get(key) ?? key;
  }

  private *selected(f: CorpusFilter): Generator<ArticleSummary> {
    for (const a of this.articles.values()) if (inDateRange(a.date, f)) yield a;
  }

  /** An article's entities under their corpus keys: `Okonjo` read as `Marta Okonjo` where the corpus says so. */
  private entitiesOf(a: ArticleSummary): Map<string, EntitySummary> {
    const out = new Map<string, EntitySummary>();
    for (const e of a.entities) {
      const key = this.canonical(e.key);
      out.set(e.key, key === e.key ? e : { ...e, key, name: key.slice(e.type.length + 1) });
    }
    return out;
  }

  /** People and organizations that speak, by quotes (then reported speech), with the number of articles. */
  speakers(f: CorpusFilter = {}): SpeakerRow[] {
    return this.remember(`speakers ${JSON.stringify(f)}`, () => {
      const rows = new Map<string, SpeakerRow & { genders: Set<Gender> }>();
      for (const a of this.selected(f)) {
        const entities = this.entitiesOf(a);
        const seen = new Set<string>();
        for (const q of a.quotes) {
          const e = q.speaker ? entities.get(q.speaker) : undefined;
          if (!e || e.credit || !matches(e, f)) continue;
          const row = rows.get(e.key) ?? { ...e, quotes: 0, reported: 0, articles: 0, gender: null, genders: new Set() };
          row[q.kind === 'quote' ? 'quotes' : 'reported']++;
          if (!seen.has(e.key)) row.articles++;
          seen.add(e.key);
          if (e.gender) row.genders.add(e.gender);
          rows.set(e.key, row);
        }
      }
      // Articles that state different genders for one name leave it not stated, as one article would.
      return [...rows.values()]
        .map(({ key, name, type, quotes, reported, articles, genders }) => {
          const gender = genders.size === 1 ? [...genders][0] : null;
          return { key, name, type, quotes, reported, articles, gender };
        })
        .sort((a, b) => b.quotes - a.quotes || b.reported - a.reported || a.name.localeCompare(b.name));
    });
  }

  /**
   * How many rows `speakers` and `entities` have under a filter, from the tallies of the entity keys
   * (a date range needs the articles): the Corpus view's groups show these while indexing changes
   * the corpus several times a second, whatever its size.
   */
  counts(f: CorpusFilter = {}): Record<'speakers' | EntityType, number> {
    if (f.from || f.to) return { speakers: this.speakers(f).length, ...this.entityCounts(f) };
    return this.remember(`counts ${JSON.stringify(f)}`, () => {
      const aliases = this.aliases();
      const speakers = new Set<string>();
      const named = { person: new Set<string>(), organization: new Set<string>(), place: new Set<string>() };
      for (const [key, t] of this.tallies) {
        const canonical = aliases.get(key) ?? key;
        if (!matches({ name: canonical === key ? t.name : canonical.slice(t.type.length + 1), type: t.type }, f)) continue;
        if (t.named) named[t.type].add(canonical);
        if (t.quoted) speakers.add(canonical);
      }
      return { speakers: speakers.size, person: named.person.size, organization: named.organization.size, place: named.place.size };
    });
  }

  private entityCounts(f: CorpusFilter): Record<EntityType, number> {
    const types: EntityType[] = ['person', 'organization', 'place'];
    return Object.fromEntries(types.map((type) => [type, this.entities(type, f).length])) as Record<EntityType, number>;
  }

  /** Organizations, people or places by the number of articles that name them. */
  entities(type: EntityType, f: CorpusFilter = {}): EntityRow[] {
    return this.remember(`entities ${type} ${JSON.stringify(f)}`, () => {
      const rows = new Map<string, EntityRow>();
      for (const a of this.selected(f)) {
        const seen = new Set<string>();
        for (const e of this.entitiesOf(a).values()) {
          if (e.type !== type || e.credit || !matches(e, f)) continue;
          const row = rows.get(e.key) ?? { key: e.key, name: e.name, type: e.type, articles: 0, mentions: 0 };
          if (!seen.has(e.key)) row.articles++;
          seen.add(e.key);
          row.mentions += e.mentions;
          rows.set(e.key, row);
        }
      }
      return [...rows.values()].sort(byCount((r) => r.articles));
    });
  }

  /** The articles that name an entity (by its corpus key), most recent first. */
  articlesOf(key: string, f: CorpusFilter = {}): ArticleRef[] {
    const out: ArticleRef[] = [];
    for (const a of this.selected(f)) if (a.entities.some((e) => this.canonical(e.key) === key)) out.push({ file: a.file, date: a.date });
    return out.sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.file.localeCompare(b.file));
  }

  /** A speaker's quotes across the corpus (by its corpus key), with their article. */
  quotesOf(key: string, f: CorpusFilter = {}): Array<QuoteSummary & ArticleRef> {
    const out: Array<QuoteSummary & ArticleRef> = [];
    for (const a of this.selected(f))
      for (const q of a.quotes) if (q.speaker && this.canonical(q.speaker) === key) out.push({ ...q, file: a.file, date: a.date });
    return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.file.localeCompare(b.file) || a.start - b.start);
  }

  /** Quotes per period (YYYY-MM-DD, or YYYY-MM by month) for each speaker key: dated articles only. */
  quotesOverTime(
    keys: readonly string[],
    by: 'day' | 'month' = 'month',
    f: CorpusFilter = {},
  ): { periods: string[]; series: Record<string, number[]> } {
    const counts = new Map<string, Map<string, number>>(keys.map((k) => [k, new Map()]));
    const periods = new Set<string>();
    for (const a of this.selected(f)) {
      if (!a.date) continue;
      const period = by === 'month' ? a.date.slice(0, 7) : a.date;
      for (const q of a.quotes) {
        const series = q.speaker ? counts.get(this.canonical(q.speaker)) : undefined;
        if (!series) continue;
        series.set(period, (series.get(period) ?? 0) + 1);
        periods.add(period);
      }
    }
    const sorted = [...periods].sort();
    return { periods: sorted, series: Object.fromEntries(keys.map((k) => [k, sorted.map((p) => counts.get(k)!.get(p) ?? 0)])) };
  }

  /** How many articles quote both of two speakers, for the `top` speakers. */
  coOccurrence(top = 10, f: CorpusFilter = {}): { speakers: SpeakerRow[]; matrix: number[][] } {
    const speakers = this.speakers(f).slice(0, top);
    const index = new Map(speakers.map((s, i) => [s.key, i]));
    const matrix = speakers.map(() => speakers.map(() => 0));
    for (const a of this.selected(f)) {
      const quoted = new Set(
        a.quotes.flatMap((q) => (q.speaker ? [index.get(this.canonical(q.speaker))] : [])).filter((i) => i !== undefined),
      );
      for (const i of quoted) for (const j of quoted) matrix[i][j]++;
    }
    return { speakers, matrix };
  }

  /** Quotes by the type of their speaker (person, organization, place) and without a speaker. */
  shareByType(f: CorpusFilter = {}): Record<EntityType | 'none', number> {
    const share = { person: 0, organization: 0, place: 0, none: 0 };
    for (const a of this.selected(f)) {
      const types = new Map(a.entities.map((e) => [e.key, e.type]));
      for (const q of a.quotes) share[(q.speaker && types.get(q.speaker)) || 'none']++;
    }
    return share;
  }

  /** The people quoted, and their quotes, by the gender the articles state ("not stated" otherwise). */
  quotedByGender(f: CorpusFilter = {}): Record<Gender | 'not stated', { people: number; quotes: number }> {
    const out = { male: { people: 0, quotes: 0 }, female: { people: 0, quotes: 0 }, 'not stated': { people: 0, quotes: 0 } };
    for (const s of this.speakers(f)) {
      if (s.type !== 'person') continue;
      const bucket = out[s.gender ?? 'not stated'];
      bucket.people++;
      bucket.quotes += s.quotes + s.reported;
    }
    return out;
  }
}

function matches(e: { name: string; type: EntityType }, f: CorpusFilter): boolean {
  return (!f.type || e.type === f.type) && (!f.text || e.name.toLowerCase().includes(f.text.toLowerCase()));
}
