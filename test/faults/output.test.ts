// Issue 21, items 14 and 15: what the reports say is right, and readable by press staff.
import {readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

describe('item 14: --quiet -f html', () => {
  it('highlights the words of each error, not "undefined"', () => {
    const root = makeTree({'a.txt': 'The senator is a bitch. We will will vote.\n'})
    const run = runCli(['a.txt', '--quiet', '-f', 'html'], {cwd: root})
    expect(run.stdout).toContain('<div class="post">The senator is a <mark class="error" data-problem="1">bitch</mark>. We will will vote.</div>')
    expect(run.stdout).not.toContain('undefined')
  })
})

describe('item 14: lone CR line breaks', () => {
  it('name the right line in "repeats the one on line N", in the message and the position alike', () => {
    const root = makeTree({})
    writeFileSync(path.join(root, 'a.txt'), 'Intro.\rWe will fund the new clinic today.\rWe will fund the new clinic today.\r')
    expect(runCli(['a.txt', '-f', 'compact'], {cwd: root}).stdout).toBe(
      'a.txt: line 3, col 1, Warning - This sentence repeats the one on line 2. Say it once. (redundancy)\n\n1 problem\n'
    )
  })

  it('put the html highlight on the right words', () => {
    const root = makeTree({})
    writeFileSync(path.join(root, 'a.txt'), 'Intro.\rThe senator is a bitch.\r')
    expect(runCli(['a.txt', '-f', 'html'], {cwd: root}).stdout).toContain('The senator is a <mark class="error" data-problem="1">bitch</mark>.')
  })
})

describe('item 15: a UTF-16 draft (Windows Notepad’s “Unicode”)', () => {
  const REPEATED = 'We will will fund the new clinic.\r\n'
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16()

  it('is read when a byte order mark says what it is, and fixed in the same encoding', () => {
    const root = makeTree({})
    writeFileSync(path.join(root, 'le.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(REPEATED, 'utf16le')]))
    writeFileSync(path.join(root, 'be.txt'), Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(REPEATED)]))
    expect(runCli(['.', '-f', 'compact'], {cwd: root}).stdout).toBe(
      [
        'be.txt: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)',
        'le.txt: line 1, col 9, Warning - “will” is written twice in a row. Remove one. (redundancy)',
        '',
        '2 problems',
        ''
      ].join('\n')
    )
    expect(runCli(['.', '--fix'], {cwd: root}).code).toBe(0)
    expect(readFileSync(path.join(root, 'le.txt'))).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('We will fund the new clinic.\r\n', 'utf16le')]))
    expect(readFileSync(path.join(root, 'be.txt'))).toEqual(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be('We will fund the new clinic.\r\n')]))
  })

  it('is named for what it is without one, with how to save it as UTF-8, not called binary', () => {
    const root = makeTree({})
    writeFileSync(path.join(root, 'a.txt'), Buffer.from(REPEATED, 'utf16le'))
    expect(runCli(['a.txt', '-f', 'compact'], {cwd: root})).toEqual({
      code: 2,
      stdout:
        'a.txt: line 0, col 0, Error - This file is UTF-16 text (what Windows Notepad calls “Unicode”), not UTF-8. Save it as UTF-8 (in Notepad: File, Save as, Encoding: UTF-8) and run parllint again.\n\n1 problem\n',
      stderr: ''
    })
  })
})

describe('item 15: the html report for press staff', () => {
  const page = (files: Record<string, string>) => {
    const root = makeTree(files)
    return runCli(['.', '-f', 'html'], {cwd: root}).stdout
  }

  it('counts in words that agree with the number', () => {
    expect(page({'a.txt': 'The senator is a bitch.\n'})).toContain('<h1>parllint: 1 error, 0 warnings</h1>')
    expect(page({'a.txt': 'The senator is a bitch.\n', 'b.txt': 'We will will vote. The senator is a bitch.\n'})).toContain('<h1>parllint: 2 errors, 1 warning</h1>')
  })

  it('shows a length gauge for each part of a thread', () => {
    const html = page({'a.txt': `---\nplatform: x\n---\n1/2 ${'We passed the budget. '.repeat(6)}\n---\n2/2 ${'Thank you all. '.repeat(3)}\n`})
    expect(html.match(/<p class="length">[^<]*<\/p>/gu)).toEqual([
      '<p class="length">Part 1 of 2: 135/280 weighted characters on X</p>',
      '<p class="length">Part 2 of 2: 48/280 weighted characters on X</p>'
    ])
  })

  it('names rules as people say them, with what each checks', () => {
    const html = page({'a.txt': 'The senator is a bitch.\n'})
    expect(html).toContain('<tr><td>Gendered abuse</td><td>Posts never carry gendered abuse: slurs, contempt for women, sexualised or appearance remarks, sexist stereotypes, belittling address, threats.</td><td>1</td></tr>')
    expect(html).toContain('<div class="rule">Error · Gendered abuse · line 1</div>')
  })
})
