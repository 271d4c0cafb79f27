// Issue 21, item 16: the README's set-up stays true for a press office. Its quick start is
// run as written in a fresh clone (the first command must be as fast as the tool: no npx
// install of the clone); parllint installs from a tarball into an office's own repository;
// --init writes a $schema path that exists for the parllint that wrote it.
import {execFileSync, spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

const project = fileURLToPath(new URL('../..', import.meta.url))
const readme = readFileSync(path.join(project, 'README.md'), 'utf8')
const inGit = spawnSync('git', ['rev-parse', '--git-dir'], {cwd: project}).status === 0
if (!inGit) console.warn('Not a git checkout: the fresh-clone test of the README is skipped, not passed.')

/** The shell commands of the README's first two ```sh blocks: the quick start. */
const quickStart = [...readme.matchAll(/```sh\n([^`]*)```/gu)].slice(0, 2).map((match) => match[1]!.trim())

// npm reads packages from its cache when it can, so the clone installs as CI's checkout did.
const env = {...process.env, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', CI: 'true'}
const sh = (command: string, cwd: string) => spawnSync('sh', ['-c', command], {cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024})

describe('item 16: the README’s set-up', () => {
  it('gives the two commands of the quick start, the first running parllint itself, not npx', () => {
    expect(quickStart).toEqual(['npm ci && node bin/parllint.js fixtures/examples/draft.txt', 'npm test'])
  })

  it.skipIf(!inGit)('runs its quick start as written in a fresh clone, then installs parllint from a tarball into an office repository', {timeout: 900_000}, () => {
    const clone = mkdtempSync(path.join(tmpdir(), 'parllint-clone-'))
    execFileSync('git', ['clone', '-q', project, clone])
    const first = sh(quickStart[0]!, clone)
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toContain('fixtures/examples/draft.txt\n  5:30  warning  “utilize” is not plain language: write “use” instead')

    // The README's tarball route: npm pack in the clone, npm install in the office's repository.
    const pack = sh('npm pack --silent', clone)
    expect(pack.status, pack.stderr).toBe(0)
    const tarball = path.join(clone, pack.stdout.trim().split('\n').pop()!)
    const office = mkdtempSync(path.join(tmpdir(), 'parllint-office-'))
    writeFileSync(path.join(office, 'package.json'), '{"name": "press-office", "private": true}\n')
    writeFileSync(path.join(office, 'draft.txt'), 'We will will fund the new clinic.\n')
    const install = sh(`npm install --save-dev ${tarball}`, office)
    expect(install.status, install.stderr).toBe(0)
    const lint = sh('npx parllint draft.txt -f compact', office)
    expect(lint.stdout).toBe('draft.txt: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)\n\n1 problem\n')
    const init = sh('npx parllint --init', office)
    expect(init.status, init.stderr).toBe(0)
    const schema = JSON.parse(readFileSync(path.join(office, '.parllintrc.json'), 'utf8')).$schema
    expect(schema).toBe('./node_modules/parllint/schema/parllintrc.schema.json')
    expect(existsSync(path.join(office, schema))).toBe(true)
    expect(readdirSync(path.join(office, 'node_modules', 'parllint')).sort()).toEqual(['README.md', 'bin', 'dist', 'docs', 'package.json', 'rules', 'schema'])
  })
})

describe('item 16: --init', () => {
  it('writes a $schema path that exists, when parllint runs from a clone outside the project', () => {
    const root = makeTree({})
    expect(runCli(['--init'], {cwd: root}).code).toBe(0)
    const schema = JSON.parse(readFileSync(path.join(root, '.parllintrc.json'), 'utf8')).$schema as string
    expect(existsSync(path.resolve(root, schema))).toBe(true)
    expect(path.resolve(root, schema)).toBe(path.join(project, 'schema', 'parllintrc.schema.json'))
  })
})
