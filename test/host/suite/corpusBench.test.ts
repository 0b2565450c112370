// The corpus benchmark's half that needs the real extension host (bench/corpus-host.mjs runs it on a
// workspace of generated articles and reads the figures): the cold index, the reopen from the cache,
// the longest stall of the host's thread while either runs, and the memory the index holds. Defined
// only when NEWS_MARKUP_BENCH_CORPUS names the file for the figures: `npm test` does not run it.
import * as fs from 'fs';
import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { api } from './markupHelpers';

/**
 * The longest time the host's thread did not get back to its event loop while `work` ran: as the
 * clock sees it (`stallMs`), and as the event loop's busy time between two ticks (`busyMs`): on a
 * machine shared with other work, a thread that is waiting for a core also misses its ticks, but
 * it is not busy.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{ result: T; ms: number; stallMs: number; busyMs: number }> {
  const tick = 5;
  let last = performance.now();
  let lastLoop = performance.eventLoopUtilization();
  let stallMs = 0;
  let busyMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    const loop = performance.eventLoopUtilization();
    stallMs = Math.max(stallMs, now - last - tick);
    busyMs = Math.max(busyMs, loop.active - lastLoop.active);
    last = now;
    lastLoop = loop;
  }, tick);
  const t0 = performance.now();
  try {
    const result = await work();
    return { result, ms: performance.now() - t0, stallMs, busyMs };
  } finally {
    clearInterval(timer);
  }
}

const out = process.env.NEWS_MARKUP_BENCH_CORPUS;
if (out) {
  suite('News Markup: corpus bench', function () {
    this.timeout(60 * 60_000);

    test('cold index, reopen from the cache, host stalls and memory', async () => {
      const a = await api();
      await vscode.commands.executeCommand('newsMarkup.corpus.focus');
      const heapBefore = process.memoryUsage().heapUsed;
      const cold = await longestStall(() => a.corpus.ready());
      const heapAfter = process.memoryUsage().heapUsed;
      const coldProgress = { ...a.corpus.progress };
      // Reopening: a fresh worker reads the cache from disk; nothing is analysed.
      const reopen = await longestStall(() => a.corpus.reindex());
      const figures = {
        articles: a.corpus.index.size,
        coldMs: Math.round(cold.ms),
        coldStallMs: Math.round(cold.stallMs),
        coldBusyMs: Math.round(cold.busyMs),
        coldAnalysed: coldProgress.indexed - coldProgress.cached,
        reopenMs: Math.round(reopen.ms),
        reopenStallMs: Math.round(reopen.stallMs),
        reopenBusyMs: Math.round(reopen.busyMs),
        reopenCached: a.corpus.progress.cached,
        reopenFindMs: a.corpus.progress.findMs,
        reopenReadyMs: a.corpus.progress.readyMs,
        indexHeapBytes: heapAfter - heapBefore,
        // The heap's growth moves with the collector's timing (it can even shrink): the summaries' own
        // size, as JSON, is the steadier figure of what the index keeps.
        indexJsonBytes: a.corpus.index.files().reduce((n, f) => n + JSON.stringify(a.corpus.index.get(f) ?? null).length, 0),
        slowOperations: a.slowOperations.filter((o) => /corpus/i.test(o.label)),
      };
      fs.writeFileSync(out, JSON.stringify(figures, null, 2));
      console.log(`corpus bench: ${JSON.stringify(figures)}`);
    });
  });
}
