// Bundles the engine into the CLI (and, once present, the extension) with esbuild.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

const production = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node18', sourcemap: !production, minify: production, logLevel: 'warning' };

await build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
if (existsSync('src/extension/extension.ts')) {
  await build({ ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', format: 'cjs', external: ['vscode'] });
}
