/**
 * A date range as a user types it in the Corpus view: `2024` (the year), `2024-03` (the month),
 * `2024-01-15..2024-02-10`, an open end (`2024-06..`, `..2023`), or nothing (no range). Dates are the
 * articles' header dates (YYYY-MM-DD); ranges are inclusive.
 */
export type DateRange = { from?: string; to?: string };

const PART = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a partial date (`2024`, `2024-03`, `2024-03-09`) stands for. */
function bounds(part: string): { first: string; last: string } | null {
  const m = PART.exec(part);
  if (!m) return null;
  const [, year, month, day] = m;
  if (day) {
    if (Number(day) > daysIn(Number(year), Number(month))) return null;
    return { first: part, last: part };
  }
  if (month) {
    const last = String(daysIn(Number(year), Number(month))).padStart(2, '0');
    return { first: `${year}-${month}-01`, last: `${year}-${month}-${last}` };
  }
  return { first: `${year}-01-01`, last: `${year}-12-31` };
}

/** The range typed, or a message saying what is wrong with it. */
export function parseDateRange(input: string): DateRange | string {
  const text = input.trim();
  if (!text) return {};
  const sides = text.split(/\s*(?:\.\.|–|—|\bto\b)\s*/);
  if (sides.length > 2) return 'Use one range, such as 2024-01-01..2024-06-30.';
  const [start, end] = sides.length === 2 ? sides : [text, text];
  const from = start ? bounds(start) : undefined;
  const to = end ? bounds(end) : undefined;
  if (from === null || to === null) return `Not a date: "${from === null ? start : end}". Use YYYY, YYYY-MM or YYYY-MM-DD.`;
  if (from && to && from.first > to.last) return 'The range ends before it starts.';
  return { ...(from ? { from: from.first } : {}), ...(to ? { to: to.last } : {}) };
}

/** How a range reads in the view's header and in the input box. */
export function formatDateRange({ from, to }: DateRange): string {
  return from || to ? `${from ?? ''}..${to ?? ''}` : '';
}

/** Whether an article's date is in the range; an article without a date is outside any range. */
export function inDateRange(date: string | null, { from, to }: DateRange): boolean {
  return (!from && !to) || (date !== null && (!from || date >= from) && (!to || date <= to));
}
