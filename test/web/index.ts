// Mocha entry the web extension host calls (`extensionTestsPath` -> out/test/web/index.js), bundled
// for the browser by scripts/build.mjs: mocha's browser build, and the host suites that apply in the
// web (those that need no Node API) plus the web's own suite (test/web/suite/).
// Run by test/web/run.mjs in @vscode/test-web (a VS Code web build in headless Chromium).
import 'mocha/mocha.js';

/* eslint-disable @typescript-eslint/no-require-imports -- a suite's top-level suite()/test() calls must run after mocha.setup */
/** The suites, loaded after mocha's globals exist; listed by hand: a host suite joins once it runs here. */
const SUITES: [string, () => unknown][] = [
  ['web/suite/web.test.ts', () => require('./suite/web.test')],
  ['web/suite/corpus.test.ts', () => require('./suite/corpus.test')],
  ['host/suite/articleMode.test.ts', () => require('../host/suite/articleMode.test')],
  ['host/suite/decorations.test.ts', () => require('../host/suite/decorations.test')],
  ['host/suite/editorFeatures.test.ts', () => require('../host/suite/editorFeatures.test')],
  ['host/suite/sidebar.test.ts', () => require('../host/suite/sidebar.test')],
  ['host/suite/exportMarkup.test.ts', () => require('../host/suite/exportMarkup.test')],
  ['host/suite/editing.test.ts', () => require('../host/suite/editing.test')],
  ['host/suite/firstDecorations.test.ts', () => require('../host/suite/firstDecorations.test')],
  ['host/suite/corpusReport.test.ts', () => require('../host/suite/corpusReport.test')],
];
/* eslint-enable @typescript-eslint/no-require-imports */

export function run(): Promise<void> {
  const browserMocha = (globalThis as unknown as { mocha: BrowserMocha }).mocha;
  browserMocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30_000, slow: 2_000 });
  // The web host has no environment of its own: WEB_TEST_GREP is put in the bundle by scripts/build.mjs.
  if (WEB_TEST_GREP) browserMocha.grep(new RegExp(WEB_TEST_GREP));
  for (const [, load] of SUITES) load();
  console.log(`web tests: ${SUITES.length} suite file(s): ${SUITES.map(([file]) => file).join(', ')}`);
  return new Promise((resolve, reject) => {
    const runner = browserMocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      // test/web/run.mjs and CI read this line; keep it alone on its line.
      console.log(`${passed} passed, ${failures} failed`);
      if (failures > 0 || passed === 0) reject(new Error(failures > 0 ? `${failures} web test(s) failed` : 'no web tests ran'));
      else resolve();
    });
  });
}

declare const WEB_TEST_GREP: string;

interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  grep(re: RegExp): void;
  run(done: (failures: number) => void): { stats?: { passes: number } };
}
