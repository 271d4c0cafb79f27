// The hook as press offices use it: the real pre-commit (Debian's package) installs
// parllint from this repository with npm and runs it on a throwaway repository.
import {execFileSync, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const project = fileURLToPath(new URL('..', import.meta.url))
const hasPreCommit = spawnSync('pre-commit', ['--version']).status === 0
if (!hasPreCommit) console.warn('pre-commit is not installed (apt-get install pre-commit): the hook test is skipped, not passed.')

describe.skipIf(!hasPreCommit)('pre-commit hook', () => {
  it('passes a good draft and fails a bad one', {timeout: 600_000}, () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'parllint-precommit-'))
    const git = (...args: string[]) => execFileSync('git', args, {cwd: repo, stdio: 'pipe'})
    git('init', '-q')
    git('config', 'user.email', 'press@example.org')
    git('config', 'user.name', 'Press Office')
    writeFileSync(path.join(repo, 'good.txt'), 'We passed the school budget today. Thank you to every parent who wrote to us.\n')
    writeFileSync(path.join(repo, 'bad.txt'), 'The senator is a bitch.\n')
    git('add', '.')
    const env = {...process.env, PRE_COMMIT_HOME: path.join(repo, '.pre-commit-home'), CI: 'true'}
    const tryRepo = (file: string) => spawnSync('pre-commit', ['try-repo', project, 'parllint', '--files', file], {cwd: repo, env, encoding: 'utf8'})
    const good = tryRepo('good.txt')
    expect(good.status, good.stdout + good.stderr).toBe(0)
    const bad = tryRepo('bad.txt')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain('“bitch” is a gendered slur')
  })
})
