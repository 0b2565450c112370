import assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { CorpusIndex, summarize } from '../../src/corpus';
import { CHART_IDS, chartCsv, chartPoints, periodsBetween, reportData, type ChartId } from '../../src/corpus/charts';
import { analyze } from '../../src/markup';
import { PORT } from '../fixtures/portCorpus';

// Stallholders quoted once each in market reports: more voices than the bar charts and the picker show.
const STALLHOLDERS = [
  ['Ana Lima', 'Bruno Costa', 'Carla Mendes', 'Diego Rocha', 'Elena Duarte', 'Fabio Nunes', 'Gina Prado', 'Hugo Teixeira', 'Iris Moura'],
  ['Joao Pinto', 'Karla Reis', 'Luis Faria', 'Marta Gomes', 'Nuno Vaz', 'Olga Serra', 'Paulo Cunha', 'Rita Lopes', 'Sergio Matos'],
  ['Tania Borges', 'Ugo Ramos', 'Vera Antunes', 'Wagner Sousa', 'Xavier Lobo', 'Yara Castro', 'Zeca Pires', 'Alvaro Dias', 'Beatriz Leal'],
  ['Caio Freitas', 'Dora Vieira', 'Edson Baptista', 'Flora Sampaio', 'Gil Cardoso', 'Heitor Brito', 'Ines Barros', 'Jorge Valente'],
];
const market = (date: string, names: readonly string[]) => `date ${date}

LISBON - Stallholders at the Ribeira market reacted to the rent rise on Thursday.

${names.map((name, i) => `"Rent is up ${i + 5} percent this year," said ${name}, who sells fish at the market.`).join('\n\n')}`;

function corpus(articles: Record<string, string>): CorpusIndex {
  const index = new CorpusIndex();
  for (const [file, text] of Object.entries(articles)) index.set(summarize(file, text, analyze(text)));
  return index;
}

const names = (rows: ReadonlyArray<{ name: string }>) => rows.map((r) => r.name);

