// Mocha entry the VS Code extension host calls (`extensionTestsPath` -> out/test/host/index.js).
// The same bundle runs under code-server (test/host/runner/run.mjs) and desktop VS Code
// (test/host/desktop.mjs). Suites use the TDD UI: suite / test / suiteSetup / setup / teardown.
//
// Environment (inherited from the runner through code-server):
//   HOST_TEST_GREP       only run tests whose full title matches this regular expression
//   HOST_TEST_TIMEOUT_MS per-test timeout (default 30000)
import Mocha = require('mocha');
import suites = require('host-test-suites');

export function run(): Promise<void> {
  const mocha = new Mocha({
    ui: 'tdd',
    reporter: 'spec',
    color: false,
    timeout: Number(process.env.HOST_TEST_TIMEOUT_MS) || 30_000,
    slow: 2_000,
  });
  if (process.env.HOST_TEST_GREP) mocha.grep(new RegExp(process.env.HOST_TEST_GREP));

  // Bundled suites are not files mocha can require: set up the UI globals, then evaluate each
  // suite module so its top-level suite()/test() calls register on mocha's root suite.
  const context = globalThis as unknown as Mocha.MochaGlobals;
  for (const { file, load } of suites) {
    mocha.suite.emit('pre-require', context, file, mocha);
    load();
    mocha.suite.emit('require', undefined, file, mocha);
    mocha.suite.emit('post-require', context, file, mocha);
  }
  console.log(`host tests: ${suites.length} suite file(s): ${suites.map((s) => s.file.replace(/^test\/host\/suite\//, '')).join(', ')}`);

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = runner.stats?.failures ?? failures;
        // CI reads this line; keep it alone on its line.
        console.log(`${passed} passed, ${failed} failed`);
        if (failures > 0 || passed === 0) {
          reject(new Error(failures > 0 ? `${failures} host test(s) failed` : 'no host tests ran'));
        } else {
          resolve();
        }
      });
    } catch (err) {
      console.error(err);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
