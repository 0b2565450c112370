// The corpus rows of `npm run bench`, on a generated corpus (bench/corpus.mjs): the sum of
// single-article analyses, the CLI on 1 and 2 worker threads, and — in the real extension host, via
// the host-test runner and test/host/suite/corpusBench.test.ts — the cold index, the reopen from the
// cache, the longest stall of the host's thread and the memory the index holds.
// NEWS_MARKUP_BENCH_PROFILE=DIR also writes CPU profiles of the host with its stalls (bench/stalls.mjs reads them).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeCorpus } from './corpus.mjs';

const f = (x, d = 1) => x.toFixed(d);
// The host bench keeps the stalls over 20 ms (NOTABLE_MS in corpusBench.test.ts): 0 means none was.
const stall = (ms) => (ms ? `${ms} ms` : 'under 20 ms');

/** Wall time of one CLI run over the corpus, in ms. */
function cliRun(root, dir, jobs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'corpus', dir, '--jobs', String(jobs)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`news-markup corpus --jobs ${jobs} failed: ${r.stderr}`);
  return performance.now() - t0;
}

/** Wall time, in ms, of two `--jobs 1` processes run at once, each on half of the files. */
async function cliPair(root, dir, files) {
  const halves = [files.slice(0, files.length / 2), files.slice(files.length / 2)];
  const t0 = performance.now();
  await Promise.all(
    halves.map(
      (half) =>
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [path.join(root, 'dist', 'cli.js'), 'corpus', ...half, '--jobs', '1'], { stdio: 'ignore' });
          child.on('error', reject);
          child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`news-markup corpus on half the files: exit ${code}`))));
        }),
    ),
  );
  return performance.now() - t0;
}

/** The host half: code-server on the corpus folder, the bench suite only; its figures, or null. */
function hostRun(root, dir) {
  const figures = path.join(dir, '..', 'host-figures.json');
  const r = spawnSync(process.execPath, [path.join(root, 'test', 'host', 'runner', 'run.mjs'), '--grep', 'corpus bench'], {
    encoding: 'utf8',
    env: { ...process.env, HOST_TEST_WORKSPACE: dir, NEWS_MARKUP_BENCH_CORPUS: figures, HOST_TEST_TIMEOUT_S: '3600' },
  });
  if (r.status !== 0 || !existsSync(figures)) {
    console.log(`(the host half of the corpus bench failed; its log:)\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
    return null;
  }
  return JSON.parse(readFileSync(figures, 'utf8'));
}

export async function corpusRows({ engine, row, root, quick, articles, host, cli = true }) {
  const count = articles ?? (quick ? 200 : 2000);
  // The CLI and the extension as they ship, and the host-test bundle with the bench suite.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`the build failed: ${build.stderr}`);
  const scratch = mkdtempSync(path.join(tmpdir(), 'news-markup-corpus-bench-'));
  const dir = path.join(scratch, 'corpus');
  try {
    const files = writeCorpus(dir, count);
    const texts = files.map((file) => readFileSync(file, 'utf8'));
    const kb = texts.reduce((n, t) => n + t.length, 0) / 1024;
    // Each article alone, as the editor analyses one: a fresh engine cache for each.
    const t0 = performance.now();
    for (const text of texts) engine.createAnalyzer().analyze(text);
    const sumMs = performance.now() - t0;
    row({ what: `corpus of ${count} generated articles`, line: `${f(kb, 0)} KB; sum of single-article analyses ${f(sumMs / 1000)} s` });
    if (cli) {
      const one = cliRun(root, dir, 1);
      const two = cliRun(root, dir, 2);
      row({
        what: 'CLI corpus, --jobs 2 vs --jobs 1',
        line: `${f(one / 1000)} s vs ${f(two / 1000)} s: speed-up ${f(one / two, 2)}×`,
        ratio: one / two,
      });
      // What two cores give this work at best: two separate processes (nothing shared, no coordination)
      // on the two halves of the corpus at once, against one process on all of it.
      const ceiling = one / (await cliPair(root, dir, files));
      row({ what: 'CLI ceiling: two processes on two halves vs one', line: `speed-up ${f(ceiling, 2)}×`, ratio: ceiling });
    }
    if (!host) return console.log('(corpus: the extension-host half skipped; run without --no-host to measure it)');
    const h = hostRun(root, dir);
    if (!h) return;
    row({
      what: `editor: cold index of ${h.articles} articles`,
      line: `${f(h.coldMs / 1000)} s = ${f(h.coldMs / sumMs, 2)}× the sum of single analyses (${h.coldAnalysed} analysed)`,
      ratio: h.coldMs / sumMs,
    });
    // Reopened, the index is whole once the cache's summaries are in (readyMs); the file search, which
    // runs meanwhile, only confirms it (or adds and removes articles): that end is the second row.
    row({
      what: 'editor: reopen, index shown from the cache, vs cold index',
      line: `${f(h.reopenReadyMs / 1000, 2)} s vs ${f(h.coldMs / 1000)} s: 1/${f(h.coldMs / h.reopenReadyMs, 0)} (${h.reopenCached} from the cache)`,
      ratio: h.reopenReadyMs / h.coldMs,
    });
    row({
      what: 'editor: reopen, checked against the file search, vs cold index',
      line: `${f(h.reopenMs / 1000, 2)} s vs ${f(h.coldMs / 1000)} s: 1/${f(h.coldMs / h.reopenMs, 0)} (finding the files ${f((h.reopenFindMs ?? 0) / 1000, 2)} s)`,
      ratio: h.reopenMs / h.coldMs,
    });
    row({
      what: 'editor: longest host stall while indexing',
      // Busy: the event loop's active time between two ticks (a thread waiting for a core while idle adds to the stall, not to this).
      line: `cold ${stall(h.coldStallMs)} (busy ${h.coldBusyMs} ms), reopen ${stall(h.reopenStallMs)} (busy ${h.reopenBusyMs} ms)`,
      stallMs: Math.max(h.coldStallMs, h.reopenStallMs),
    });
    // The collector's pauses inside the longest stall, and the longest stall less them: what the code
    // on the thread held it for, ours or VS Code's.
    row({
      what: 'editor: the longest stall, the collector told apart',
      line:
        `cold: ${h.coldStallGcMs} ms of it in GC, longest stall net of GC ${h.coldNetStallMs} ms, longest GC pause ${h.coldLongestGcMs} ms; ` +
        `reopen: ${h.reopenStallGcMs} ms in GC, net ${h.reopenNetStallMs} ms, longest GC pause ${h.reopenLongestGcMs} ms`,
    });
    row({
      what: "editor: the host's collections",
      line: `cold: ${h.coldGc}; reopen: ${h.reopenGc}; the host's heap after: ${h.hostHeapMb} MB`,
    });
    row({
      what: 'editor: index memory on the host',
      line: `${f(h.indexJsonBytes / 2 ** 20)} MB of summaries (as JSON) for ${h.articles} articles; heap growth ${f(h.indexHeapBytes / 2 ** 20)} MB`,
    });
    // Which of the host's own corpus operations took longest (the log's slow operations), to find a stall's cause.
    const slow = [...(h.slowOperations ?? [])].sort((a, b) => b.ms - a.ms).slice(0, 3);
    if (slow.length)
      row({ what: 'editor: slowest corpus operations on the host', line: slow.map((o) => `${o.label} ${f(o.ms, 0)} ms`).join(', ') });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
