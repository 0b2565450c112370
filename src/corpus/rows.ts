import type { ArticleSummary } from './summary';

/** The corpus CSV (CLI and editor): one row per quote or reported-speech span across the corpus. */
export const CORPUS_CSV_COLUMNS = ['file', 'date', 'kind', 'speaker', 'speakerType', 'quote', 'cue', 'rule', 'line'] as const;

/**
 * An article's rows of the corpus CSV, the speaker named as the article names them. The quote is cut
 * from `text` when it is the text the summary was made from (else the summary's snippet stands in);
 * `file` is how the article is named in the CSV.
 */
export function corpusCsvRows(summary: ArticleSummary, text: string | undefined, file: string = summary.file): string[][] {
  const entities = new Map(summary.entities.map((e) => [e.key, e]));
  const sameText = text !== undefined && text.length === summary.length;
  return summary.quotes.map((q) => {
    const speaker = q.speaker ? entities.get(q.speaker) : undefined;
    return [
      file,
      summary.date ?? '',
      q.kind,
      speaker?.name ?? '',
      speaker?.type ?? '',
      sameText ? text.slice(q.start, q.end) : q.snippet,
      q.cue ?? '',
      q.rule ?? '',
      String(q.line),
    ];
  });
}

/**
 * How every CSV the project writes is formatted: Unix line ends, and a cell that a spreadsheet would
 * run as a formula (=, +, -, @ first: a quote or a name can start so) written as text with a leading '.
 */
export const CSV_OPTIONS = { record_delimiter: 'unix', escape_formulas: true } as const;
