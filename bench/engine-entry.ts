// What the benchmark measures: the engine as bundled, and raw compromise next to it (same bundle, same compromise).
export { analyze, correctionsFor, createAnalyzer } from '../src/markup';
import nlp from 'compromise';

/** What compromise gives for free: people, organizations, places and quotations, with offsets. */
export function rawCompromise(text: string): number {
  const doc = nlp(text);
  const found = [doc.people(), doc.organizations(), doc.places(), doc.quotations()].map((view) => view.json({ offset: true }) as unknown[]);
  return found.reduce((n, list) => n + list.length, 0);
}
