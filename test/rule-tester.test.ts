// The rule tester fails a case for each way a rule can differ from what the case says.
import {describe, expect, it} from 'vitest'
import {report} from '../rules/report.js'
import {inEveryLocale} from '../src/lang/messages.js'
import type {Fix, RuleModule} from '../rules/types.js'
import {checkInvalid, checkValid, type ExpectedProblem} from './helpers/rule-tester.js'

// Reports each "bad"; options choose a fix, a suggestion and the message.
function fakeRule(fixable = true): RuleModule {
  const meta = {
    id: 'fake',
    name: inEveryLocale(() => 'Test rule'),
    description: inEveryLocale(() => 'test rule'),
    guideline: {section: 'test', summary: 'test'},
    docs: 'docs/rules/fake.md',
    defaultSeverity: 'warn' as const,
    schema: {type: 'object'},
    defaultOptions: {},
    fixable,
    messages: {found: inEveryLocale(() => 'Found “{{word}}”.'), unfilled: inEveryLocale(() => 'Found “{{wrod}}”.')},
    fragments: {fine: inEveryLocale(() => 'Write “fine”.')}
  }
  return {
    meta,
    attacher: (options) => (_tree, file) => {
      const text = String(file.value)
      for (const match of text.matchAll(/\bbad\b/gu)) {
        const range: [number, number] = [match.index, match.index + 3]
        report(file, meta, {
          messageId: (options.messageId as string | undefined) ?? 'found',
          span: {start: range[0], end: range[1]},
          data: {word: 'bad'},
          ...(options.fix ? {fix: {range, text: 'good'}} : {}),
          ...(options.suggest ? {suggestions: [{desc: {fragment: 'fine'}, fix: {range, text: 'fine'}}]} : {})
        })
      }
    }
  }
}

const rule = fakeRule()
const found: ExpectedProblem = {messageId: 'found', message: 'Found “bad”.', line: 1, column: 5, endLine: 1, endColumn: 8, severity: 2}
const good: Fix = {range: [4, 7], text: 'good'}
const suggestion = {desc: 'Write “fine”.', fix: {range: [4, 7], text: 'fine'} as Fix, output: 'Too fine a day.'}
const fixAndSuggest = {text: 'Too bad a day.', options: {fix: true, suggest: true}}

describe('the strict rule tester', () => {
  it('passes a case that lists every property, the output and each suggestion’s result', async () => {
    await checkInvalid(rule, {...fixAndSuggest, output: 'Too good a day.', errors: [{...found, fix: good, suggestions: [suggestion]}]})
    await checkValid(rule, {text: 'A fine day.'})
  })

  it('fails a case that does not list a fix or a suggestion the rule made', async () => {
    await expect(checkInvalid(rule, {...fixAndSuggest, output: 'Too good a day.', errors: [{...found, suggestions: [suggestion]}]})).rejects.toThrow(/to deeply equal/)
    await expect(checkInvalid(rule, {...fixAndSuggest, output: 'Too good a day.', errors: [{...found, fix: good}]})).rejects.toThrow(/to deeply equal/)
  })

  it('fails on a wrong or missing output, and on a suggestion’s wrong result', async () => {
    const errors = [{...found, fix: good, suggestions: [suggestion]}]
    await expect(checkInvalid(rule, {...fixAndSuggest, errors})).rejects.toThrow(/the text after the fixes/)
    await expect(checkInvalid(rule, {...fixAndSuggest, output: 'Too bad a day.', errors})).rejects.toThrow(/the text after the fixes/)
    await expect(checkInvalid(rule, {text: 'Too bad a day.', output: 'Too bad a day.', errors: [found]})).rejects.toThrow(/fixed nothing/)
    const wrongResult = [{...errors[0]!, suggestions: [{...suggestion, output: 'Too good a day.'}]}]
    await expect(checkInvalid(rule, {...fixAndSuggest, output: 'Too good a day.', errors: wrongResult})).rejects.toThrow(/to deeply equal/)
  })

  it('fails when the number of problems differs', async () => {
    await expect(checkInvalid(rule, {text: 'Too bad, bad day.', errors: [found]})).rejects.toThrow(/should report 1 problem\(s\), reported 2/)
  })

  it('fails on a {{placeholder}} left in a message, even when the case expects that text', async () => {
    const item = {text: 'Too bad a day.', options: {messageId: 'unfilled'}, errors: [{...found, messageId: 'unfilled', message: 'Found “{{wrod}}”.'}]}
    await expect(checkInvalid(rule, item)).rejects.toThrow(/\{\{placeholder\}\} left unfilled/)
  })

  it('fails a valid case whose post cannot be parsed', async () => {
    await expect(checkValid(rule, {text: '---\nplatform: [x\n---\nA fine day.'})).rejects.toThrow(/a fatal message/)
  })

  it('fails on messages that are not the rule’s', async () => {
    await expect(checkValid(rule, {text: '---\nmood: happy\n---\nA fine day.'})).rejects.toThrow(/not the rule’s/)
  })

  it('fails a rule that fixes without saying so in its meta', async () => {
    await expect(checkInvalid(fakeRule(false), {text: 'Too bad a day.', options: {fix: true}, output: 'Too good a day.', errors: [{...found, fix: good}]})).rejects.toThrow(
      /meta.fixable/
    )
  })
})
