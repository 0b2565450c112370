#!/usr/bin/env node
// The cost of the reader's corrections: a ~100 KB article analysed with 1,000 correction entries and
// with none, and a corpus of short generated articles each with the entries that apply to it, as the
// CLI gives them. Rows of `npm run bench` (the ratio; goal: at most 1.10); run alone, on the engine as
// bundled here. Each figure is the median of a few analyses in one run; absolute times are noisy,
// the ratio less so.
//   node bench/corrections.mjs            (or: node bench/run.mjs --only corrections)
// "cold": an analyzer without a segment cache (every paragraph tagged: a first open, the CLI);
// "warm": the segments cached (an edit in the editor, where only the document passes run again).
import { buildSync } from 'esbuild';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { prose } from './hostile.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The ~100 KB article: the Berlin sample's paragraphs, repeated as ordinary prose. */
function article() {
  const sample = readFileSync(path.join(root, 'samples', 'berlin-gas-storage.article'), 'utf8');
  return prose(
    sample.split(/\n\s*\n/).filter((p) => p.trim()),
    100_000,
  );
}

/** 1,000 entries as a busy newsroom's file might hold: a few about this article's names and quotes, most about other articles' names. */
function corrections(markup) {
  const names = [];
  const quotes = [];
  const real = markup.entities.map((e) => e.name);
  const types = ['person', 'organization', 'place'];
  real.slice(0, 20).forEach((name, i) => names.push({ name, type: types[i % 3] }));
  for (let i = 0; names.length < 880; i++) {
    const name = `Ardent Name${i} Holdings`;
    const kind = i % 5;
    names.push(
      kind === 0
        ? { name, notAName: true }
        : kind === 1
          ? { name, type: 'place', mark: true }
          : kind === 2
            ? { name, sameAs: `Other ${i}` }
            : kind === 3
              ? { name, notSameAs: `Other ${i}` }
              : { name, type: 'organization' },
    );
  }
  markup.quotes.slice(0, 20).forEach((q) => quotes.push({ article: 'a', quote: q.text.slice(1, 30), speaker: null }));
  for (let i = 0; quotes.length < 120; i++)
    quotes.push({ article: 'a', quote: `words nobody wrote ${i}`, speaker: `Ardent Name${i} Holdings` });
  return { names, quotes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Median times without and with the corrections, the two interleaved so that the machine's load weighs on both alike. */
function compare(withoutCorrections, withCorrections, n) {
  const none = [];
  const withC = [];
  const timed = (run) => {
    const t0 = performance.now();
    run();
    return performance.now() - t0;
  };
  for (let i = 0; i < n; i++) {
    none.push(timed(withoutCorrections));
    withC.push(timed(withCorrections));
  }
  return [median(none), median(withC)];
}

/** The two runs of one analyzer on one text. */
const onText = (analyzer, text, c, n) =>
  compare(
    () => analyzer.analyze(text),
    () => analyzer.analyze(text, { corrections: c }),
    n,
  );

/**
 * Short articles, as a corpus holds them: each analysed cold with the entries that apply to it
 * (`correctionsFor`: the workspace-wide names and its own quotes), against none.
 */
function corpusRow({ engine, row, quick, c }) {
  const articles = generateCorpus(quick ? 100 : 200);
  // The quote entries spread over the corpus's articles, as a newsroom's file holds them.
  const all = { version: 1, names: c.names, quotes: c.quotes.map((q, i) => ({ ...q, article: articles[i % articles.length].name })) };
  const given = articles.map((a) => engine.correctionsFor(all, a.name));
  const analyzer = engine.createAnalyzer({ cacheSize: 0 });
  const [noneMs, withMs] = compare(
    () => articles.forEach((a) => analyzer.analyze(a.text)),
    () => articles.forEach((a, i) => analyzer.analyze(a.text, { corrections: given[i] })),
    quick ? 3 : 5,
  );
  const chars = Math.round(articles.reduce((n, a) => n + a.text.length, 0) / articles.length);
  const ratio = withMs / noneMs;
  row({
    what: `corrections: ${articles.length} short articles (${(chars / 1024).toFixed(1)} KB), cold`,
    entries: c.names.length + c.quotes.length,
    noneMs,
    withMs,
    ratio,
    line: `none ${noneMs.toFixed(0)} ms, with ${withMs.toFixed(0)} ms, ratio ${ratio.toFixed(3)}× (goal ≤ 1.10; ${c.names.length} names each)`,
  });
}

/**
 * The rows: cold and warm, each with its times and ratio. `engine`: the bundle's exports
 * (createAnalyzer, analyze); `row` prints and records one row; `quick` takes fewer runs.
 */
export function correctionsRows({ engine, row, quick = false }) {
  const text = article();
  const c = corrections(engine.analyze(text));
  const entries = c.names.length + c.quotes.length;
  const cold = engine.createAnalyzer({ cacheSize: 0 });
  const warm = engine.createAnalyzer();
  warm.analyze(text);
  onText(warm, text, c, 3);
  const measured = [
    ['cold', ...onText(cold, text, c, quick ? 3 : 5)],
    ['warm', ...onText(warm, text, c, quick ? 9 : 21)],
  ];
  const outcome = warm.analyze(text, { corrections: c }).corrections;
  const size = `${Math.round(text.length / 1024)} KB`;
  for (const [kind, noneMs, withMs] of measured) {
    const ratio = withMs / noneMs;
    row({
      what: `corrections: ${entries.toLocaleString('en-US')} entries, ${size} article, ${kind}`,
      entries,
      applied: outcome.applied,
      stale: outcome.stale.length,
      noneMs,
      withMs,
      ratio,
      line: `none ${noneMs.toFixed(1)} ms, with ${withMs.toFixed(1)} ms, ratio ${ratio.toFixed(3)}× (goal ≤ 1.10; ${outcome.applied} applied, ${outcome.stale.length} stale)`,
    });
  }
  corpusRow({ engine, row, quick, c });
}

/** Run alone: the engine bundled (not minified) into a temp folder. */
function main() {
  const bundle = path.join(mkdtempSync(path.join(tmpdir(), 'news-markup-corrections-bench-')), 'engine.cjs');
  buildSync({
    entryPoints: [path.join(root, 'bench', 'engine-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundle,
    logLevel: 'error',
  });
  const engine = createRequire(import.meta.url)(bundle);
  correctionsRows({ engine, row: (r) => console.log(`${r.what.padEnd(48)} ${r.line}`), quick: process.argv.includes('--quick') });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
