// The corpus benchmark's half that needs the real extension host (bench/corpus-host.mjs runs it on a
// workspace of generated articles and reads the figures): the cold index, the reopen from the cache,
// the longest stall of the host's thread while either runs, and the memory the index holds. Defined
// only when NEWS_MARKUP_BENCH_CORPUS names the file for the figures: `npm test` does not run it.
import * as fs from 'fs';
import * as inspector from 'inspector';
import { constants, performance, PerformanceObserver } from 'perf_hooks';
import * as vscode from 'vscode';
import { api } from './markupHelpers';

/** A pause of the host's thread longer than this is kept, with the collector's pauses inside it. */
const NOTABLE_MS = 20;

interface Stall {
  start: number;
  ms: number;
  /** The garbage collector's pauses (Node's `gc` performance entries) that fell inside it. */
  gcMs: number;
  /** When it ended on the monotonic clock in µs, as CPU profiles time their samples. */
  endUs: number;
}

/** Node's kinds of collection, for the bench's line. */
const GC_KINDS: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};

/** How many collections of each kind, and the longest of each: "minor 412 (max 9 ms), major 3 (max 41 ms)". */
function gcSummary(gcs: Array<{ ms: number; kind: number }>): string {
  const kinds = [...new Set(gcs.map((g) => g.kind))].sort();
  return kinds
    .map((kind) => {
      const of = gcs.filter((g) => g.kind === kind);
      return `${GC_KINDS[kind] ?? kind} ${of.length} (max ${Math.round(Math.max(...of.map((g) => g.ms)))} ms)`;
    })
    .join(', ');
}

/**
 * The longest time the host's thread did not get back to its event loop while `work` ran: as the
 * clock sees it (`stallMs`), and as the event loop's busy time between two ticks (`busyMs`): on a
 * machine shared with other work, a thread that is waiting for a core also misses its ticks, but
 * it is not busy. `netStallMs` is the longest stall less the collector's pauses inside it: what
 * code on the thread held it, the garbage collector's part told apart.
 */
async function longestStall<T>(work: () => Promise<T>): Promise<{
  result: T;
  stalls: Stall[];
  ms: number;
  stallMs: number;
  busyMs: number;
  netStallMs: number;
  gcMs: number;
  longestGcMs: number;
  gcCounts: string;
}> {
  const tick = 5;
  let last = performance.now();
  let lastLoop = performance.eventLoopUtilization();
  let busyMs = 0;
  const stalls: Stall[] = [];
  const gcs: Array<{ start: number; ms: number; kind: number }> = [];
  const observer = new PerformanceObserver((list) =>
    gcs.push(
      ...list.getEntries().map((e) => ({
        start: e.startTime,
        ms: e.duration,
        kind: (e as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0,
      })),
    ),
  );
  observer.observe({ entryTypes: ['gc'] });
  const timer = setInterval(() => {
    const now = performance.now();
    const loop = performance.eventLoopUtilization();
    if (now - last - tick > NOTABLE_MS)
      stalls.push({ start: last, ms: now - last - tick, gcMs: 0, endUs: Number(process.hrtime.bigint() / 1000n) } as Stall);
    busyMs = Math.max(busyMs, loop.active - lastLoop.active);
    last = now;
    lastLoop = loop;
  }, tick);
  const t0 = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - t0;
    // The observer is told of collections after they end: one more turn of the loop for the last ones.
    await new Promise((resolve) => setTimeout(resolve, 50));
    for (const stall of stalls) {
      stall.gcMs = gcs.filter((g) => g.start >= stall.start && g.start < stall.start + stall.ms + tick).reduce((n, g) => n + g.ms, 0);
    }
    const longest = stalls.reduce<Stall>((a, b) => (b.ms > a.ms ? b : a), { start: 0, ms: 0, gcMs: 0, endUs: 0 });
    return {
      result,
      stalls,
      ms,
      stallMs: longest.ms,
      busyMs,
      gcMs: longest.gcMs,
      netStallMs: Math.max(0, ...stalls.map((s) => s.ms - s.gcMs)),
      longestGcMs: Math.max(0, ...gcs.map((g) => g.ms)),
      gcCounts: gcSummary(gcs),
    };
  } finally {
    clearInterval(timer);
    observer.disconnect();
  }
}

/** Where to write CPU profiles of the host with its stalls (`bench/stalls.mjs` reads them), if anywhere. */
const profileDir = process.env.NEWS_MARKUP_BENCH_PROFILE;

/** Runs `measure` under the inspector's CPU profiler when a profile is asked for, and writes it with the stalls. */
async function profiled<T extends { stalls: Stall[] }>(name: string, measure: () => Promise<T>): Promise<T> {
  if (!profileDir) return measure();
  const session = new inspector.Session();
  session.connect();
  const post = <R>(method: string, params?: object) =>
    new Promise<R>((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r as R))));
  try {
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 250 });
    await post('Profiler.start');
    const result = await measure();
    const { profile } = await post<{ profile: unknown }>('Profiler.stop');
    fs.mkdirSync(profileDir, { recursive: true });
    fs.writeFileSync(`${profileDir}/${name}.cpuprofile`, JSON.stringify(profile));
    fs.writeFileSync(`${profileDir}/${name}-stalls.json`, JSON.stringify(result.stalls));
    return result;
  } finally {
    session.disconnect();
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
      const cold = await profiled('cold', () => longestStall(() => a.corpus.ready()));
      const heapAfter = process.memoryUsage().heapUsed;
      const coldProgress = { ...a.corpus.progress };
      // Reopening: a fresh worker reads the cache from disk; nothing is analysed.
      const reopen = await profiled('reopen', () => longestStall(() => a.corpus.reindex()));
      const figures = {
        articles: a.corpus.index.size,
        coldMs: Math.round(cold.ms),
        coldStallMs: Math.round(cold.stallMs),
        coldBusyMs: Math.round(cold.busyMs),
        coldStallGcMs: Math.round(cold.gcMs),
        coldNetStallMs: Math.round(cold.netStallMs),
        coldLongestGcMs: Math.round(cold.longestGcMs),
        coldGc: cold.gcCounts,
        coldAnalysed: coldProgress.indexed - coldProgress.cached,
        reopenMs: Math.round(reopen.ms),
        reopenStallMs: Math.round(reopen.stallMs),
        reopenBusyMs: Math.round(reopen.busyMs),
        reopenStallGcMs: Math.round(reopen.gcMs),
        reopenNetStallMs: Math.round(reopen.netStallMs),
        reopenLongestGcMs: Math.round(reopen.longestGcMs),
        reopenGc: reopen.gcCounts,
        hostHeapMb: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
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
