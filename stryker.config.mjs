// Mutation testing (npm run mutate): Stryker changes rules/ and src/engine one
// mutant at a time and runs the in-process tests that reach the change; a mutant
// no test notices is a behaviour the suite does not pin. Too slow for CI: see the
// README's Development section for run times and the incremental mode.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // texts.ts files are tables of parllint's own texts in four locales: data, like the
  // lexicons, checked by test/texts.test.ts (every locale there, the same placeholders),
  // not logic a mutant could reveal untested.
  mutate: ['rules/**/*.ts', 'src/engine/**/*.ts', '!**/*.d.ts', '!**/texts.ts'],
  testRunner: 'vitest',
  // Only tests that run parllint in this process: a test that spawns the built CLI
  // runs dist/bundle, which no mutant ever reaches (see vitest.mutate.config.ts).
  vitest: {configFile: 'vitest.mutate.config.ts'},
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // The machine has 2 cores, shared.
  concurrency: 2,
  timeoutMS: 20_000,
  ignorePatterns: ['dist', 'bench', 'coverage', 'test-artifacts'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: {fileName: 'reports/mutation/index.html'},
  jsonReporter: {fileName: 'reports/mutation/mutation.json'},
  incrementalFile: 'reports/stryker-incremental.json',
  thresholds: {high: 80, low: 75, break: null}
}
