/**
 * Datelines, the opening of a wire story: "MOSCOW, December 9. /TASS/.", "WASHINGTON (Reuters) -",
 * "IRVINE, Calif 1996-08-30". One place for both forms the engine reads: the body's first line,
 * and a line under a headline.
 */
import { monthWords } from '../lexicon/nonEntities';
import type { Dateline, Span } from '../types';

export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
}

const MONTH = `(?:${monthWords.join('|')})\\.?`;

// PLACE[, State.][, Month Day][.] [/AGENCY/. | (AGENCY) | 1996-08-30] [-—–]
const DATELINE = new RegExp(
  `^(?<place>[A-Z][A-Z.'\\u2019-]*(?:[ ][A-Z][A-Z.'\\u2019-]*){0,3})` +
    `(?:,[ ]+(?!${MONTH}[ ]+\\d)(?<region>[A-Z][a-z]+\\.?(?:[ ][A-Z][a-z]+\\.?)?|(?:[A-Z]\\.){2,}))?` +
    `(?:,?[ ]+(?<date>${MONTH}[ ]+\\d{1,2}|\\d{4}-\\d{2}-\\d{2}))?` +
    `(?:\\.?[ ]*/(?<agency1>[A-Za-z][A-Za-z -]*)/\\.?|[ ]*\\((?<agency2>[A-Za-z][A-Za-z .&-]*)\\))?` +
    `(?<dash>[ ]*[-\\u2014\\u2013]+[ ]*|\\.(?=[ ])|[ ]*(?=\\n)|[ ]*$)`,
);

// A whole line: PLACE[, Region] DATE, as under a headline in wire copy.
const DATELINE_LINE = new RegExp(
  `^([A-Z][A-Z.'\\u2019-]+(?:[ ][A-Z][A-Z.'\\u2019-]+){0,3})(?:,[ ]+([A-Z][A-Za-z.'-]+(?:[ ][A-Z][a-z.]+){0,2}))?` +
    `[ ]+(?:\\d{4}-\\d{2}-\\d{2}|${MONTH}[ ]+\\d{1,2})[ ]*$`,
);

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** The dateline at `at` (the body's first line), if it has one. */
export function parseDateline(text: string, at: number): Dateline | null {
  const lineEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const line = text.slice(at, Math.min(lineEnd, at + 200));
  const m = DATELINE.exec(line);
  if (!m?.groups) return null;
  const g = m.groups;
  const agency = g.agency1 ?? g.agency2;
  // A bare capitalised word is a headline, not a dateline: need a date or an agency.
  if (!g.date && !agency) return null;
  if (g.place.replace(/[^A-Z]/g, '').length < 2) return null;
  const abs = (sub: string | undefined, from = 0) => {
    if (!sub) return null;
    const i = line.indexOf(sub, from);
    return span(text, at + i, at + i + sub.length);
  };
  const place = abs(g.place.replace(/[.,]+$/, ''))!;
  // "Calif." is the place "Calif": the stop is the abbreviation's (or the dateline's).
  const region = abs(g.region?.replace(/(?<=\p{Ll})\.$/u, ''), place.end - at);
  const date = abs(g.date, (region ?? place).end - at);
  const agencySpan = abs(agency?.trim(), (date ?? region ?? place).end - at);
  let end = m[0].length;
  while (end > 0 && /\s/.test(line[end - 1])) end--;
  return { span: span(text, at, at + end), place, region, date, agency: agencySpan };
}

/** Place (and region) of a dateline on one of the first three lines: "LONDON 1996-08-30", "IRVINE, Calif 1996-08-30". */
export function datelineBelowHeadline(text: string): PlaceSpan[] {
  let at = 0;
  for (let line = 0; line < 3 && at < text.length; line++) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const m = DATELINE_LINE.exec(text.slice(at, end).replace(/\r$/, ''));
    if (m) {
      const out = [span(text, at, at + m[1].length)];
      if (m[2]) {
        const rs = at + m[0].indexOf(m[2], m[1].length);
        const region = m[2].replace(/\.$/, '');
        out.push(span(text, rs, rs + region.length));
      }
      return out;
    }
    at = end + 1;
  }
  return [];
}
