// Inline directives in-process: which directive silences a problem (the first written on a
// line wins, the latest block directive decides), and the unused ones, said exactly.
import {describe, expect, it} from 'vitest'
import {PLATFORMS} from '../../src/config/schema.js'
import {applyDirectives} from '../../src/engine/directives.js'
import {lintPost} from '../../src/engine/lint.js'
import {createProcessorCache} from '../../src/engine/processor.js'
import type {Directive} from '../../src/post/directives.js'
import {LineIndex} from '../../src/post/lines.js'
import {parsePost} from '../../src/post/parse.js'
import type {Diagnostic} from '../../src/results.js'
import {configOf, substringRule} from './fixtures.js'

const rules = [substringRule('one', 'bad').rule, substringRule('two', 'bad').rule]
const ruleIds = rules.map((rule) => rule.meta.id)

/** What is reported on `text`: [ruleId, line, column, message of a directive's warning]. */
async function lint(text: string) {
  const post = await parsePost(text, 'text', {platforms: PLATFORMS, ruleIds, locale: 'en'})
  const {messages} = await lintPost(post, configOf(rules), '/drafts/a.txt', {rules, ruleIds, processors: createProcessorCache(rules), locale: 'en'})
  return messages.map((message) => (message.ruleId === null ? [null, message.line, message.column, message.message] : [message.ruleId, message.line, message.column]))
}

const unused = (kind: string, rules?: string) =>
  rules ? `Unused parllint-${kind} comment (no problems were reported from ${rules}). Remove it.` : `Unused parllint-${kind} comment (no problems were reported). Remove it.`

describe('directives on a line', () => {
  it('the first of two for the same rule silences it, and the second is unused', async () => {
    expect(await lint('bad <!-- parllint-disable-line one --> <!-- parllint-disable-line one -->')).toEqual([
      ['two', 1, 1],
      [null, 1, 40, unused('disable-line', 'one')]
    ])
  })

  it('of one naming the rule and one for every rule, the first written silences it', async () => {
    expect(await lint('bad <!-- parllint-disable-line --> <!-- parllint-disable-line one -->')).toEqual([[null, 1, 36, unused('disable-line', 'one')]])
    // Here each is used: the named one for "one", the other for "two".
    expect(await lint('bad <!-- parllint-disable-line one --> <!-- parllint-disable-line -->')).toEqual([])
  })

  it('a next-line directive inside a disabled block silences its line; the block goes on after it', async () => {
    expect(await lint('<!-- parllint-disable -->\n<!-- parllint-disable-next-line -->\nbad\nbad')).toEqual([])
  })

  it('an enable ends the block for the rules it names only', async () => {
    expect(await lint('<!-- parllint-disable -->\nbad\n<!-- parllint-enable two -->\nbad')).toEqual([['two', 4, 1]])
  })
})

describe('applyDirectives', () => {
  const text = 'bad one\nbad two\nbad three'
  const lines = new LineIndex(text)
  const problem = (line: number, offset: number): {diagnostic: Diagnostic; offset: number} => ({diagnostic: {ruleId: 'one', severity: 1, message: 'm', line, column: 1}, offset})
  const block = (kind: 'disable' | 'enable', start: number): Directive => ({kind, rules: undefined, start, end: start + 1})

  it('reads block directives in the order they are written, whatever order they are given in', () => {
    // disable at 0, enable at 8, disable at 16: the problem at 10 is reported, the one at 18 is not.
    const directives = [block('disable', 16), block('enable', 8), block('disable', 0)]
    expect(applyDirectives([problem(1, 2), problem(2, 10), problem(3, 18)], directives, lines, ruleIds).filter((d) => d.ruleId)).toEqual([problem(2, 10).diagnostic])
  })

  it('silences a problem that starts at the very offset of a disable comment (a rule may report the blanks a comment leaves)', () => {
    expect(applyDirectives([problem(2, 8)], [block('disable', 8)], lines, ruleIds)).toEqual([])
  })

  it('leaves the problems as they are when there is no directive', () => {
    expect(applyDirectives([problem(2, 10), problem(1, 2)], [], lines, ruleIds)).toEqual([problem(2, 10).diagnostic, problem(1, 2).diagnostic])
  })
})