describe('corpus report data', () => {
  const port = corpus(PORT);

  it('ranks speakers by quotes and reported speech, and organizations by the articles that name them', () => {
    const data = reportData(port, {});
    assert.deepEqual(
      data.speakers.map((s) => [s.name, s.type, s.quotes, s.reported]),
      [
        ['Tom Brandt', 'person', 3, 2],
        ['Helen Achebe', 'person', 2, 1],
        ['Priya Raman', 'person', 1, 0],
        ['Sam Okafor', 'person', 1, 0],
        ['Dockworkers Union', 'organization', 0, 1],
        ['Harbour Trust', 'organization', 0, 1],
      ],
    );
    assert.deepEqual(
      data.organizations.map((o) => [o.name, o.articles]),
      [
        ['Dockworkers Union', 2],
        ['Coastal Wire', 1],
        ['Harbour Trust', 1],
      ],
    );
    assert.deepEqual([data.indexed, data.articles, data.dateRange], [4, 4, null]);
  });

  it('charts the top 5 speakers over time by month, the quiet months as zeros', () => {
    const { overTime, selectedSpeakers } = reportData(port, {});
    assert.equal(overTime.by, 'month');
    assert.deepEqual(overTime.periods, ['2024-01', '2024-02', '2024-03', '2024-04']);
    assert.deepEqual(selectedSpeakers, [
      'person:Tom Brandt',
      'person:Helen Achebe',
      'person:Priya Raman',
      'person:Sam Okafor',
      'organization:Dockworkers Union',
    ]);
    assert.deepEqual(
      overTime.series.map((s) => [s.name, s.counts]),
      [
        ['Tom Brandt', [2, 2, 0, 1]],
        ['Helen Achebe', [3, 0, 0, 0]],
        ['Priya Raman', [1, 0, 0, 0]],
        ['Sam Okafor', [0, 1, 0, 0]],
        ['Dockworkers Union', [0, 0, 0, 1]],
      ],
    );
  });

  it('counts by day when the articles span under 62 days, and applies only the date range of the filter', () => {
    const data = reportData(port, { from: '2024-01-01', to: '2024-01-31', text: 'brandt', type: 'organization' });
    assert.deepEqual(data.dateRange, { from: '2024-01-01', to: '2024-01-31' });
    assert.equal(data.articles, 2);
    assert.equal(data.overTime.by, 'day');
    assert.equal(data.overTime.periods.length, 15, '8 to 22 January, every day');
    assert.deepEqual([data.overTime.periods[0], data.overTime.periods[14]], ['2024-01-08', '2024-01-22']);
    const achebe = data.overTime.series.find((s) => s.name === 'Helen Achebe')!;
    assert.deepEqual([achebe.counts[0], achebe.counts[14], achebe.counts.reduce((a, b) => a + b)], [2, 1, 3]);
    assert.deepEqual(names(data.speakers), ['Helen Achebe', 'Tom Brandt', 'Priya Raman', 'Harbour Trust'], 'not narrowed by text or type');
  });

  it('keeps the user’s selection while those speakers are quoted in the range, and an empty selection empty', () => {
    const picked = reportData(port, {}, ['person:Sam Okafor', 'person:Nobody Here', 'person:Helen Achebe']);
    assert.deepEqual(picked.selectedSpeakers, ['person:Sam Okafor', 'person:Helen Achebe']);
    assert.deepEqual(names(picked.overTime.series), ['Sam Okafor', 'Helen Achebe']);
    const january = reportData(port, { to: '2024-01-31' }, ['person:Sam Okafor', 'person:Helen Achebe']);
    assert.deepEqual(january.selectedSpeakers, ['person:Helen Achebe'], 'Okafor is first quoted in February');
    const none = reportData(port, {}, []);
    assert.deepEqual([none.selectedSpeakers, none.overTime.series], [[], []]);
    assert.equal(chartPoints(none, 'overTime'), 0);
  });

  it('counts the articles that quote two speakers together', () => {
    const { coOccurrence } = reportData(port, {});
    const at = (a: string, b: string) => {
      const i = coOccurrence.speakers.findIndex((s) => s.name === a);
      const j = coOccurrence.speakers.findIndex((s) => s.name === b);
      return coOccurrence.matrix[i][j];
    };
    assert.equal(at('Tom Brandt', 'Tom Brandt'), 3, 'the diagonal: the articles that quote him');
    assert.equal(at('Tom Brandt', 'Helen Achebe'), 1);
    assert.equal(at('Helen Achebe', 'Tom Brandt'), 1);
    assert.equal(at('Priya Raman', 'Sam Okafor'), 0);
  });

  it('shares quotes by speaker type, and counts people by the gender the copy states, never a first name', () => {
    const data = reportData(port, {});
    assert.deepEqual(
      data.speakerTypes.map((t) => [t.type, t.quotes]),
      [
        ['person', 10],
        ['organization', 2],
        ['place', 0],
        ['none', 1],
      ],
    );
    // Priya and Sam are "not stated": the articles never say she, he, Ms or Mr for them.
    assert.deepEqual(data.gender, [
      { gender: 'male', people: 1, quotes: 5 },
      { gender: 'female', people: 1, quotes: 3 },
      { gender: 'not stated', people: 2, quotes: 2 },
    ]);
  });

  it('shows the top 15 speakers, offers the top 30 to chart over time and keeps a selected speaker below them', () => {
    const markets = Object.fromEntries(STALLHOLDERS.map((names, i) => [`market-${i}.article`, market(`2024-05-0${i + 1}`, names)]));
    const index = corpus({ ...PORT, ...markets });
    assert.equal(index.speakers().length, 41);
    const last = index.speakers()[40];
    const data = reportData(index, {}, [last.key]);
    assert.equal(data.speakers.length, 15);
    assert.equal(data.coOccurrence.speakers.length, 12);
    assert.equal(data.speakerChoices.length, 31, 'the top 30, and the one selected below them');
    assert.equal(data.speakerChoices[30].key, last.key);
    assert.deepEqual(
      data.overTime.series.map((s) => s.key),
      [last.key],
    );
    assert.equal(reportData(index, {}).speakerChoices.length, 30);
  });

  it('counts an undated article without a date range, and leaves it off the time axis', () => {
    const index = corpus({
      ...PORT,
      'undated.article': 'No date line here. "Prices will fall," said Robin Clarke, who teaches economics.',
    });
    const data = reportData(index, {});
    assert.equal(data.articles, 5);
    assert.ok(data.speakers.some((s) => s.name === 'Robin Clarke'));
    assert.deepEqual(data.overTime.periods, ['2024-01', '2024-02', '2024-03', '2024-04']);
    assert.equal(reportData(index, { from: '2024-01-01' }).articles, 4, 'outside any date range');
  });
});

