import type { Markup } from './types';

/**
 * The Markup as the JSON that `news-markup analyze --json` prints and the editor's
 * "Export Markup as JSON" writes: the Markup itself, with an optional document id first
 * (the scorer in ../shared/eval matches predictions to gold lines by `id`).
 */
export function markupToJson(markup: Markup, id?: string | number, indent?: number): string {
  return JSON.stringify(id === undefined ? markup : { id, ...markup }, null, indent);
}
