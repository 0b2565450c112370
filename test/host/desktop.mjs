#!/usr/bin/env node
// Runs the same host tests (out/test/host/index.js) in desktop VS Code through @vscode/test-electron.
// It downloads VS Code from Microsoft's update server (or uses VSCODE_EXECUTABLE_PATH), so it
// works on a developer machine with internet, not on the offline CI machine (use `npm run test:host`
// there). `npm run test:desktop` builds first.
//
// Environment: VSCODE_VERSION (default 1.100.3, the engines.vscode floor), VSCODE_EXECUTABLE_PATH,
// HOST_TEST_GREP. Nobody takes screenshots here: test/host/screenshot.ts returns at once.
import { runTests } from '@vscode/test-electron';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionTestsPath = path.join(root, 'out', 'test', 'host', 'index.js');
if (!fs.existsSync(extensionTestsPath)) {
  console.error(`${extensionTestsPath} is missing: run \`npm run build\` first`);
  process.exit(2);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-markup-desktop-'));
const workspace = path.join(scratch, 'workspace');
const fixtures = path.join(root, 'test', 'fixtures', 'workspace');
if (fs.existsSync(fixtures)) fs.cpSync(fixtures, workspace, { recursive: true });
else fs.mkdirSync(workspace);

try {
  const code = await runTests({
    version: process.env.VSCODE_VERSION || '1.100.3',
    vscodeExecutablePath: process.env.VSCODE_EXECUTABLE_PATH || undefined,
    extensionDevelopmentPath: root,
    extensionTestsPath,
    launchArgs: [
      workspace,
      '--disable-extensions',
      '--disable-workspace-trust',
      '--skip-welcome',
      '--skip-release-notes',
      `--user-data-dir=${path.join(scratch, 'user-data')}`,
    ],
    extensionTestsEnv: { NEWS_MARKUP_HOST_TEST: '1' },
  });
  fs.rmSync(scratch, { recursive: true, force: true });
  process.exit(code);
} catch (err) {
  const message = err instanceof Error ? err.message : String(err);
  console.error(`desktop host tests failed: ${message}`);
  if (/ENOTFOUND|ECONNREFUSED|ETIMEDOUT/.test(message)) {
    console.error('(VS Code could not be downloaded: set VSCODE_EXECUTABLE_PATH, or run `npm run test:host` to use code-server)');
  }
  console.error(`(scratch folder kept: ${scratch})`);
  process.exit(1);
}
