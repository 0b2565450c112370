/**
 * Article furniture: what frames a story without being part of it — photo captions and credits,
 * bylines and reporting credits, teasers for other stories, the notices a web page leaves in the
 * text. Read line by line, each line at most once by patterns anchored at its start or run over a
 * bounded tail, so the cost stays linear in the text. Each piece says which parts of it hold names
 * (`parts`: the photographer, the reporters, the teaser's headline), for the tagger to read without
 * the labels around them; the Markup lists the pieces (`Markup.furniture`).
 */
import * as lex from '../lexicon';
import {
  BYLINE_LABELS,
  BYLINE_WORDS,
  CAPTION_LABELS,
  CREDIT_LABELS,
  CREDIT_WORDS,
  isCreditAgency,
  JOURNALIST_WORDS,
  PAGE_NOTICES,
  PICTURE_AGENCIES,
  PROMOTION_LABELS,
  TEASER_LABELS,
} from '../lexicon/furniture';
import { NAME_PARTICLES } from '../lexicon/nameParts';
import { lazy, lowerSet } from '../lexicon/util';
import type { RuleInfo } from '../rule';
import type { Furniture, FurnitureKind, Span } from '../types';

export interface FurnitureFound extends Furniture {
  /** The parts of it the tagger reads, in text order: labels and credit words are left out. */
  parts: Array<{ start: number; end: number }>;
}

const frameRule = <const Id extends string>(rule: RuleInfo<Id> & { kind: FurnitureKind }) => rule;

export const pageNotice = frameRule({
  id: 'page-notice',
  kind: 'notice',
  description: 'A line a web page leaves in the text is not the story: "Article Continued Below", "Advertisement"',
  example: '[Article Continued Below]',
});
export const teaserLabel = frameRule({
  id: 'teaser-label',
  kind: 'teaser',
  description: 'A line opened by a teaser label links to another story ("READ MORE:", "WATCH:", "Related:") or promotes the site',
  example: '[READ MORE: Port strike ends after three weeks]',
});
export const bylineBy = frameRule({
  id: 'byline-by',
  kind: 'byline',
  description: 'A line of names after "By" is the byline: "By Ana Ruiz and Tom Hale, Staff Writers"',
  example: '[By Ana Ruiz]',
});
export const reportingCredit = frameRule({
  id: 'reporting-credit',
  kind: 'byline',
  description: 'Reporting and editing credits: "(Reporting by …; Editing by …)", "Additional reporting by …"',
  example: 'Talks resume on Monday. [(Reporting by Ana Ruiz; Editing by Tom Hale)]',
});
export const contributedReporting = frameRule({
  id: 'contributed-reporting',
  kind: 'byline',
  description:
    'A sentence ending in "contributed to this report" or "contributed reporting" (or a writer who "contributed") credits reporters',
  example: '[Ana Ruiz in Lima contributed to this report.]',
});
export const authorBio = frameRule({
  id: 'author-bio',
  kind: 'byline',
  description: 'A line of its own saying who a journalist is: "Ana Ruiz is a reporter for the Daily Ledger."',
  example: '[Ana Ruiz is a senior correspondent for the Daily Ledger.]',
});
export const photoCreditLabel = frameRule({
  id: 'photo-credit-label',
  kind: 'credit',
  description: 'A credit label and names end a caption line ("Image: Ana Ruiz.", "Photo: Ana Ruiz/AFP"); what precedes is the caption',
  example: 'Commuters at a station. [Image: Ana Ruiz.]',
});
export const slashCredit = frameRule({
  id: 'slash-credit',
  kind: 'credit',
  description:
    'Names and an agency joined by slashes end a caption line: "REUTERS/Ana Ruiz", "(Ana Ruiz/AFP)", "Ana Ruiz / Pool via REUTERS"',
  example: 'A rally in Lima, May 3, 2021. [REUTERS/Ana Ruiz/File Photo]',
});
export const captionLabel = frameRule({
  id: 'caption-label',
  kind: 'caption',
  description: 'A caption label opens a photo caption: "FILE PHOTO:", "Pictured:", "Image caption,", "Photo:" before a sentence',
  example: '[FILE PHOTO: Commuters wait at a station in Lima.]',
});

