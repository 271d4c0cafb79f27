// The edits behind the server's code actions, on the text as offsets.
import {describe, expect, it} from 'vitest'
import {createLinter} from '../src/linter.js'
import {parseFrontMatter} from '../src/post/front-matter.js'
import {disableInFrontMatterEdit, disableLineEdit, disablePostEdit, wholeEdit, type Edit} from '../src/lsp/edits.js'
import {makeTree} from './helpers/tmp.js'

const apply = (text: string, edit: Edit | undefined) => (edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text)
const bodyStart = async (text: string) => (await parseFrontMatter(text, {platforms: [], ruleIds: []})).end

describe('disable comments', () => {
  it('go above the line, indented as it is, with the draft\'s line breaks', () => {
    const text = 'Intro.\r\n  We will will vote.\r\n'
    expect(apply(text, disableLineEdit(text, 2, 'redundancy'))).toBe('Intro.\r\n  <!-- parllint-disable-next-line redundancy -->\r\n  We will will vote.\r\n')
  })

  it('add the rule to a comment already there, and leave one that lists it', () => {
    const text = '<!-- parllint-disable-next-line plain-language, language -- a quote -->\nWe will will vote.\n'
    const added = apply(text, disableLineEdit(text, 2, 'redundancy'))
    expect(added).toBe('<!-- parllint-disable-next-line plain-language, language, redundancy -- a quote -->\nWe will will vote.\n')
    expect(disableLineEdit(added, 2, 'redundancy')).toBeUndefined()
  })

  it('for the post go after the front matter, or into the comment at its top', async () => {
    const text = '---\nplatform: x\n---\nWe will will vote.\n'
    const once = apply(text, disablePostEdit(text, await bodyStart(text), 'redundancy'))
    expect(once).toBe('---\nplatform: x\n---\n<!-- parllint-disable redundancy -->\nWe will will vote.\n')
    expect(apply(once, disablePostEdit(once, await bodyStart(once), 'plain-language'))).toBe(
      '---\nplatform: x\n---\n<!-- parllint-disable redundancy, plain-language -->\nWe will will vote.\n'
    )
  })

  it('silence the rule and nothing else, as the engine reads them', async () => {
    const linter = createLinter({cwd: makeTree({})})
    const text = '---\nplatform: bluesky\n---\nThank you, nurses.\r\nWe will will vote to utilize the fund.\r\n'
    const codes = async (draft: string) => (await linter.lintText(draft, {filePath: 'draft.txt'})).messages.map((message) => message.messageId ?? message.message)
    expect(await codes(text)).toEqual(['repeated-word', 'simplify'])
    expect(await codes(apply(text, disableLineEdit(text, 5, 'redundancy')))).toEqual(['simplify'])
    expect(await codes(apply(text, disablePostEdit(text, await bodyStart(text), 'plain-language')))).toEqual(['repeated-word'])
  })
})

describe('disable in the front matter', () => {
  it('adds front matter, a disable line, or the rule to the list', async () => {
    const cases: [string, string][] = [
      ['Thanks.\n', '---\ndisable: [redundancy]\n---\nThanks.\n'],
      ['\uFEFFThanks.\r\n', '\uFEFF---\r\ndisable: [redundancy]\r\n---\r\nThanks.\r\n'],
      ['---\nplatform: x\n---\nThanks.\n', '---\nplatform: x\ndisable: [redundancy]\n---\nThanks.\n'],
      ['---\ndisable: [language]\n---\nThanks.\n', '---\ndisable: [language, redundancy]\n---\nThanks.\n'],
      ['---\ndisable: []\n---\nThanks.\n', '---\ndisable: [redundancy]\n---\nThanks.\n']
    ]
    for (const [text, expected] of cases) expect(apply(text, disableInFrontMatterEdit(text, await bodyStart(text), 'redundancy'))).toBe(expected)
  })

  it('leaves a list it does not edit, or one that has the rule', async () => {
    for (const text of ['---\ndisable:\n  - language\n---\nThanks.\n', '---\ndisable: [redundancy]\n---\nThanks.\n']) {
      expect(disableInFrontMatterEdit(text, await bodyStart(text), 'redundancy')).toBeUndefined()
    }
  })
})

describe('wholeEdit', () => {
  it('replaces only what differs', () => {
    expect(wholeEdit('We will will vote.', 'We will vote.')).toEqual({start: 8, end: 13, text: ''})
    expect(wholeEdit('abc', 'abc')).toEqual({start: 3, end: 3, text: ''})
    expect(apply('to utilize it', wholeEdit('to utilize it', 'to use it'))).toBe('to use it')
  })
})
