/**
 * Finds direct quotes by their marks. A character scan, cheap enough to run over the whole
 * document on every pass; compromise is not involved.
 *
 * Marks: straight "…", curly “…”, guillemets «…» (and »…« as used in some languages), German „…“,
 * nested single ‘…’ / '…'. A quote that runs over several paragraphs opens each paragraph with a
 * mark and closes only in the last one; each paragraph's piece becomes its own quote, linked to the
 * previous piece by `continues`. Apostrophes (CSTO’s, don't, '90s, players’) are never marks.
 * An opening mark that is never closed in its paragraph (and not continued by the next paragraph)
 * is dropped: unbalanced text gets no quote rather than a quote that swallows the article. Only a
 * double mark that introduces speech after a comma or a colon (`he said, "We learned a lot.`) and
 * opens a sentence or more is kept, to its paragraph's end: a closing mark the writer forgot.
 * Two backticks open a quote as a double mark does (``…", copy converted from typesetting markup).
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the paragraph's end for a piece that continues). */
  end: number;
  /** Index of the piece this one continues (a multi-paragraph quote), or -1. */
  continues: number;
  /** True when the quote closes in this piece (false for a piece the next paragraph continues). */
  closed: boolean;
  /** Marked as a quote by the reader: kept even where it looks like scare quotes or a title. */
  marked?: true;
}

type Family = 'double' | 'single' | 'guillemet' | 'rguillemet' | 'low';
type Role = 'open' | 'close' | 'either';

interface Mark {
  at: number;
  family: Family;
  role: Role;
}

const isSpace = (c: string | undefined) => c === undefined || /[\s\u00a0\ufeff]/.test(c);
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a mark opens: start of text, space, brackets, dashes, colons, other quote marks. */
const isOpenContext = (c: string | undefined) => c === undefined || isSpace(c) || /[([{\u2014\u2013\-:/“‘«„"'»]/.test(c);
/** Characters before which a mark closes: space, end, punctuation. */
const isCloseContext = (c: string | undefined) => c === undefined || isSpace(c) || /[.,;:!?)\]}\u2014\u2013\-…”’»"'/]/.test(c);

function classify(text: string, i: number): Mark | null {
  const c = text[i];
  const before = i > 0 ? text[i - 1] : undefined;
  const after = i + 1 < text.length ? text[i + 1] : undefined;
  switch (c) {
    case '`':
      // ``…": the first of two backticks opens; the second is part of the mark.
      return after === '`' && isOpenContext(before) && before !== '`' ? { at: i, family: 'double', role: 'open' } : null;
    case '"':
      if (isOpenContext(before) && !isSpace(after))
        return { at: i, family: 'double', role: isCloseContext(before) && isCloseContext(after) ? 'either' : 'open' };
      if (!isSpace(before) && isCloseContext(after)) return { at: i, family: 'double', role: 'close' };
      return { at: i, family: 'double', role: 'either' };
    case '“':
      // Closes a German „…“ quote; otherwise opens (some copy also uses it to close: see flanking).
      if (!isSpace(before) && isCloseContext(after) && !isOpenContext(before)) return { at: i, family: 'double', role: 'either' };
      return { at: i, family: 'double', role: 'open' };
    case '”':
      if (isSpace(before) && !isSpace(after) && isWordChar(after)) return { at: i, family: 'double', role: 'either' };
      return { at: i, family: 'double', role: 'close' };
    case '„':
      return { at: i, family: 'low', role: 'open' };
    case '«':
      return { at: i, family: 'guillemet', role: 'open' };
    case '»':
      return { at: i, family: 'guillemet', role: 'close' };
    case '‘':
    case '’':
    case "'": {
      // Letters on both sides: an apostrophe (don't, CSTO’s, O'Brien).
      if (isWordChar(before) && isWordChar(after)) return null;
      // Before a digit: an elision ('90s, ’22).
      if (/\d/.test(after ?? '') && isOpenContext(before)) return null;
      if (isOpenContext(before) && isWordChar(after)) return { at: i, family: 'single', role: c === '’' ? 'either' : 'open' };
      if (!isSpace(before) && isCloseContext(after)) return { at: i, family: 'single', role: c === '‘' ? 'either' : 'close' };
      return null;
    }
    default:
      return null;
  }
}

const MARK_CHARS = new Set('"“”„«»‘’\'`');

/** The marks of one paragraph, in order (read within the paragraph only: a search past its end would cost the next paragraphs too). */
function marksIn(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    if (!MARK_CHARS.has(text[i])) continue;
    const mark = classify(text, i);
    if (mark) marks.push(mark);
  }
  return marks;
}

/** Does a mark of this family close a quote opened by `open`? */
function closes(open: Mark, mark: Mark, text: string): boolean {
  if (mark.role === 'open') return false;
  if (open.family === 'low') return text[mark.at] === '“' || text[mark.at] === '”' || text[mark.at] === '"';
  if (open.family === 'guillemet') return mark.family === 'guillemet';
  return mark.family === open.family;
}

interface Piece {
  start: number;
  end: number;
  closed: boolean;
  family: Family;
  /** The opening mark could only open (not a mark that may also close). */
  opens: boolean;
}

/**
 * Quotes of one paragraph [from, to). `carried` is a quote left open by the previous paragraph:
 * it continues here only if this paragraph opens with a mark of the same family.
 */
function scanParagraph(
  text: string,
  from: number,
  to: number,
): { pieces: Piece[]; openAtEnd: Piece | null; startsWithOpen: Family | null } {
  const marks = marksIn(text, from, to);
  const pieces: Piece[] = [];
  // Only the outermost quote is reported; nested marks just have to balance inside it.
  let outer: Mark | null = null;
  const nested: Mark[] = [];
  let startsWithOpen: Family | null = null;
  const firstNonSpace = text.slice(from, to).search(/\S/);
  for (const mark of marks) {
    if (mark.at === from + firstNonSpace && mark.role !== 'close') startsWithOpen = mark.family === 'low' ? 'double' : mark.family;
    if (!outer) {
      if (mark.role === 'close') continue; // a stray closing mark: ignore
      if (mark.family === 'single' && mark.role === 'either') continue;
      outer = mark;
      continue;
    }
    const inner = nested[nested.length - 1];
    if (inner && closes(inner, mark, text)) {
      nested.pop();
      continue;
    }
    if (closes(outer, mark, text)) {
      // An unclosed nested single quote must not keep the outer quote open.
      nested.length = 0;
      pieces.push({ start: outer.at, end: mark.at + 1, closed: true, family: outer.family, opens: outer.role === 'open' });
      outer = null;
      continue;
    }
    // A curly or angled opening mark inside an open quote of its own kind nests (“… he calls “hell” …”);
    // a straight one cannot be told apart.
    if (mark.role !== 'close' && (mark.family !== outer.family || (mark.role === 'open' && text[mark.at] !== '"'))) nested.push(mark);
  }
  const openAtEnd = outer
    ? { start: outer.at, end: trimEnd(text, outer.at, to), closed: false, family: outer.family, opens: outer.role === 'open' }
    : null;
  return { pieces, openAtEnd, startsWithOpen };
}

function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpace(text[end - 1])) end--;
  return end;
}

