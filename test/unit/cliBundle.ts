/**
 * The CLI as users run it: bundled by esbuild, once per test run, into a temp folder (so the tests
 * need no prior build and never run a stale dist/).
 */
import { buildSync } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const repoRoot = join(__dirname, '..', '..');
let bundle: string | undefined;

export function cliBundle(): string {
  if (bundle) return bundle;
  const out = join(mkdtempSync(join(tmpdir(), 'news-markup-cli-bundle-')), 'cli.js');
  buildSync({ entryPoints: [join(repoRoot, 'src', 'cli', 'main.ts')], bundle: true, platform: 'node', outfile: out, logLevel: 'error' });
  return (bundle = out);
}
