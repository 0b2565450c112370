/**
 * Names in ALL-CAPS headlines, where capitals say nothing: the longest run of words the article or
 * a lexicon knows, a person's surname alone ("HENKE TAKES LEAD"), and a team opening a standings row.
 */
import * as lex from '../../lexicon';
import { documentRule, isLexical, keyOf, lexicalVotes, wordsOf, type DocumentContext } from './context';
import { isPersonish } from './decide';

const STANDINGS_ROW = /^((?:[A-Z][A-Z.'&-]*[ ]){0,3}[A-Z][A-Z.'&-]*)[ ]+(?:-?\d+|\.\d+)(?:[ ]+(?:-?\d+|\.\d+|\d+\/\d+|-)){2,}[ ]*$/;

export const standingsRowTeam = {
  id: 'standings-row-team',
  description: 'In sports copy, the name opening a standings row in capitals is a team',
  example: '[NY RANGERS] 10 8 2 22',
} as const;

export const headlineSurname = {
  id: 'headline-surname',
  description: 'A known person’s surname alone in an ALL-CAPS headline is that person',
  example: '[HENKE] TAKES LEAD',
} as const;

const titleCase = (s: string) => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a, b) => a + b.toUpperCase());

/** Surnames of the people named so far ("Henke" for "Ralf Henke"), by key. */
function surnamesOfPeople(doc: DocumentContext): Set<string> {
  const surnames = new Set<string>();
  for (const g of doc.groups.values()) {
    if (!isPersonish(g)) continue;
    for (const n of g.names) {
      const w = wordsOf(n);
      if (w.length > 1 && /^\p{Lu}\p{Ll}/u.test(w[w.length - 1])) surnames.add(keyOf(w[w.length - 1]));
    }
  }
  return surnames;
}

/** A standings row in capitals: "NY RANGERS 10 8 2 22", "NEW YORK 74 59 .556 -": the leading name is a team. Returns the tokens it took. */
function standingsRow(doc: DocumentContext, line: readonly number[]): number {
  const { text, tokens } = doc;
  if (!doc.sports || line.length <= 3) return 0;
  const lineStart = tokens[line[0]].start;
  const lineEnd = text.indexOf('\n', lineStart) < 0 ? text.length : text.indexOf('\n', lineStart);
  const row = STANDINGS_ROW.exec(text.slice(lineStart, lineEnd).replace(/\r$/, ''));
  if (!row || lex.isNationality(row[1], true) || lex.isCountry(row[1], true)) return 0;
  const end = lineStart + row[1].length;
  const evidence = [{ rule: standingsRowTeam.id, type: 'organization' as const, weight: 3 }];
  doc.addMention({
    start: lineStart,
    end,
    text: row[1],
    votes: { person: 0, organization: 3, place: 0 },
    evidence,
    title: null,
    weak: false,
  });
  doc.fired(standingsRowTeam.id, { start: lineStart, end });
  let from = 0;
  while (from < line.length && tokens[line[from]].start < end) from++;
  return from;
}

/** The longest known name (up to four words) starting at line[i]: how many words it took, 0 if none. */
function knownNameAt(doc: DocumentContext, line: readonly number[], i: number, surnames: Set<string>): number {
  const { text, tokens } = doc;
  for (let n = Math.min(4, line.length - i); n >= 1; n--) {
    const first = tokens[line[i]],
      last = tokens[line[i + n - 1]];
    if (n > 1 && line.slice(i, i + n - 1).some((t) => /[^\s]/.test(tokens[t].post))) continue;
    const name = text.slice(first.start, last.end);
    const key = doc.resolve(keyOf(name));
    const known = !!doc.groups.get(key)?.strong;
    const surname = n === 1 && surnames.has(key) && !lex.sentenceStarters.has(titleCase(name));
    if (!known && !surname && !isLexical(name, true)) continue;
    const { votes, evidence } = lexicalVotes(name, true);
    if (surname && !known) {
      votes.person += 1;
      evidence.push({ rule: headlineSurname.id, type: 'person', weight: 1 });
      doc.fired(headlineSurname.id, { start: first.start, end: last.end });
    }
    doc.addMention({ start: first.start, end: last.end, text: name, votes, evidence, title: null, weak: true });
    doc.fired('headline-name', { start: first.start, end: last.end });
    return n;
  }
  return 0;
}

export const headlineNames = documentRule({
  id: 'headline-name',
  description: 'In an ALL-CAPS headline, only names the article or a lexicon knows are names (a known person’s surname too)',
  example: '[HENKE] TAKES LEAD IN [BERLIN]',
  apply(doc) {
    const surnames = surnamesOfPeople(doc);
    for (const line of doc.headlineTokens) {
      for (let i = standingsRow(doc, line); i < line.length;) i += knownNameAt(doc, line, i, surnames) || 1;
    }
  },
});
