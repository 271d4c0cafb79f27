// Issue 21, items 5 to 8: --fix edits only the characters a fix names, through the real
// file behind a link, keeping its mode, owner, byte order mark and line ends; it refuses a
// draft the user may not write; it repeats passes until nothing is left to fix.
import {chmodSync, chownSync, lstatSync, mkdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {canRunUnprivileged, isRoot, openToAll, runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

const fix = (root: string, ...args: string[]) => runCli(['--fix', '-f', 'compact', ...args], {cwd: root})
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8')

describe('item 5: a fix never deletes what stands between two repeats', () => {
  it('keeps an editor’s note between a repeated word', () => {
    const root = makeTree({'a.txt': 'We will <!-- editor: check the date --> will fund the new clinic.\n'})
    expect(fix(root, 'a.txt')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(read(root, 'a.txt')).toBe('We will <!-- editor: check the date --> fund the new clinic.\n')
  })

  it('keeps a directive between a repeated hashtag, so what it silenced stays silent', () => {
    const root = makeTree({'a.txt': 'Vote #Budget2026 <!-- parllint-disable-line plain-language --> #Budget2026 and we will utilize it.\n'})
    expect(fix(root, 'a.txt', '--rule', 'plain-language:warn')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(read(root, 'a.txt')).toBe('Vote #Budget2026 <!-- parllint-disable-line plain-language --> and we will utilize it.\n')
  })

  it('leaves a fix undone rather than replace a comment inside it, and still reports the problem', () => {
    const root = makeTree({'a.txt': 'We will show the end <!-- check with Ana --> result of the vote to every family.\n'})
    expect(fix(root, 'a.txt')).toEqual({
      code: 0,
      stdout: `a.txt: line 1, col 18, Warning - “end${' '.repeat(25)}result” is redundant (a result is the end). Write “result”. (redundancy)\n\n1 problem\n`,
      stderr: ''
    })
    expect(read(root, 'a.txt')).toBe('We will show the end <!-- check with Ana --> result of the vote to every family.\n')
  })
})

describe('item 6: --fix writes the draft the user sees, as it was, or not at all', () => {
  const REPEATED = 'We will will fund the new clinic.\n'
  const FIXED = 'We will fund the new clinic.\n'

  it('refuses a read-only draft and leaves it as it was', () => {
    const root = makeTree({'a.txt': REPEATED, 'b.txt': REPEATED})
    chmodSync(path.join(root, 'a.txt'), 0o444)
    const run = fix(root, '.')
    expect(run.stdout).toBe(
      'a.txt: line 0, col 0, Error - This draft is read-only, so its fixes were not written and it is unchanged. Make it writable and run parllint --fix again.\na.txt: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)\n\n2 problems\n'
    )
    expect(run.code).toBe(2)
    expect(read(root, 'a.txt')).toBe(REPEATED)
    expect(statSync(path.join(root, 'a.txt')).mode & 0o777).toBe(0o444)
    expect(read(root, 'b.txt')).toBe(FIXED)
  })

  it.skipIf(!isRoot || !canRunUnprivileged())('refuses a draft the user may not write, even in a folder where they may create files (run as nobody)', () => {
    const root = openToAll(makeTree({'a.txt': REPEATED}))
    chmodSync(path.join(root, 'a.txt'), 0o644)
    const run = runCli(['--fix', '-f', 'compact', 'a.txt'], {cwd: root, unprivileged: true})
    expect(run.stdout.split('\n')[0]).toBe('a.txt: line 0, col 0, Error - You may not write this draft (permission denied), so its fixes were not written and it is unchanged.')
    expect(run.code).toBe(2)
    expect(read(root, 'a.txt')).toBe(REPEATED)
    expect(statSync(path.join(root, 'a.txt')).uid).toBe(0)
  })

  it('fixes the real draft behind a link and keeps the link', () => {
    const root = makeTree({'real/a.txt': REPEATED})
    mkdirSync(path.join(root, 'drafts'))
    symlinkSync('../real/a.txt', path.join(root, 'drafts/a.txt'))
    expect(fix(root, 'drafts/a.txt')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(lstatSync(path.join(root, 'drafts/a.txt')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(root, 'drafts/a.txt'))).toBe('../real/a.txt')
    expect(read(root, 'real/a.txt')).toBe(FIXED)
  })

  it('keeps the byte order mark, the CRLF line ends and the mode', () => {
    const root = makeTree({})
    const file = path.join(root, 'a.txt')
    writeFileSync(file, `\uFEFFFirst line.\r\n${REPEATED.replace('\n', '\r\n')}Last line.\r\n`)
    chmodSync(file, 0o664)
    expect(fix(root, 'a.txt')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(readFileSync(file).toString('utf8')).toBe(`\uFEFFFirst line.\r\n${FIXED.replace('\n', '\r\n')}Last line.\r\n`)
    expect(statSync(file).mode & 0o777).toBe(0o664)
  })

  it.skipIf(!isRoot)('keeps the draft’s owner (run as root, which can give a file to another user)', () => {
    const root = makeTree({'a.txt': REPEATED})
    const file = path.join(root, 'a.txt')
    chownSync(file, 1234, 5678)
    expect(fix(root, 'a.txt')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(read(root, 'a.txt')).toBe(FIXED)
    expect([statSync(file).uid, statSync(file).gid]).toEqual([1234, 5678])
  })
})

describe('item 7: --fix and --fix-dry-run together', () => {
  it('is refused before anything is written', () => {
    const root = makeTree({'a.txt': 'We will will fund the new clinic.\n'})
    expect(runCli(['--fix', '--fix-dry-run', 'a.txt'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: Give either --fix (write the fixes) or --fix-dry-run (only show them), not both.\n'
    })
    expect(read(root, 'a.txt')).toBe('We will will fund the new clinic.\n')
  })
})

describe('item 8: fixes are applied until nothing is left to fix', () => {
  it('fixes what the first pass of fixes made', () => {
    const root = makeTree({'a.txt': 'We will share the result end result of the vote today with every family.\n'})
    expect(fix(root, 'a.txt')).toEqual({code: 0, stdout: '', stderr: ''})
    expect(read(root, 'a.txt')).toBe('We will share the result of the vote today with every family.\n')
  })

  it('shows the same result with --fix-dry-run, and writes nothing', () => {
    const root = makeTree({'a.txt': 'We will share the result end result of the vote today with every family.\n'})
    const run = runCli(['--fix-dry-run', '-f', 'json', 'a.txt'], {cwd: root})
    expect(JSON.parse(run.stdout)[0].output).toBe('We will share the result of the vote today with every family.\n')
    expect(read(root, 'a.txt')).toBe('We will share the result end result of the vote today with every family.\n')
  })
})
