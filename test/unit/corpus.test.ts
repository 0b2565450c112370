import assert from 'node:assert/strict';
import { CorpusIndex, formatDateRange, parseDateRange, summarize } from '../../src/corpus';
import { analyze } from '../../src/markup';

const ARTICLES: Record<string, string> = {
  'a.article': `date 2025-03-02\n\nLISBON (Wire) - "We will not raise taxes," Finance Minister Marta Okonjo said on Sunday.\n\nDaniel Ferreira, the mayor, said that the city would sue. "This is theft," he added.`,
  'b.article': `date 2025-03-20\n\n"The budget is fair," Ms. Okonjo said. "Nobody will pay more," she told reporters.\n\nThe Federal Audit Office said that it would review the plan.`,
  'c.article': `date 2025-04-11\n\nMarta Okonjo met Daniel Ferreira in Lisbon. "We agreed on nothing," Ferreira said.`,
  'd.article': `No date here. "Prices will fall," said Robin Clarke, who teaches economics.`,
};

function corpus(): CorpusIndex {
  const index = new CorpusIndex();
  for (const [file, text] of Object.entries(ARTICLES)) index.set(summarize(file, text, analyze(text)));
  return index;
}

describe('corpus index', () => {
  it('ranks speakers by quotes, with the number of articles that quote them', () => {
    const rows = corpus().speakers();
    const okonjo = rows.find((r) => r.name === 'Marta Okonjo')!;
    const ferreira = rows.find((r) => r.name === 'Daniel Ferreira')!;
    assert.deepEqual([okonjo.quotes, okonjo.articles], [3, 2]);
    assert.deepEqual([ferreira.quotes, ferreira.reported, ferreira.articles], [2, 1, 2]);
    assert.equal(rows[0].name, 'Marta Okonjo');
  });

  it('ranks organizations, people and places by the articles that name them', () => {
    const index = corpus();
    assert.deepEqual(
      index
        .entities('person')
        .slice(0, 2)
        .map((r) => [r.name, r.articles]),
      [
        ['Marta Okonjo', 3],
        ['Daniel Ferreira', 2],
      ],
    );
    assert.ok(index.entities('organization').some((r) => r.name === 'Federal Audit Office' && r.articles === 1));
    assert.ok(index.entities('place').some((r) => r.name === 'Lisbon' && r.articles === 2));
  });

  it('filters by text, type and date range (an undated article is outside any range)', () => {
    const index = corpus();
    assert.deepEqual(
      index.speakers({ text: 'ferr' }).map((r) => r.name),
      ['Daniel Ferreira'],
    );
    const march = index.speakers({ from: '2025-03-01', to: '2025-03-31' });
    assert.equal(march.find((r) => r.name === 'Daniel Ferreira')!.articles, 1);
    assert.ok(!index.speakers({ from: '2000-01-01' }).some((r) => r.name === 'Robin Clarke'));
    assert.ok(index.speakers().some((r) => r.name === 'Robin Clarke'));
  });

  it('counts the rows of each group, under any filter, as the rows themselves number them', () => {
    const index = corpus();
    const filters = [{}, { text: 'okonjo' }, { type: 'person' as const }, { from: '2025-03-01', to: '2025-03-31' }, { text: 'zzz' }];
    for (const f of filters) {
      const rows = {
        speakers: index.speakers(f).length,
        person: index.entities('person', f).length,
        organization: index.entities('organization', f).length,
        place: index.entities('place', f).length,
      };
      assert.deepEqual(index.counts(f), rows, JSON.stringify(f));
    }
    // "Ms. Okonjo" counts as Marta Okonjo: one person, one speaker.
    assert.equal(index.counts({ text: 'okonjo' }).speakers, 1);
    assert.ok(index.counts().speakers >= 3);
  });

  it('keeps the counts as articles are changed and removed', () => {
    const index = corpus();
    const rows = () => ({
      speakers: index.speakers().length,
      person: index.entities('person').length,
      organization: index.entities('organization').length,
      place: index.entities('place').length,
    });
    const text = `date 2025-05-01\n\n"We will wait," Ms. Okonjo said.`;
    index.set(summarize('c.article', text, analyze(text)));
    index.delete('d.article');
    index.delete('missing.article');
    assert.deepEqual(index.counts(), rows());
    assert.ok(!index.speakers().some((r) => r.name === 'Robin Clarke'), 'd.article is gone');
    index.delete('a.article');
    index.delete('b.article');
    assert.deepEqual(index.counts(), rows());
    // With Marta Okonjo's full name gone from the corpus, "Okonjo" is no one else's surname.
    assert.deepEqual(
      index.speakers().map((r) => r.name),
      ['Okonjo'],
    );
    index.delete('c.article');
    assert.deepEqual(index.counts(), { speakers: 0, person: 0, organization: 0, place: 0 });
  });

  it('forgets every article at once, and counts anew after', () => {
    const index = corpus();
    const before = index.counts();
    assert.ok(before.speakers > 0 && before.person > 0);
    index.clear();
    assert.equal(index.size, 0);
    assert.deepEqual(index.counts(), { speakers: 0, person: 0, organization: 0, place: 0 });
    const text = `date 2025-05-01\n\n"We will wait," Ms. Okonjo said.`;
    index.set(summarize('c.article', text, analyze(text)));
    assert.deepEqual(
      index.speakers().map((r) => [r.name, r.quotes]),
      [['Okonjo', 1]],
    );
  });

  it('counts quotes over time by month, per speaker', () => {
    const { periods, series } = corpus().quotesOverTime(['person:Marta Okonjo', 'person:Daniel Ferreira']);
    assert.deepEqual(periods, ['2025-03', '2025-04']);
    assert.deepEqual(series['person:Marta Okonjo'], [3, 0]);
    assert.deepEqual(series['person:Daniel Ferreira'], [2, 1]);
  });

  it('counts the articles that quote two speakers together', () => {
    const { speakers, matrix } = corpus().coOccurrence(5);
    const i = speakers.findIndex((s) => s.name === 'Marta Okonjo');
    const j = speakers.findIndex((s) => s.name === 'Daniel Ferreira');
    assert.equal(matrix[i][j], 1);
    assert.equal(matrix[i][i], 2);
  });

  it('gives the gender the text states (Ms., she, he), and "not stated" rather than a guess from a first name', () => {
    const index = corpus();
    const gender = (name: string) => index.speakers().find((r) => r.name === name)?.gender;
    assert.equal(gender('Marta Okonjo'), 'female');
    assert.equal(gender('Daniel Ferreira'), 'male');
    assert.equal(gender('Robin Clarke'), null);
    const byGender = index.quotedByGender();
    assert.equal(byGender.female.people, 1);
    assert.equal(byGender['not stated'].people, 1);
  });

  it('shares quotes by speaker type, and forgets an article that is removed', () => {
    const index = corpus();
    const before = index.shareByType();
    assert.ok(before.person >= 6 && before.organization >= 1, JSON.stringify(before));
    index.delete('b.article');
    assert.equal(index.speakers().find((r) => r.name === 'Marta Okonjo')!.articles, 1);
    assert.equal(index.shareByType().organization, before.organization - 1);
  });
});

