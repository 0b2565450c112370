/**
 * The Corpus Report's charts as plain data: what the extension computes from the corpus index and posts
 * to the report's webview (which draws it and does no analysis), and what each chart's "Export CSV"
 * writes. Pure TypeScript, no vscode and no Node built-ins, so it is unit-tested like the index itself.
 */
import type { EntityType, Gender } from '../markup/types';
import { inDateRange } from './dateRange';
import type { CorpusFilter, CorpusIndex, SpeakerRow } from './index';

export const CHART_IDS = ['speakers', 'organizations', 'overTime', 'coOccurrence', 'speakerTypes', 'gender'] as const;
export type ChartId = (typeof CHART_IDS)[number];

export const isChartId = (value: unknown): value is ChartId => (CHART_IDS as readonly unknown[]).includes(value);

/** How many rows the bar charts, the speaker picker and the co-occurrence matrix show. */
export const REPORT_LIMITS = { speakers: 15, organizations: 15, choices: 30, defaultSelection: 5, coOccurrence: 12 } as const;

/** Under this many days between the first and the last dated article, quotes over time are counted by day. */
export const DAILY_BELOW_DAYS = 62;

/** A month axis longer than this (a mistyped year in one header) is not filled in month by month. */
const MAX_FILLED_PERIODS = 1200;

export type SpeakerType = EntityType | 'none';
export type StatedGender = Gender | 'not stated';

export interface SpeakerRef {
  key: string;
  name: string;
  type: EntityType;
}

export interface ReportData {
  /** Articles in the index, and those inside the filter's date range (what the charts count). */
  indexed: number;
  articles: number;
  /** The Corpus view's date range, when one is set. */
  dateRange: { from?: string; to?: string } | null;
  speakers: Array<SpeakerRef & { quotes: number; reported: number }>;
  organizations: Array<{ key: string; name: string; articles: number; mentions: number }>;
  overTime: { by: 'day' | 'month'; periods: string[]; series: Array<SpeakerRef & { counts: number[] }> };
  /** The speakers the user can chart over time (the top ones, and any selected below them), by quotes. */
  speakerChoices: Array<SpeakerRef & { quotes: number }>;
  /** The keys charted over time: the user's selection where those speakers are still quoted, else the top ones. */
  selectedSpeakers: string[];
  coOccurrence: { speakers: SpeakerRef[]; matrix: number[][] };
  speakerTypes: Array<{ type: SpeakerType; quotes: number }>;
  gender: Array<{ gender: StatedGender; people: number; quotes: number }>;
}

const ref = (row: SpeakerRow): SpeakerRef => ({ key: row.key, name: row.name, type: row.type });

/**
 * The report over the articles inside the filter's date range. Only the date range applies: the text and
 * type filter narrow the Corpus view's lists, and applied here they would leave one bar per chart.
 * `selectedSpeakers` undefined means "the top speakers"; an empty list is the user's choice of none.
 */
export function reportData(index: CorpusIndex, filter: CorpusFilter, selectedSpeakers?: readonly string[]): ReportData {
  const range: CorpusFilter = { from: filter.from || undefined, to: filter.to || undefined };
  const speakers = index.speakers(range);
  const byKey = new Map(speakers.map((s) => [s.key, s]));
  const selected = (selectedSpeakers ?? speakers.slice(0, REPORT_LIMITS.defaultSelection).map((s) => s.key)).filter((k) => byKey.has(k));
  const choices = speakers.slice(0, REPORT_LIMITS.choices);
  for (const key of selected) if (!choices.some((c) => c.key === key)) choices.push(byKey.get(key)!);
  const co = index.coOccurrence(REPORT_LIMITS.coOccurrence, range);
  const share = index.shareByType(range);
  const gender = index.quotedByGender(range);
  return {
    indexed: index.size,
    articles: datesInRange(index, range).total,
    dateRange: range.from || range.to ? { ...(range.from ? { from: range.from } : {}), ...(range.to ? { to: range.to } : {}) } : null,
    speakers: speakers.slice(0, REPORT_LIMITS.speakers).map((s) => ({ ...ref(s), quotes: s.quotes, reported: s.reported })),
    organizations: index
      .entities('organization', range)
      .slice(0, REPORT_LIMITS.organizations)
      .map(({ key, name, articles, mentions }) => ({ key, name, articles, mentions })),
    overTime: overTime(
      index,
      range,
      selected.map((k) => byKey.get(k)!),
    ),
    speakerChoices: choices.map((s) => ({ ...ref(s), quotes: s.quotes + s.reported })),
    selectedSpeakers: selected,
    coOccurrence: { speakers: co.speakers.map(ref), matrix: co.matrix },
    speakerTypes: (['person', 'organization', 'place', 'none'] as const).map((type) => ({ type, quotes: share[type] })),
    gender: (['male', 'female', 'not stated'] as const).map((g) => ({ gender: g, ...gender[g] })),
  };
}