/** The rules of the frame family, in the order they are tried on a line. */
export const FRAME_RULES = [
  pageNotice,
  teaserLabel,
  bylineBy,
  reportingCredit,
  contributedReporting,
  authorBio,
  photoCreditLabel,
  slashCredit,
  captionLabel,
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
/** An alternation of phrases, the longest first, so that "Photo credit" wins over "Photo". */
const alternation = (words: Iterable<string>) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const notices = lazy(() => lowerSet(PAGE_NOTICES));
const creditWords = lazy(() => new Set([...lowerSet(CREDIT_WORDS), ...lowerSet(BYLINE_WORDS)]));
const pictureAgencies = lazy(() => lowerSet(PICTURE_AGENCIES));
const months = lazy(() => lowerSet(lex.monthWords));
const journalists = lazy(() => lowerSet(JOURNALIST_WORDS));
/** A teaser label and a colon or a bar, or the label alone on its line. */
const TEASER = lazy(() => new RegExp(`^(?:${alternation(TEASER_LABELS)})(?:[ \\t]*[:|][ \\t]*|[ \\t]*$)`, 'i'));
/** A promotion in capitals: "CLICK HERE TO GET THE APP". */
const PROMOTION = lazy(() => new RegExp(`^(?:${alternation(PROMOTION_LABELS)})\\b`, 'i'));
const BYLINE_LABEL = lazy(() => new RegExp(`(?:${alternation(BYLINE_LABELS)})(?:[ \\t]*:|(?<=by)(?=[ \\t]))`, 'gi'));
/** A caption label: "FILE PHOTO:", "Image caption," (a caption is the whole line after it). */
const CAPTION_LABEL = lazy(
  () => new RegExp(`^(?:${alternation(CAPTION_LABELS)}|${alternation(CREDIT_LABELS)})(?:[ \\t]*:|(?<=caption),)[ \\t]*`, 'i'),
);
/** A credit label inside a line: "Image:", "Photo credit:", "Photo by". */
const CREDIT_LABEL = lazy(
  () => new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(CREDIT_LABELS)})(?:[ \\t]*:|(?<=by)|(?<=source),)[ \\t]+(?=[\\p{Lu}\\d])`, 'giu'),
);
const CONTRIBUTED = /\bcontributed(?:[ \t]+(?:reporting|to[ \t]+(?:this|the)[ \t]+(?:report|story|article))\b[^\n]*$|\.?$)/;
/** "Ana Ruiz is a senior correspondent for …": a name, "is a", a few words, a journalist. */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ ]\p{Lu}[\p{L}'’.-]*){1,3}`;
const BIO = lazy(
  () => new RegExp(String.raw`^(${NAME})[ ]is[ ](?:a|an|the)[ ](?:[\p{L}-]+[ ]){0,4}?(?:${alternation(JOURNALIST_WORDS)})\b`, 'u'),
);

/** A capitalised word of a credit ("Ana", "REUTERS", "EPA-EFE", "O'Neill") or initials ("J.R."). */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}\d'’&-]*|(?:\p{Lu}\.){1,3})`;
const LINK = 'via|for|of|de|van|von|da|di|du|la|le|del|and';
const PART = String.raw`${WORD}(?:[ ](?:${WORD}|(?:${LINK})(?=[ ]\p{Lu})))*`;
/** Names joined by slashes at the end of a line, after a sentence or in brackets: "REUTERS/Ana Ruiz/File Photo". */
const SLASH_CREDIT = new RegExp(String.raw`(?:^|(?<=[.!?)"”][ \t]+)|(?=\())\(?(${PART}(?:[ \t]*/[ \t]*${PART})*)\)?\.?$`, 'u');
/** How far from the end of a line a credit may start: credits are short. */
const CREDIT_TAIL = 120;

const span = (text: string, start: number, end: number): Span => ({ start, end, text: text.slice(start, end) });

/** [start, end) with spaces, separators and a closing stop or bracket trimmed off both ends. */
function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /[\s,;:|/(·—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:|/()·—–-]/.test(text[end - 1])) end--;
  return { start, end };
}

const FIRST_WORD = /^(\S+)[ \t]+/;
const LAST_WORD = /[ \t]+(\S+)$/;

