/**
 * The article's frame: header fields, dateline, paragraphs, and the segments (lines of a
 * paragraph) that the tagger analyses one at a time. Plain string scanning; offsets are into the
 * original text, so a BOM or CRLF line ends need no special handling beyond counting as space.
 */
import type { Dateline, Header, HeaderField, Paragraph, Span } from '../types';
import { datelineBelowHeadline, parseDateline, type PlaceSpan } from './dateline';
import { findFurniture, type FurnitureFound } from './furniture';

export interface Frame {
  header: Header;
  bodyStart: number;
  dateline: Dateline | null;
  /**
   * Without a dateline on the body's first line, the place (and region) of one on the first three
   * lines of the text, under a headline: "HEADLINE.\nLANDGRAAF, Netherlands 1996-08-31".
   */
  datelineBelowHeadline: PlaceSpan[];
  /** Captions, credits, bylines, teasers, page notices: not the story (`furniture.ts`). */
  furniture: FurnitureFound[];
  paragraphs: Paragraph[];
  /** Units of analysis: each is tagged on its own and cached by its text. */
  segments: Paragraph[];
}

const HEADER_KEYS = new Set([
  'date',
  'title',
  'headline',
  'source',
  'author',
  'byline',
  'url',
  'lang',
  'language',
  'publisher',
  'section',
  'id',
  'tags',
  'category',
  'place',
]);

export const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** `date 2022-12-09`, `title: …`; for `date`, the body may follow on the same line. */
function parseHeader(text: string): { header: Header; bodyStart: number } {
  const fields: HeaderField[] = [];
  let at = 0;
  const line = /^[\ufeff \t]*([A-Za-z][A-Za-z_-]*)(?::[ \t]*|[ \t]+)/my;
  for (;;) {
    line.lastIndex = at;
    const m = line.exec(text);
    if (!m || !HEADER_KEYS.has(m[1].toLowerCase())) break;
    const key = m[1].toLowerCase();
    const keyStart = at + m[0].indexOf(m[1]);
    const valueStart = at + m[0].length;
    const lineEnd = text.indexOf('\n', valueStart) < 0 ? text.length : text.indexOf('\n', valueStart);
    if (key === 'date') {
      const d = /^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?/.exec(text.slice(valueStart, lineEnd));
      if (!d) break;
      fields.push({ key, keySpan: span(text, keyStart, keyStart + m[1].length), value: span(text, valueStart, valueStart + d[0].length) });
      at = valueStart + d[0].length;
      // The body may go on on the same line (corpus exports): stop the header there.
      if (/\S/.test(text.slice(at, lineEnd))) {
        at = skipSpace(text, at);
        break;
      }
      at = lineEnd + 1;
      continue;
    }
    let valueEnd = lineEnd;
    while (valueEnd > valueStart && /\s/.test(text[valueEnd - 1])) valueEnd--;
    fields.push({ key, keySpan: span(text, keyStart, keyStart + m[1].length), value: span(text, valueStart, valueEnd) });
    at = Math.min(text.length, lineEnd + 1);
  }
  if (!fields.length) at = 0;
  const date = fields.find((f) => f.key === 'date')?.value ?? null;
  return { header: { fields, date }, bodyStart: Math.min(at, text.length) };
}

function skipSpace(text: string, at: number): number {
  while (at < text.length && /[\s\ufeff]/.test(text[at])) at++;
  return at;
}

/** Paragraphs are blocks separated by blank lines; each starts and ends on a non-space character. */
function splitParagraphs(text: string, from: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const blank = /\n[ \t\r\ufeff\u00a0]*\n/g;
  let start = from;
  const add = (s: number, e: number) => {
    while (s < e && /[\s\ufeff]/.test(text[s])) s++;
    while (e > s && /[\s\ufeff]/.test(text[e - 1])) e--;
    if (e > s) paragraphs.push({ start: s, end: e });
  };
  blank.lastIndex = from;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    add(start, m.index);
    start = m.index + m[0].length;
    blank.lastIndex = start - 1;
  }
  add(start, text.length);
  return paragraphs;
}

/**
 * Lines of a paragraph, the tagger's unit. One-sentence-per-line exports and headlines stay apart;
 * a hard-wrapped line whose next line starts in lower case is joined to it.
 */
function splitSegments(text: string, paragraph: Paragraph): Paragraph[] {
  const segments: Paragraph[] = [];
  let start = paragraph.start;
  for (let nl = text.indexOf('\n', start); nl >= 0 && nl < paragraph.end; nl = text.indexOf('\n', nl + 1)) {
    let next = nl + 1;
    while (next < paragraph.end && /[ \t]/.test(text[next])) next++;
    if (/\p{Ll}/u.test(text[next] ?? '')) continue;
    let end = nl;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) segments.push({ start, end });
    start = next;
  }
  if (paragraph.end > start) segments.push({ start, end: paragraph.end });
  return segments;
}

/**
 * The dateline: on the body's first line, or with its agency on a line under the headline (and a
 * byline): "Port strike ends\n\nLIMA, Peru (Reuters) - …".
 */
function findDateline(text: string, bodyStart: number): Dateline | null {
  const first = parseDateline(text, bodyStart);
  if (first) return first;
  let at = bodyStart;
  for (let line = 1; line < 4; line++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    at = skipSpace(text, nl + 1);
    const d = parseDateline(text, at);
    if (d?.agency && /[-\u2014\u2013]$/.test(d.span.text)) return d;
  }
  return null;
}

/** A segment with the furniture in it taken out: the story around it, and the parts of it that name someone. */
function withoutFurniture(text: string, segments: Paragraph[], furniture: readonly FurnitureFound[]): Paragraph[] {
  if (!furniture.length) return segments;
  const out: Paragraph[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (/[\p{L}\p{N}]/u.test(text.slice(start, end))) out.push({ start, end });
  };
  let fi = 0;
  for (const seg of segments) {
    while (fi < furniture.length && furniture[fi].end <= seg.start) fi++;
    let at = seg.start;
    for (let j = fi; j < furniture.length && furniture[j].start < seg.end; j++) {
      const f = furniture[j];
      if (f.start > at) push(at, f.start);
      for (const p of f.parts) push(Math.max(p.start, seg.start), Math.min(p.end, seg.end));
      at = Math.max(at, f.end);
    }
    if (at < seg.end) push(at, seg.end);
  }
  return out;
}

export function parseFrame(text: string): Frame {
  const { header, bodyStart: afterHeader } = parseHeader(text);
  const bodyStart = skipSpace(text, afterHeader);
  const dateline = findDateline(text, bodyStart);
  const paragraphs = splitParagraphs(text, bodyStart);
  const furniture = findFurniture(text, bodyStart);
  const segments: Paragraph[] = [];
  for (const p of paragraphs) {
    for (const s of splitSegments(text, p)) {
      // The dateline is parsed above; the tagger starts after it.
      if (dateline && s.start === dateline.span.start) {
        const rest = skipSpace(text, dateline.span.end);
        if (rest < s.end) segments.push({ start: rest, end: s.end });
      } else segments.push(s);
    }
  }
  return {
    header,
    bodyStart,
    dateline,
    datelineBelowHeadline: dateline ? [] : datelineBelowHeadline(text),
    furniture,
    paragraphs,
    segments: withoutFurniture(text, segments, furniture),
  };
}
