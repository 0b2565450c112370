// The virtual module scripts/build.mjs generates: one entry per test/host/suite/**/*.test.ts.
declare module 'host-test-suites' {
  const suites: ReadonlyArray<{ readonly file: string; readonly load: () => unknown }>;
  export = suites;
}