/** A part without the credit words at its ends: "Pool via REUTERS" is "REUTERS", "File Photo" is nothing. */
function withoutCreditWords(text: string, { start, end }: { start: number; end: number }): { start: number; end: number } {
  const words = creditWords();
  for (let m = FIRST_WORD.exec(text.slice(start, end)); m && words.has(m[1].toLowerCase()); m = FIRST_WORD.exec(text.slice(start, end)))
    start += m[0].length;
  for (let m = LAST_WORD.exec(text.slice(start, end)); m && words.has(m[1].toLowerCase()); m = LAST_WORD.exec(text.slice(start, end)))
    end -= m[0].length;
  return words.has(text.slice(start, end).toLowerCase()) ? { start, end: start } : { start, end };
}

/**
 * The name parts of [start, end), split at slashes, bars, semicolons and ampersands (in a credit,
 * "Ana Ruiz & Tom Hale" are two people), each without the credit words at its ends.
 */
function nameParts(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const parts: Array<{ start: number; end: number }> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && !/[/|;·&]/.test(text[i])) continue;
    const part = withoutCreditWords(text, trimmed(text, from, i));
    if (/\p{L}/u.test(text.slice(part.start, part.end))) parts.push(part);
    from = i + 1;
  }
  return parts;
}

/** Words a credit or a byline may hold: capitalised names, numbers, credit and byline words, months, particles. */
function creditLike(words: string, max: number, capitalFirst = true): boolean {
  if (words.length > max + 20) return false;
  const body = words.replace(/[\s.)]+$/, '');
  if (!body || body.length > max || (capitalFirst && !/^[(\p{Lu}]/u.test(body))) return false;
  for (const word of body.split(/[\s/|,;&()·]+/)) {
    if (!word || /^[\p{Lu}\d]/u.test(word)) continue;
    const lower = word.toLowerCase().replace(/[.,:]+$/, '');
    if (!(creditWords().has(lower) || creditWords().has(word.toLowerCase()) || NAME_PARTICLES.has(lower) || months().has(lower)))
      return false;
  }
  return true;
}

/** A part of a slash credit that an agency signs: "REUTERS", "Pool via REUTERS", "AP Photo", "AFP via Getty Images". */
function agencyPart(part: string): boolean {
  const words = part.trim().split(/[ \t]+/);
  if (words.length > 6) return false;
  for (let i = 0; i < words.length; i++)
    for (let j = i + 1; j <= words.length; j++) if (isCreditAgency(words.slice(i, j).join(' '))) return true;
  return false;
}

