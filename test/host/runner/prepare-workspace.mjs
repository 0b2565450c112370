#!/usr/bin/env node
// Copies test/fixtures/workspace/ to a scratch folder (default .vscode-test/workspace, gitignored)
// so host tests that write files never touch the fixtures. Used by .vscode/launch.json
// ("Extension Tests"); run.mjs and desktop.mjs make their own temp copies.
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './codeServer.mjs';

const target = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, '.vscode-test', 'workspace'));
const fixtures = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
fs.rmSync(target, { recursive: true, force: true });
if (fs.existsSync(fixtures)) fs.cpSync(fixtures, target, { recursive: true });
else fs.mkdirSync(target, { recursive: true });
console.log(`host test workspace: ${target}`);
