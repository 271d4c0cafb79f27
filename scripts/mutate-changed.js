// Mutation testing for a change: mutates only the files under rules/ and src/engine
// that differ from a base (default: main), so a fresh clone need not run every mutant.
// Usage: npm run mutate:changed [-- <base>] (Stryker's own flags go after a second --,
// e.g. npm run mutate:changed -- main -- --incremental).
import {spawnSync} from 'node:child_process'

const args = process.argv.slice(2)
const split = args.indexOf('--')
// In a fresh clone main exists only as origin/main.
const exists = (ref) => spawnSync('git', ['rev-parse', '--verify', '--quiet', ref], {stdio: 'ignore'}).status === 0
const [base = exists('main') ? 'main' : 'origin/main'] = split === -1 ? args : args.slice(0, split)
const extra = split === -1 ? [] : args.slice(split + 1)

const diff = spawnSync('git', ['diff', '--name-only', '--diff-filter=d', `${base}...HEAD`, '--', 'rules', 'src/engine'], {encoding: 'utf8'})
if (diff.status !== 0) {
  console.error(`parllint: cannot compare with "${base}": ${diff.stderr.trim()}`)
  process.exit(2)
}
// Uncommitted changes count too.
const local = spawnSync('git', ['diff', '--name-only', '--diff-filter=d', 'HEAD', '--', 'rules', 'src/engine'], {encoding: 'utf8'})
const files = [...new Set(`${diff.stdout}\n${local.stdout}`.split('\n'))].filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
if (files.length === 0) {
  console.log(`No file under rules/ or src/engine differs from ${base}: nothing to mutate.`)
  process.exit(0)
}
console.log(`Mutating ${files.length} file(s) changed since ${base}: ${files.join(', ')}`)
const run = spawnSync('npx', ['stryker', 'run', '--mutate', files.join(','), ...extra], {stdio: 'inherit'})
process.exit(run.status ?? 1)