/** Two to four capitalised words: "Ana Ruiz", "Jorge Salas Vega". */
const personLike = (part: string) => /^\p{Lu}\p{Ll}+(?:[ ]\p{Lu}[\p{L}'’-]+){1,3}$/u.test(part.trim());

/** A byline's name and the agency after it, apart: "ANA RUIZ Associated Press" is "ANA RUIZ" and "Associated Press". */
function agencyApart(text: string, part: { start: number; end: number }): Array<{ start: number; end: number }> {
  const words = [...text.slice(part.start, part.end).matchAll(/\S+/g)];
  for (let k = Math.min(4, words.length - 1); k >= 1; k--) {
    const first = words[words.length - k];
    if (
      !isCreditAgency(
        words
          .slice(-k)
          .map((w) => w[0].replace(/[.,]$/, ''))
          .join(' '),
      )
    )
      continue;
    const cut = trimmed(text, part.start, part.start + first.index!);
    return [cut, { start: part.start + first.index!, end: part.end }];
  }
  return [part];
}

/** A credit with no slash: an agency "via" another ("AFP via Getty Images"), or a picture agency alone ("Getty Images"). */
function agencyOnly(part: string): boolean {
  const words = part.trim().split(/[ \t]+/);
  if (pictureAgencies().has(words.join(' ').toLowerCase())) return true;
  const via = words.indexOf('via');
  return via > 0 && agencyPart(words.slice(0, via).join(' ')) && agencyPart(words.slice(via + 1).join(' '));
}

function found(
  text: string,
  rule: { id: string; kind: FurnitureKind },
  start: number,
  end: number,
  label: { start: number; end: number } | null,
): FurnitureFound {
  return { ...span(text, start, end), kind: rule.kind, label: label ? span(text, label.start, label.end) : null, rule: rule.id, parts: [] };
}

/** A whole line a web page left, or a teaser for another story. */
function noticeOrTeaser(text: string, s: number, e: number): FurnitureFound | null {
  const line = text.slice(s, e);
  if (
    line.length <= 60 &&
    notices().has(
      line
        .replace(/[.:…]+$/, '')
        .replace(/\s+/g, ' ')
        .toLowerCase(),
    )
  )
    return found(text, pageNotice, s, e, null);
  // A promotion in capitals is a teaser of the site, with no names to read.
  if (line.length <= 200 && PROMOTION().test(line) && !/\p{Ll}/u.test(line)) return found(text, teaserLabel, s, e, { start: s, end: e });
  const teaser = TEASER().exec(line);
  if (!teaser || !/^\p{Lu}/u.test(line)) return null;
  const labelEnd = s + teaser[0].replace(/[ \t]+$/, '').length;
  const item = found(text, teaserLabel, s, e, { start: s, end: labelEnd });
  const rest = trimmed(text, labelEnd, e);
  if (rest.end > rest.start) item.parts.push(rest);
  return item;
}

/** "By Ana Ruiz and Tom Hale, Staff Writers", a line of its own. */
function bylineLine(text: string, s: number, e: number): FurnitureFound | null {
  const m = /^(?:By|BY)[ \t]+(?=\p{Lu})/u.exec(text.slice(s, Math.min(e, s + 4)));
  if (!m || !creditLike(text.slice(s + m[0].length, e), 120)) return null;
  const item = found(text, bylineBy, s, e, { start: s, end: s + 2 });
  for (const part of nameParts(text, s + m[0].length, e)) item.parts.push(...agencyApart(text, part));
  return item;
}

/** "(Reporting by Ana Ruiz; Editing by Tom Hale)" anywhere in the line, or a line that opens with such a label. */
function reportingCredits(text: string, s: number, e: number): FurnitureFound | null {
  const line = text.slice(s, e);
  const labels = BYLINE_LABEL();
  labels.lastIndex = 0;
  const first = labels.exec(line);
  if (!first || !/^\p{Lu}/u.test(first[0])) return null;
  const bracket = line[first.index - 1] === '(' ? first.index - 1 : -1;
  if (bracket < 0 && /\S/.test(line.slice(0, first.index))) return null;
  const close = bracket >= 0 ? line.indexOf(')', first.index) : -1;
  const end = close >= 0 ? close + 1 : line.length;
  // Between the labels, names only: "Reporting by the BBC suggested …" is a sentence, not a credit.
  const inner = line.slice(first.index, close >= 0 ? close : end);
  if (!creditLike(inner.replace(labels, ' '), 300, false)) return null;
  const item = found(text, reportingCredit, s + (bracket >= 0 ? bracket : first.index), s + end, {
    start: s + first.index,
    end: s + first.index + first[0].length,
  });
  let from = s + first.index + first[0].length;
  labels.lastIndex = first.index + first[0].length;
  for (let m = labels.exec(line); m && m.index < inner.length + first.index; m = labels.exec(line)) {
    item.parts.push(...nameParts(text, from, s + m.index));
    from = s + m.index + m[0].length;
  }
  item.parts.push(...nameParts(text, from, s + first.index + inner.length));
  return item;
}

/** "Ana Ruiz in Lima contributed to this report.": the sentence, to the end of the line. */
function contributed(text: string, s: number, e: number): FurnitureFound | null {
  const line = text.slice(s, e);
  const m = CONTRIBUTED.exec(line);
  if (!m) return null;
  // "contributed." alone: only after a journalist ("Associated Press writers … contributed.").
  const bare = !/^contributed[ \t]+\p{L}/u.test(m[0]);
  const stop = Math.max(line.lastIndexOf('. ', m.index), line.lastIndexOf('.\t', m.index));
  const start = stop >= 0 ? stop + 2 : 0;
  if (m.index - start > 300 || !/^[\p{Lu}"“(]/u.test(line.slice(start))) return null;
  if (
    bare &&
    !line
      .slice(start, m.index)
      .split(/[^\p{L}]+/u)
      .some((w) => journalists().has(w.toLowerCase()))
  )
    return null;
  const item = found(text, contributedReporting, s + start, e, { start: s + m.index, end: e });
  item.parts.push(...nameParts(text, s + start, s + m.index));
  return item;
}

/** "Ana Ruiz is a reporter for the Daily Ledger.": a short line of its own, about a journalist. */
function bio(text: string, s: number, e: number): FurnitureFound | null {
  if (e - s > 250 || /[.!?][ \t]+\p{Lu}/u.test(text.slice(s, e))) return null;
  const m = BIO().exec(text.slice(s, e));
  if (!m) return null;
  const item = found(text, authorBio, s, e, null);
  // The journalist's name; the employer after it is left to the lexicon.
  item.parts.push({ start: s, end: s + m[1].length });
  return item;
}

/** A credit ending the line [s, e): "Image: Ana Ruiz.", "Photo by Ana Ruiz/AFP", "REUTERS/Ana Ruiz/File Photo". */
function creditAtEnd(text: string, s: number, e: number): FurnitureFound | null {
  const line = text.slice(s, e);
  const from = Math.max(0, line.length - CREDIT_TAIL);
  const labels = CREDIT_LABEL();
  labels.lastIndex = from;
  for (let m = labels.exec(line); m; m = labels.exec(line)) {
    if (!/^\p{Lu}/u.test(m[0]) || !creditLike(line.slice(m.index + m[0].length), 100)) continue;
    // "(Photo by Ana Ruiz/AFP)": the brackets are the credit's.
    const start = line[m.index - 1] === '(' && line.endsWith(')') ? m.index - 1 : m.index;
    const item = found(text, photoCreditLabel, s + start, e, { start: s + m.index, end: s + m.index + m[0].trimEnd().length });
    item.parts.push(...nameParts(text, s + m.index + m[0].length, e));
    return item;
  }
  const tail = line.slice(from);
  const slash = SLASH_CREDIT.exec(tail);
  if (!slash) return null;
  const bracketed = tail[slash.index] === '(';
  const pieces = slash[1].split('/');
  if (pieces.length === 1 ? !agencyOnly(pieces[0]) : !pieces.some(agencyPart) && !(bracketed && pieces.some(personLike))) return null;
  const start = s + from + slash.index;
  const item = found(text, slashCredit, start, e, null);
  item.parts.push(...nameParts(text, s + from + slash.index + (bracketed ? 1 : 0), e));
  return item;
}

/** The furniture of one line [s, e) (trimmed), appended to `out` in text order. */
function furnitureOfLine(text: string, s: number, e: number, out: FurnitureFound[]): void {
  const whole = noticeOrTeaser(text, s, e) ?? bylineLine(text, s, e);
  if (whole) {
    out.push(whole);
    return;
  }
  // A credit at the end of a paragraph: the story before it stays the story.
  const byline = reportingCredits(text, s, e) ?? contributed(text, s, e) ?? bio(text, s, e);
  if (byline) {
    out.push(byline);
    return;
  }
  const credit = creditAtEnd(text, s, e);
  const label = CAPTION_LABEL().exec(text.slice(s, credit ? credit.start : e));
  const captionEnd = trimmed(text, s, credit ? credit.start : e).end;
  if (label || (credit && captionEnd > s)) {
    // A caption without a label is known by the credit that ends it, and names its rule.
    const rule = label || !credit ? captionLabel : { id: credit.rule, kind: 'caption' as const };
    const caption = found(text, rule, s, captionEnd, label ? { start: s, end: s + label[0].trimEnd().length } : null);
    const rest = trimmed(text, s + (label ? label[0].length : 0), captionEnd);
    if (rest.end > rest.start) caption.parts.push(rest);
    out.push(caption);
  }
  if (credit) out.push(credit);
}

/** The furniture of the body, from `from` to the end of the text, in text order. */
export function findFurniture(text: string, from: number): FurnitureFound[] {
  const out: FurnitureFound[] = [];
  for (let at = from; at < text.length;) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    let s = at,
      e = end;
    while (s < e && /[\s\ufeff]/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) furnitureOfLine(text, s, e, out);
    at = end + 1;
  }
  return out;
}
