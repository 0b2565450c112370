#!/usr/bin/env node
// npm run eval: scores the CLI on the development data beside the project (../shared/eval) and
// prints the scorer's summary line for each set. Predictions are left in test-results/.
//   node scripts/eval.mjs [conll|polnear|gum] [--errors N]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = path.resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const errors = args.includes('--errors') ? args[args.indexOf('--errors') + 1] : null;
const sets = { conll: 'conll2003_dev.jsonl', polnear: 'polnear_dev.jsonl', gum: 'gum_news.jsonl' };
const wanted = args.filter((a) => a in sets);

if (!existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`eval: no scorer at ${evalDir} (the development data lives beside the project, in ../shared/eval)`);
  process.exit(2);
}
const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(path.join(root, 'test-results'), { recursive: true });

for (const name of wanted.length ? wanted : Object.keys(sets)) {
  const gold = path.join(evalDir, 'data', sets[name]);
  const pred = path.join(root, 'test-results', `${name}-pred.jsonl`);
  const input = openSync(gold, 'r'),
    output = openSync(pred, 'w');
  const t0 = Date.now();
  // The engine is scored, not a reader's corrections (a .news-markup.json in the current folder).
  const run = spawnSync(process.execPath, [path.join(root, 'dist', 'cli.js'), 'analyze', '--jsonl', '--no-corrections'], {
    stdio: [input, output, 'inherit'],
  });
  closeSync(input);
  closeSync(output);
  if (run.status !== 0) process.exit(run.status ?? 1);
  const score = spawnSync(process.execPath, [path.join(evalDir, 'score.mjs'), gold, pred, ...(errors ? ['--errors', errors] : [])], {
    encoding: 'utf8',
  });
  process.stdout.write(`${name} (${((Date.now() - t0) / 1000).toFixed(0)} s): ${score.stdout}`);
}
