import assert from 'node:assert/strict';
import { analyze } from '../../src/markup';
import { assertSpansValid, fixture } from './helpers';

const summary = (text: string) =>
  analyze(text)
    .entities.map(
      (e) =>
        `${e.type}:${e.name}${e.aliases.length ? `[${e.aliases.join(',')}]` : ''}=${e.mentions
          .filter((m) => m.kind === 'name')
          .map((m) => m.text)
          .join('|')}`,
    )
    .sort();

describe('entities', () => {
  it('links acronyms to their expansion, in brackets and in parentheses, and known acronyms to their full name', () => {
    const text = fixture('acronyms.article');
    assertSpansValid(text, analyze(text));
    assert.deepEqual(summary(text), [
      'organization:AFP=AFP',
      'organization:European Union[EU]=European Union|EU|EU',
      'organization:North Atlantic Treaty Organization[NATO]=North Atlantic Treaty Organization|NATO|NATO',
      'organization:Organization for Security and Co-operation in Europe[OSCE]=OSCE|Organization for Security and Co-operation in Europe',
      'organization:United Nations[U.N.]=U.N.',
      'person:Josep Ferrer=Josep Ferrer|Ferrer',
      'place:Brussels=BRUSSELS|Brussels',
      'place:Kyiv=Kyiv',
      'place:Warsaw=Warsaw',
    ]);
  });

  it('drops titles, possessives and trailing punctuation from name spans, and skips nationalities', () => {
    const text =
      'MOSCOW, May 3 (TASS) - Russian President Vladimir Putin met Prime Minister Li Wei of China on Friday. Putin’s aides said the Kremlin was pleased. Mr. Li flew home to Beijing.';
    assert.deepEqual(summary(text), [
      'organization:Kremlin=Kremlin',
      'organization:TASS=TASS',
      'person:Li Wei=Li Wei|Li',
      'person:Vladimir Putin=Vladimir Putin|Putin',
      'place:Beijing=Beijing',
      'place:China=China',
      'place:Moscow=MOSCOW',
    ]);
  });

  it('reads names in an ALL-CAPS headline only when the article or a lexicon knows them', () => {
    const text = 'SOCCER - ROVERS BEAT UNITED AS GERMANY LOOKS ON.\nLONDON 1996-08-30\nBlackburn Rovers beat Leeds United 2-1 on Saturday.';
    const markup = analyze(text);
    assertSpansValid(text, markup);
    const headline = markup.entities.flatMap((e) => e.mentions.filter((m) => m.end < 50).map((m) => `${e.type}:${m.text}`)).sort();
    assert.deepEqual(headline, ['place:GERMANY']);
  });

  it('handles empty, blank and quote-only texts', () => {
    for (const text of ['', '  \n\n ', '"', '“”', '\ufeff']) {
      const markup = analyze(text);
      assertSpansValid(text, markup);
      assert.deepEqual([markup.entities, markup.quotes, markup.reported, markup.speakers], [[], [], [], []], JSON.stringify(text));
    }
  });
});

describe('acronym definitions', () => {
  it('reads "Full Name [ACR]" and hyphenated expansions, and not a bracket that spells something else', () => {
    const text =
      'ALMATY, May 2 (Reuters) - The Eurasian Development Bank [EDB] will lead the loan for the Trans-Caspian International Transport Route (TITR). ' +
      'The EDB said on Friday that the TITR would open in June. The bank met the Central Committee [of the party] on Monday.';
    const markup = analyze(text);
    assertSpansValid(text, markup);
    const edb = markup.entities.find((e) => e.name === 'Eurasian Development Bank');
    assert.deepEqual(edb && [edb.type, edb.aliases, edb.mentions.map((m) => m.text)], [
      'organization',
      ['EDB'],
      // "The bank": an organization noun the bank's name holds (coreference, organization-descriptor).
      ['Eurasian Development Bank', 'EDB', 'EDB', 'The bank'],
    ]);
    const titr = markup.entities.find((e) => e.aliases.includes('TITR'));
    assert.deepEqual(
      titr?.mentions.map((m) => m.text),
      ['Trans-Caspian International Transport Route', 'TITR', 'TITR'],
    );
    assert.ok(!markup.entities.some((e) => e.aliases.some((a) => /party/i.test(a))));
  });
});
