// What held the extension host's thread in its longest stalls: reads a CPU profile and the stalls the
// corpus bench wrote with it (NEWS_MARKUP_BENCH_PROFILE=DIR npm run bench -- --only corpus), and
// prints, for each of the longest stalls, the functions the profiler sampled in it (self and total).
//   node bench/stalls.mjs DIR/cold [how many stalls, default 3]
import { readFileSync } from 'node:fs';

const [base, count = '3'] = process.argv.slice(2);
if (!base) {
  console.error('usage: node bench/stalls.mjs DIR/cold|DIR/reopen [count]');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(`${base}.cpuprofile`, 'utf8'));
const stalls = JSON.parse(readFileSync(`${base}-stalls.json`, 'utf8'));

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map(profile.nodes.flatMap((n) => (n.children ?? []).map((c) => [c, n.id])));
const nameOf = (id) => {
  const { functionName, url, lineNumber } = nodes.get(id).callFrame;
  return `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
};
// Each sample's time on the profiler's clock (µs), which is the monotonic clock the stalls' ends are on.
const times = [];
let t = profile.startTime;
for (const delta of profile.timeDeltas) times.push((t += delta));

const top = (counter, n) =>
  [...counter]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, us]) => `    ${(us / 1000).toFixed(1).padStart(6)} ms  ${name}`)
    .join('\n');

for (const stall of [...stalls].sort((a, b) => b.ms - a.ms).slice(0, Number(count))) {
  const from = stall.endUs - (stall.ms + 5) * 1000;
  const self = new Map();
  const total = new Map();
  for (let k = 0; k < profile.samples.length - 1; k++) {
    if (times[k] < from || times[k] > stall.endUs) continue;
    const weight = times[k + 1] - times[k];
    const id = profile.samples[k];
    self.set(nameOf(id), (self.get(nameOf(id)) ?? 0) + weight);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(at);
      if (!seen.has(name)) total.set(name, (total.get(name) ?? 0) + weight);
      seen.add(name);
    }
  }
  console.log(`stall of ${stall.ms.toFixed(0)} ms (${stall.gcMs.toFixed(0)} ms of it in the collector)`);
  console.log(`  self:\n${top(self, 8)}\n  total:\n${top(total, 16)}`);
}
