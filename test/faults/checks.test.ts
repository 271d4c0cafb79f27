// Issue 21, items 9 to 13: checks that were silently not done. Item 10 (duplicates across
// pre-commit's parallel batches) is run with the real pre-commit in test/pre-commit.test.ts.
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parse} from 'yaml'
import {runCli} from '../helpers/cli.js'
import {makeTree} from '../helpers/tmp.js'

describe('item 9: a thread in a Markdown draft', () => {
  // 364 characters in all, each part under X's 280.
  const one = '1/3 We passed the budget today after a long debate in the chamber. It funds schools, clinics and roads across the county for two years.'
  const two = '2/2 Teachers get a raise of four percent starting in March. Rural clinics keep their night shifts, and bus routes stay open.'
  const three = '3/3 Thank you to every parent, nurse and driver who wrote to us. Your letters made the difference in the final vote.'
  const thread = (separator: string) => `---\nplatform: x\n---\n${one}\n${separator}\n${two}\n\n${separator}\n\n${three}\n`

  for (const [name, separator] of [
    ['--- right under a paragraph (a heading underline in Markdown)', '---'],
    ['*** (a rule in Markdown)', '***']
  ] as const) {
    it(`is split at ${name}: each part counted on its own, and wrong numbering found`, () => {
      const root = makeTree({'thread.md': thread(separator), '.parllintrc.json': JSON.stringify({rules: {'platform-limits': ['error', {threadSeparator: separator}]}})})
      const run = runCli(['thread.md', '-f', 'compact'], {cwd: root})
      expect(run.stdout).toBe('thread.md: line 6, col 1, Warning - This part is numbered “2/2”, but it is part 2 of 3. Write “2/3”. (platform-limits)\n\n1 problem\n')
      expect(run.code).toBe(0)
    })
  }

  it('is fixed like a text draft', () => {
    const root = makeTree({'thread.md': thread('---')})
    expect(runCli(['thread.md', '--fix'], {cwd: root})).toMatchObject({code: 0, stdout: ''})
  })
})

describe('item 10: the pre-commit hook', () => {
  it('asks pre-commit for one run on all the drafts of a commit, so repeats across its batches are found', () => {
    const hooks = parse(readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as {id: string; require_serial?: boolean}[]
    expect(hooks.map((hook) => [hook.id, hook.require_serial])).toEqual([['parllint', true]])
  })
})

describe('item 11: the history folder of a nested config', () => {
  it('is read when parllint runs from the repository root, one folder per member', () => {
    const post = 'We met the nurses of the county hospital today to talk about pay and safe staffing levels.'
    const root = makeTree({
      'members/ana/.parllintrc.json': JSON.stringify({history: 'published'}),
      'members/ana/published/nurses.txt': `---\ndate: 2026-01-10\n---\n${post}\n`,
      'members/ana/drafts/nurses.txt': `${post}\n`,
      'members/ben/drafts/other.txt': 'We will hold a town hall on the new bus routes next Tuesday evening at the library.\n'
    })
    const expected =
      'members/ana/drafts/nurses.txt: line 1, col 1, Warning - This post is the same as a post already published (members/ana/published/nurses.txt, published 2026-01-10). Say something new, or share the earlier post instead. (redundancy)\n\n1 problem\n'
    expect(runCli(['members/*/drafts', '-f', 'compact'], {cwd: root}).stdout).toBe(expected)
    expect(runCli(['members', '-f', 'compact', '--ignore-pattern', 'published'], {cwd: root}).stdout).toBe(expected)
  })
})

describe('item 12: --max-warnings 0 and a draft an ignore rule matches', () => {
  it('does not fail the commit on the "File ignored" notice, which the README says never fails', () => {
    const root = makeTree({'.parllintignore': 'archive/\n', 'archive/old.txt': 'We will will fund it.\n', 'new.txt': 'We passed the school budget today.\n'})
    const run = runCli(['--max-warnings', '0', '-f', 'compact', 'archive/old.txt', 'new.txt'], {cwd: root})
    expect(run).toEqual({
      code: 0,
      stdout: 'archive/old.txt: line 0, col 0, Warning - File ignored because of a matching ignore pattern. Use "--no-ignore" to lint it anyway.\n\n1 problem\n',
      stderr: ''
    })
  })

  it('still fails on a real warning', () => {
    const root = makeTree({'a.txt': 'We will will fund it.\n'})
    expect(runCli(['--max-warnings', '0', 'a.txt'], {cwd: root}).code).toBe(1)
  })
})

describe('item 13: --print-config and --stdin-filename', () => {
  it('--print-config shows the config that applies to the draft, front matter included', () => {
    const root = makeTree({'a.txt': '---\nplatform: bluesky\nlang: es\ndisable: [plain-language]\n---\nHola.\n', '.parllintrc.json': '{"platform": "x"}'})
    const config = JSON.parse(runCli(['--print-config', 'a.txt'], {cwd: root}).stdout)
    expect([config.lang, config.platform, config.rules['plain-language']]).toEqual(['es', 'bluesky', ['off', {passive: false, shouting: true, accept: []}]])
  })

  it('--stdin-filename without --stdin is refused instead of linting the current folder', () => {
    const root = makeTree({'a.txt': 'We will will fund it.\n'})
    expect(runCli(['--stdin-filename', 'draft.txt'], {cwd: root})).toEqual({
      code: 2,
      stdout: '',
      stderr: 'parllint: --stdin-filename names the draft read with --stdin: add --stdin, or give the draft’s path instead.\n'
    })
  })
})
