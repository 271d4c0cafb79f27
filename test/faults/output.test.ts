// Issue 21, items 14 and 15: what the reports say is right, and readable by press staff.
import {writeFileSync} from 'node:fs'
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