describe('corpus report CSV', () => {
  const data = reportData(corpus(PORT), {});

  it('writes each chart with its header row first and the numbers the chart shows', () => {
    assert.deepEqual(chartCsv(data, 'speakers').slice(0, 2), [
      ['speaker', 'type', 'quotes', 'reported speech', 'total'],
      ['Tom Brandt', 'person', '3', '2', '5'],
    ]);
    // Four mentions: its name in both articles, "the union" and "its" (coreference counts roles and pronouns).
    assert.deepEqual(chartCsv(data, 'organizations')[1], ['Dockworkers Union', '2', '4']);
    assert.deepEqual(chartCsv(data, 'overTime').slice(0, 2), [
      ['month', 'Tom Brandt', 'Helen Achebe', 'Priya Raman', 'Sam Okafor', 'Dockworkers Union'],
      ['2024-01', '2', '3', '1', '0', '0'],
    ]);
    assert.deepEqual(chartCsv(data, 'coOccurrence')[1].slice(0, 3), ['Tom Brandt', '3', '1']);
    assert.deepEqual(chartCsv(data, 'speakerTypes'), [
      ['speaker type', 'quotes', 'share (%)'],
      ['Person', '10', '76.9'],
      ['Organization', '2', '15.4'],
      ['Place', '0', '0.0'],
      ['No speaker', '1', '7.7'],
    ]);
    assert.deepEqual(chartCsv(data, 'gender'), [
      ['gender', 'people', 'quotes'],
      ['male', '1', '5'],
      ['female', '1', '3'],
      ['not stated', '2', '2'],
    ]);
  });

  it('has one CSV row per mark group and survives csv-stringify and csv-parse unchanged', () => {
    const rowsPerChart: Record<ChartId, number> = {
      speakers: 6,
      organizations: 3,
      overTime: 4,
      coOccurrence: 6,
      speakerTypes: 4,
      gender: 3,
    };
    for (const chart of CHART_IDS) {
      const rows = chartCsv(data, chart);
      assert.equal(rows.length - 1, rowsPerChart[chart], chart);
      assert.ok(
        rows.every((r) => r.length === rows[0].length),
        `${chart}: every row as wide as the header`,
      );
      assert.deepEqual(parse(stringify(rows, { record_delimiter: 'unix' })), rows, chart);
    }
  });
});

describe('corpus report points and periods', () => {
  it('counts the marks each chart draws', () => {
    const data = reportData(corpus(PORT), {});
    assert.deepEqual(Object.fromEntries(CHART_IDS.map((c) => [c, chartPoints(data, c)])), {
      speakers: 12,
      organizations: 3,
      overTime: 20,
      coOccurrence: 36,
      speakerTypes: 4,
      gender: 6,
    });
  });

  it('is empty, not broken, for an empty corpus or a range with no articles', () => {
    for (const data of [reportData(new CorpusIndex(), {}), reportData(corpus(PORT), { from: '2030-01-01' })]) {
      assert.equal(data.articles, 0);
      assert.deepEqual([data.speakers, data.organizations, data.overTime.periods, data.coOccurrence.matrix], [[], [], [], []]);
      for (const chart of CHART_IDS) assert.equal(chartCsv(data, chart).length, chart === 'speakerTypes' ? 5 : chart === 'gender' ? 4 : 1);
    }
  });

  it('lists every month across a year end, and nothing for a date that does not parse', () => {
    assert.deepEqual(periodsBetween('2023-11-30', '2024-02-01', 'month'), ['2023-11', '2023-12', '2024-01', '2024-02']);
    assert.deepEqual(periodsBetween('2024-02-28', '2024-03-01', 'day'), ['2024-02-28', '2024-02-29', '2024-03-01']);
    assert.deepEqual(periodsBetween('2024-13-45', '2024-03-01', 'day'), []);
    assert.equal(periodsBetween('1024-01-01', '2024-01-01', 'month').length, 0, 'a mistyped year is not a thousand years of months');
  });
});
