// Issue 21, items 2 and 15: a file-system error on one path is reported for that path, in
// words, and every other draft is still linted (exit 2: the run could not do all it was asked).
import {chmodSync, mkdirSync, symlinkSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {itUnprivileged, openToAll, runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

const GOOD = 'We passed the school budget today. Thank you to every parent who wrote to us.\n'
const REPEATED = 'We will will fund the clinic.\n'

/** A tree whose folders are open to everyone and files readable by everyone, as in a shared repository. */
function sharedTree(files: Record<string, string>): string {
  const root = openToAll(makeTree(files))
  for (const folder of new Set(Object.keys(files).map((name) => path.dirname(path.join(root, name))))) chmodSync(folder, 0o777)
  return root
}

describe('item 2: a folder that cannot be read', () => {
  itUnprivileged('is reported for that folder, and the drafts around it are linted', () => {
    const root = sharedTree({'drafts/a.txt': REPEATED, 'drafts/private/b.txt': GOOD, 'drafts/z.txt': GOOD})
    chmodSync(path.join(root, 'drafts/private'), 0o000)
    const run = runCli(['drafts', '-f', 'compact'], {cwd: root, unprivileged: true})
    chmodSync(path.join(root, 'drafts/private'), 0o755)
    expect(run.stderr).toBe('')
    expect(run.stdout).toBe(
      [
        'drafts/a.txt: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)',
        'drafts/private: line 0, col 0, Error - Cannot read this folder (permission denied): the drafts in it were not linted.',
        '',
        '2 problems',
        ''
      ].join('\n')
    )
    expect(run.code).toBe(2)
  })

  itUnprivileged('is reported when a glob walks into it, too', () => {
    const root = sharedTree({'drafts/a.txt': GOOD, 'drafts/private/b.txt': GOOD})
    chmodSync(path.join(root, 'drafts/private'), 0o000)
    const run = runCli(['drafts/**/*.txt', '-f', 'compact'], {cwd: root, unprivileged: true})
    chmodSync(path.join(root, 'drafts/private'), 0o755)
    expect(run.stdout).toBe('drafts/private: line 0, col 0, Error - Cannot read this folder (permission denied): the drafts in it were not linted.\n\n1 problem\n')
    expect(run.code).toBe(2)
  })

  itUnprivileged('says why a path given on the command line cannot be reached, instead of calling it missing', () => {
    const root = sharedTree({'drafts/private/b.txt': GOOD, 'c.txt': GOOD})
    chmodSync(path.join(root, 'drafts/private'), 0o000)
    const run = runCli(['drafts/private/b.txt', 'c.txt', '-f', 'compact'], {cwd: root, unprivileged: true})
    chmodSync(path.join(root, 'drafts/private'), 0o755)
    expect(run.stdout).toBe('drafts/private/b.txt: line 0, col 0, Error - Cannot read this file or folder (permission denied).\n\n1 problem\n')
    expect(run.code).toBe(2)
  })

  it('reports a link to a draft that does not exist', () => {
    const root = makeTree({'drafts/a.txt': GOOD})
    symlinkSync(path.join(root, 'gone.txt'), path.join(root, 'drafts/b.txt'))
    const run = runCli(['drafts', '-f', 'compact'], {cwd: root})
    expect(run.stdout).toBe('drafts/b.txt: line 0, col 0, Error - Cannot read this file (it is a link to a file that does not exist).\n\n1 problem\n')
    expect(run.code).toBe(2)
  })
})

describe('item 15: file-system errors in words', () => {
  itUnprivileged('says a config file cannot be read because of its permissions, not EACCES', () => {
    const root = sharedTree({'drafts/a.txt': GOOD, 'drafts/.parllintrc.json': '{}'})
    chmodSync(path.join(root, 'drafts/.parllintrc.json'), 0o000)
    const run = runCli(['drafts'], {cwd: root, unprivileged: true})
    expect(run.stderr).toBe('parllint: Cannot read config drafts/.parllintrc.json (permission denied).\n')
    expect(run.code).toBe(2)
  })

  itUnprivileged('says an ignore file cannot be read, instead of linting what it would have ignored without a word', () => {
    const root = sharedTree({'a.txt': GOOD, '.parllintignore': 'archive/\n'})
    chmodSync(path.join(root, '.parllintignore'), 0o000)
    const run = runCli(['a.txt', '-f', 'compact'], {cwd: root, unprivileged: true})
    expect(run.stderr).toBe('parllint: Cannot read .parllintignore (permission denied); its patterns were not applied.\n')
    expect(run.code).toBe(2)
  })

  it('says the disk is full when the report cannot be written, not ENOSPC', () => {
    const root = makeTree({'a.txt': GOOD})
    const run = runCli(['a.txt', '-f', 'json', '-o', '/dev/full'], {cwd: root})
    expect(run.stderr).toBe('parllint: Cannot write the report to "/dev/full": the disk is full.\n')
    expect(run.code).toBe(2)
  })

  itUnprivileged('says permission denied when the report folder is not writable', () => {
    const root = openToAll(makeTree({'a.txt': GOOD}))
    mkdirSync(path.join(root, 'locked'), {mode: 0o555})
    chmodSync(path.join(root, 'locked'), 0o555)
    const run = runCli(['a.txt', '-o', 'locked/report.txt'], {cwd: root, unprivileged: true})
    expect(run.stderr).toBe('parllint: Cannot write the report to "locked/report.txt": permission denied.\n')
    expect(run.code).toBe(2)
  })

  itUnprivileged('says what --init could not do, in words', () => {
    const root = openToAll(makeTree({}))
    chmodSync(root, 0o555)
    const run = runCli(['--init'], {cwd: root, unprivileged: true})
    chmodSync(root, 0o777)
    expect(run.stderr).toBe('parllint: Cannot write .parllintrc.json (permission denied).\n')
    expect(run.code).toBe(2)
  })

  it('says the disk is full, not a raw code, when the cache cannot be saved', () => {
    const root = makeTree({'a.txt': GOOD})
    const run = runCli(['a.txt', '--cache', '--cache-location', '/dev/full/cache'], {cwd: root})
    expect(run.stderr).toBe('parllint: The cache was not saved (a part of the path is not a folder); the next run lints every draft again.\n')
    expect(run.code).toBe(2)
  })

  it('names every code parllint may meet in words', async () => {
    const {inWords} = await import('../../src/fs-errors.js')
    const codes = ['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENOENT', 'ENOTDIR', 'EISDIR', 'ELOOP', 'EMFILE', 'ENFILE', 'EIO', 'EBUSY', 'ENAMETOOLONG', 'EEXIST', 'EFBIG', 'EXDEV']
    for (const code of codes) expect(inWords(Object.assign(new Error(`${code}: x`), {code}))).not.toMatch(/E[A-Z]{3,}/u)
    expect(inWords(Object.assign(new Error('EROFS: read-only file system, open'), {code: 'EROFS'}))).toBe('the disk is read-only')
    expect(inWords(Object.assign(new Error('EWHATEVER: something odd happened, open /x'), {code: 'EWHATEVER'}))).toBe('something odd happened')
  })
})