/** The number of articles in the range and the first and last date among them. */
function datesInRange(index: CorpusIndex, range: CorpusFilter): { total: number; first: string | null; last: string | null } {
  let total = 0;
  let first: string | null = null;
  let last: string | null = null;
  for (const file of index.files()) {
    const date = index.get(file)?.date ?? null;
    if (!inDateRange(date, range)) continue;
    total++;
    if (date === null) continue;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  return { total, first, last };
}

const DAY_MS = 86_400_000;
const utc = (date: string) => Date.parse(`${date}T00:00:00Z`);

/**
 * Quotes per period for the selected speakers, on an axis from the first to the last dated article with
 * the quiet periods as zeros: a line chart over only the periods with quotes would hide the gaps.
 */
function overTime(index: CorpusIndex, range: CorpusFilter, selected: SpeakerRow[]): ReportData['overTime'] {
  const { first, last } = datesInRange(index, range);
  const span = first && last ? (utc(last) - utc(first)) / DAY_MS : NaN;
  const by = span < DAILY_BELOW_DAYS ? 'day' : 'month';
  const counted = index.quotesOverTime(
    selected.map((s) => s.key),
    by,
    range,
  );
  const periods = [...new Set([...(first && last ? periodsBetween(first, last, by) : []), ...counted.periods])].sort();
  const at = new Map(counted.periods.map((p, i) => [p, i]));
  const series = selected.map((s) => {
    const values = counted.series[s.key];
    return { ...ref(s), counts: periods.map((p) => (at.has(p) ? values[at.get(p)!] : 0)) };
  });
  return { by, periods, series };
}

/** Every day (YYYY-MM-DD) or month (YYYY-MM) from `first` to `last`; none when a date does not parse. */
export function periodsBetween(first: string, last: string, by: 'day' | 'month'): string[] {
  const start = utc(first);
  const end = utc(last);
  if (Number.isNaN(start) || Number.isNaN(end) || start > end) return [];
  const out: string[] = [];
  if (by === 'day') {
    for (let t = start; t <= end && out.length <= MAX_FILLED_PERIODS; t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  } else {
    const d = new Date(start);
    d.setUTCDate(1);
    for (; d.getTime() <= end && out.length <= MAX_FILLED_PERIODS; d.setUTCMonth(d.getUTCMonth() + 1))
      out.push(d.toISOString().slice(0, 7));
  }
  return out.length > MAX_FILLED_PERIODS ? [] : out;
}

/**
 * The marks a chart draws for this data (bars, points, cells, slices): the webview reports the same
 * count for what Chart.js actually drew, so a test can tell a rendered chart from an empty canvas.
 */
export function chartPoints(data: ReportData, chart: ChartId): number {
  switch (chart) {
    case 'speakers':
      return data.speakers.length * 2; // quotes and reported speech, stacked
    case 'organizations':
      return data.organizations.length;
    case 'overTime':
      return data.overTime.periods.length * data.overTime.series.length;
    case 'coOccurrence':
      return data.coOccurrence.speakers.length ** 2;
    case 'speakerTypes':
      return data.speakerTypes.length;
    case 'gender':
      return data.gender.length * 2; // people and quotes
  }
}

export const SPEAKER_TYPE_LABELS: Record<SpeakerType, string> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Place',
  none: 'No speaker',
};

const percent = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '0.0');

/** A chart's data as CSV rows, header row first, numbers as written in the chart. */
export function chartCsv(data: ReportData, chart: ChartId): string[][] {
  switch (chart) {
    case 'speakers':
      return [
        ['speaker', 'type', 'quotes', 'reported speech', 'total'],
        ...data.speakers.map((s) => [s.name, s.type, `${s.quotes}`, `${s.reported}`, `${s.quotes + s.reported}`]),
      ];
    case 'organizations':
      return [['organization', 'articles', 'mentions'], ...data.organizations.map((o) => [o.name, `${o.articles}`, `${o.mentions}`])];
    case 'overTime': {
      const { periods, series } = data.overTime;
      return [[data.overTime.by, ...series.map((s) => s.name)], ...periods.map((p, i) => [p, ...series.map((s) => `${s.counts[i]}`)])];
    }
    case 'coOccurrence': {
      const { speakers, matrix } = data.coOccurrence;
      return [['speaker', ...speakers.map((s) => s.name)], ...speakers.map((s, i) => [s.name, ...matrix[i].map((n) => `${n}`)])];
    }
    case 'speakerTypes': {
      const total = data.speakerTypes.reduce((sum, t) => sum + t.quotes, 0);
      return [
        ['speaker type', 'quotes', 'share (%)'],
        ...data.speakerTypes.map((t) => [SPEAKER_TYPE_LABELS[t.type], `${t.quotes}`, percent(t.quotes, total)]),
      ];
    }
    case 'gender':
      return [['gender', 'people', 'quotes'], ...data.gender.map((g) => [g.gender, `${g.people}`, `${g.quotes}`])];
  }
}

/** Each chart's heading in the report, and the title of its save dialog. */
export const CHART_TITLES: Record<ChartId, string> = {
  speakers: 'Top speakers',
  organizations: 'Top organizations',
  overTime: 'Quotes over time',
  coOccurrence: 'Quoted in the same articles',
  speakerTypes: 'Quotes by speaker type',
  gender: 'Quoted people by stated gender',
};

/** The file name "Export CSV" proposes for a chart. */
export const CHART_FILE_NAMES: Record<ChartId, string> = {
  speakers: 'corpus-top-speakers.csv',
  organizations: 'corpus-top-organizations.csv',
  overTime: 'corpus-quotes-over-time.csv',
  coOccurrence: 'corpus-speaker-co-occurrence.csv',
  speakerTypes: 'corpus-quotes-by-speaker-type.csv',
  gender: 'corpus-quoted-people-by-gender.csv',
};
