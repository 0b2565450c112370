/**
 * Span arithmetic shared by the engine and the editor: offsets are UTF-16 indices, end exclusive.
 * The search helpers take lists sorted by `start` (mentions, quotes, tokens, segments) and bisect
 * them, so that every lookup in a long article costs log n rather than a scan.
 */

export interface Range {
  start: number;
  end: number;
}

/** Index of the first item whose start is at or after `offset` (the list's length when none is). */
export function firstAtOrAfter(sorted: ReadonlyArray<{ start: number }>, offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last item whose start is at or before `offset`, or -1. */
export function lastAtOrBefore(sorted: ReadonlyArray<{ start: number }>, offset: number): number {
  return firstAtOrAfter(sorted, offset + 1) - 1;
}

/**
 * The item of a list of non-overlapping spans (sorted by start) that holds `offset`
 * (start <= offset < end), or undefined.
 */
export function spanAt<T extends Range>(sorted: ReadonlyArray<T>, offset: number): T | undefined {
  const i = lastAtOrBefore(sorted, offset);
  return i >= 0 && offset < sorted[i].end ? sorted[i] : undefined;
}

/** Whether two spans share at least one character. */
export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Whether an offset lies on a span, its end included (a cursor right after a word is on it). */
export function touches(span: Range, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Spans sorted by start (then end) without duplicates (same start and end). */
export function uniqueSpans<T extends Range>(spans: ReadonlyArray<T>): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  return sorted.filter((s, i) => i === 0 || s.start !== sorted[i - 1].start || s.end !== sorted[i - 1].end);
}
