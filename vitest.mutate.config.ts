// The tests Stryker runs against each mutant (stryker.config.mjs): every suite that
// runs parllint in-process. Suites that spawn the built CLI (dist/bundle) are left
// out: mutants live in the sources, so those suites could never notice one, and
// counting them would only slow each run. test/helpers/cli.ts refuses to spawn under
// this config, so a new CLI suite must be listed here rather than run for nothing; in a
// suite whose other tests run in-process, such a test is written with itSpawnsCli.
// The scale suites are left out too: 2,000 drafts (or a duplicate search over 20,000
// posts) take longer than their timeout once instrumented; what they check on a few
// posts the engine and MinHash suites check.
import {configDefaults, defineConfig, mergeConfig} from 'vitest/config'
import base from './vitest.config.js'

const SPAWNS_CLI = [
  'test/cli.test.ts',
  'test/formats.test.ts',
  'test/html-report.test.ts',
  'test/pre-commit.test.ts',
  'test/bench.test.ts',
  'test/faults/cache.test.ts',
  'test/faults/checks.test.ts',
  'test/faults/file-system.test.ts',
  'test/faults/fix.test.ts',
  'test/faults/output.test.ts',
  'test/faults/setup.test.ts',
  'test/fuzz.test.ts',
  'test/learning.test.ts',
  'test/lsp.test.ts',
  'test/neovim.test.ts',
  'test/package.test.ts',
  'test/vscode-extension.test.ts'
]
const AT_SCALE = ['test/scale.test.ts', 'test/faults/duplicate-search.test.ts']

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...SPAWNS_CLI, ...AT_SCALE],
      env: {PARLLINT_IN_PROCESS_ONLY: '1'},
      // Instrumented code that counts coverage runs tens of times slower in hot loops: the
      // MinHash search over 5,000 posts takes 0.3 s as built and over 30 s in the initial run.
      testTimeout: 300_000
    }
  })
)
