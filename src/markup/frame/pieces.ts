/**
 * Long segments are cut into pieces before the tagger sees them: compromise's cost grows faster
 * than the length of what it is given (its punctuation clean-up shifts arrays), and so do some of
 * the name rules within a run of words. A piece ends at a sentence end where there is one, else at a
 * space, else anywhere but inside a surrogate pair.
 */

/** The longest piece handed to the tagger, in UTF-16 units. Real paragraphs are shorter (2,000 is rare). */
export const MAX_PIECE = 1000;

const SENTENCE_END = /[.!?]["”’')\]]*\s+/g;

function cutAt(text: string, start: number, limit: number): number {
  const floor = start + Math.floor((limit - start) / 2);
  // Searched within the window only: a search that ran on past it would cost the whole rest of the text.
  const window = text.slice(floor, limit);
  let cut = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = m.index + m[0].length;
  if (cut > 0) return floor + cut;
  for (let i = limit - 1; i > floor; i--) if (text[i] === ' ' || text[i] === '\t' || text[i] === '\n') return i + 1;
  // No space at all: anywhere, but not between the two halves of a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** The pieces [start, end) of the segment [start, end), each at most `max` long. */
export function piecesOf(text: string, start: number, end: number, max = MAX_PIECE): Array<{ start: number; end: number }> {
  if (end - start <= max) return [{ start, end }];
  const pieces: Array<{ start: number; end: number }> = [];
  let at = start;
  while (end - at > max) {
    const cut = cutAt(text, at, at + max);
    pieces.push({ start: at, end: cut });
    at = cut;
  }
  pieces.push({ start: at, end });
  return pieces;
}
