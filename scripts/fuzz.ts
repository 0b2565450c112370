/**
 * npm run fuzz: the engine's properties on many random cases and a new seed (printed, so that a
 * failure replays: `npm run fuzz -- --seed N`), then the hostile inputs at 100 KB.
 *   npm run fuzz [-- --runs N] [-- --seed N]
 */
import fc from 'fast-check';
import { createAnalyzer } from '../src/markup';
import { anyCut, anyEdits, anyText, assertInvariants } from '../test/unit/properties';
// @ts-expect-error: a plain JavaScript module shared with the benchmark
import { HOSTILE } from '../bench/hostile.mjs';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : undefined);
const seed = option('--seed') ?? Math.floor(Math.random() * 2 ** 31);
const runs = option('--runs') ?? 3000;
console.log(`fuzz: seed ${seed}, ${runs} texts, ${Math.round(runs / 3)} edit sequences, ${runs} cuts`);
const t0 = Date.now();
fc.assert(anyText, { seed, numRuns: runs });
fc.assert(anyEdits, { seed, numRuns: Math.round(runs / 3) });
fc.assert(anyCut, { seed, numRuns: runs });
for (const [name, make] of Object.entries(HOSTILE as Record<string, (size: number) => string>)) {
  const text = make(100_000);
  assertInvariants(text, createAnalyzer().analyze(text));
  console.log(`  hostile: ${name} ✓`);
}
console.log(`fuzz: all properties held (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