/** All quotes of the text, given its paragraphs as [start, end) ranges in order. */
export function findQuotes(text: string, paragraphs: ReadonlyArray<{ start: number; end: number }>): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  // Pieces of a quote still open at the end of the last paragraph, kept until a paragraph closes it.
  let chain: Piece[] = [];
  const family = (f: Family) => (f === 'low' ? 'double' : f);
  const push = (piece: Piece, continues: number) => {
    // `author="…"`: an attribute value in embedded markup, not speech.
    if (text[piece.start - 1] === '=') return result.length - 1;
    // Marks with nothing between them ("“”") quote nothing.
    if (!/[\p{L}\p{N}]/u.test(text.slice(piece.start + 1, piece.end - 1))) return result.length - 1;
    result.push({ start: piece.start, end: piece.end, continues, closed: piece.closed });
    return result.length - 1;
  };
  for (const paragraph of paragraphs) {
    const { pieces, openAtEnd, startsWithOpen } = scanParagraph(text, paragraph.start, paragraph.end);
    let rest = pieces;
    if (chain.length) {
      const opener = paragraph.start + text.slice(paragraph.start, paragraph.end).search(/\S/);
      const continued = startsWithOpen !== null && startsWithOpen === family(chain[0].family);
      if (continued && pieces[0]?.start === opener) {
        let last = -1;
        for (const piece of chain) last = push(piece, last);
        push(pieces[0], last);
        rest = pieces.slice(1);
        chain = [];
      } else if (continued && !pieces.length && openAtEnd?.start === opener) {
        chain.push(openAtEnd);
        continue;
      } else {
        if (chain.length === 1 && introducedSpeech(text, chain[0])) push(chain[0], -1);
        chain = [];
      }
    }
    for (const piece of rest) push(piece, -1);
    if (openAtEnd) chain = [openAtEnd];
  }
  if (chain.length === 1 && introducedSpeech(text, chain[0])) push(chain[0], -1);
  return result;
}

/**
 * An unclosed piece kept to its paragraph's end: a double mark that can only open, after a comma or
 * a colon ("he said, "…"), opening at least four words. Anything else unclosed is no quote.
 */
function introducedSpeech(text: string, piece: Piece): boolean {
  if (piece.family !== 'double' || !piece.opens) return false;
  if (!/[\p{L}\p{N}][,:]\s*$/u.test(text.slice(Math.max(0, piece.start - 40), piece.start))) return false;
  return (
    text
      .slice(piece.start, piece.end)
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= 4
  );
}
