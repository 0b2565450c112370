/** Types of corpus.mjs, for the tests that use the generated corpus. */
export interface GeneratedArticle {
  name: string;
  text: string;
}
export function generateCorpus(count: number, seed?: number): GeneratedArticle[];
export function writeCorpus(dir: string, count: number, seed?: number): string[];