describe('corpus date ranges as typed', () => {
  it('reads years, months, days and open ends', () => {
    assert.deepEqual(parseDateRange('2024'), { from: '2024-01-01', to: '2024-12-31' });
    assert.deepEqual(parseDateRange('2024-02'), { from: '2024-02-01', to: '2024-02-29' });
    assert.deepEqual(parseDateRange('2023-02'), { from: '2023-02-01', to: '2023-02-28' });
    assert.deepEqual(parseDateRange(' 2024-01-15 .. 2024-03 '), { from: '2024-01-15', to: '2024-03-31' });
    assert.deepEqual(parseDateRange('2024-06..'), { from: '2024-06-01' });
    assert.deepEqual(parseDateRange('..2023'), { to: '2023-12-31' });
    assert.deepEqual(parseDateRange('2024-01-01 to 2024-01-31'), { from: '2024-01-01', to: '2024-01-31' });
    assert.deepEqual(parseDateRange(''), {});
  });

  it('says what is wrong with a range it cannot read', () => {
    assert.match(parseDateRange('2024-13') as string, /Not a date: "2024-13"/);
    assert.match(parseDateRange('2023-02-29') as string, /Not a date/);
    assert.match(parseDateRange('last week') as string, /Not a date/);
    assert.equal(parseDateRange('2024-05..2024-01'), 'The range ends before it starts.');
    assert.equal(formatDateRange({ from: '2024-01-01' }), '2024-01-01..');
  });
});
