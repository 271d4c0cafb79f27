// How a rule reports (rules/report.ts): the message a VFile gets, in the post's
// locale, carries what the design's rule contract lists (ruleId, source, url,
// actual, expected) and what the engine reads back (messageId, offsets, fix,
// suggestions, warningOnly).
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {keepSummary, report} from '../rules/report.js'
import type {PostContext, RuleMeta} from '../rules/types.js'

const meta: RuleMeta = {
  id: 'sample',
  name: {en: 'Sample', es: 'Muestra', fr: 'Exemple', pt: 'Amostra'},
  description: {en: 'test rule', es: 'regla de prueba', fr: 'règle de test', pt: 'regra de teste'},
  guideline: {section: 'test', summary: 'test'},
  docs: 'docs/rules/sample.md',
  defaultSeverity: 'warn',
  schema: {type: 'object'},
  defaultOptions: {},
  fixable: true,
  messages: {found: {en: '“{{word}}” found {{ count }} times.', es: '“{{word}}” aparece {{count}} veces.', fr: '« {{word}} » apparaît {{count}} fois.', pt: '“{{word}}” aparece {{count}} vezes.'}},
  fragments: {use: {en: 'Use “{{word}}”.', es: 'Use «{{word}}».', fr: 'Employez « {{word}} ».', pt: 'Use “{{word}}”.'}}
}
const node = {type: 'WordNode', position: {start: {line: 1, column: 4, offset: 3}, end: {line: 1, column: 8, offset: 7}}}

describe('report', () => {
  it('attaches the rule’s contract fields and what the engine reads back', () => {
    const file = new VFile('Do utilize it.')
    report(file, meta, {
      messageId: 'found',
      node: node as never,
      data: {word: 'utilize', count: 1},
      fix: {range: [3, 10], text: 'use'},
      suggestions: [{desc: {fragment: 'use', data: {word: 'use'}}, fix: {range: [3, 10], text: 'use'}}],
      actual: 'utilize',
      expected: ['use'],
      warningOnly: true
    })
    const [message] = file.messages
    expect({...message}).toMatchObject({
      reason: '“utilize” found 1 times.',
      ruleId: 'sample',
      source: 'parllint',
      url: 'docs/rules/sample.md',
      actual: 'utilize',
      expected: ['use'],
      messageId: 'found',
      fix: {range: [3, 10], text: 'use'},
      suggestions: [{desc: 'Use “use”.', fix: {range: [3, 10], text: 'use'}}],
      warningOnly: true,
      startOffset: 3,
      endOffset: 7,
      line: 1,
      column: 4
    })
  })

  it('writes the message and the suggestions in the post’s locale', () => {
    const file = new VFile('Do utilize it.')
    file.data.post = {locale: 'es'} as PostContext
    report(file, meta, {messageId: 'found', node: node as never, data: {word: 'utilize', count: 2}, suggestions: [{desc: {fragment: 'use', data: {word: 'use'}}, fix: {range: [3, 10], text: 'use'}}]})
    expect({...file.messages[0]}).toMatchObject({reason: '“utilize” aparece 2 veces.', suggestions: [{desc: 'Use «use».', fix: {range: [3, 10], text: 'use'}}]})
  })

  it('adds nothing that was not given: no fix, no empty suggestions, no lesser severity', () => {
    const file = new VFile('Do utilize it.')
    report(file, meta, {messageId: 'found', node: node as never, data: {word: 'utilize', count: 1}, suggestions: []})
    const message = file.messages[0] as unknown as Record<string, unknown>
    expect(Object.fromEntries(['fix', 'suggestions', 'warningOnly', 'actual', 'expected'].map((field) => [field, message[field]]))).toEqual({})
    // Not even as a field set to undefined: the engine copies the message's own fields.
    expect(['fix', 'suggestions', 'warningOnly'].filter((field) => Object.hasOwn(message, field))).toEqual([])
  })

  it('takes an explicit span over the node’s position, and has no offsets without either', () => {
    const file = new VFile('Do utilize it.')
    report(file, meta, {messageId: 'found', node: node as never, span: {start: 0, end: 2}})
    report(file, meta, {messageId: 'found'})
    expect(file.messages.map((message) => ({...message}))).toMatchObject([
      {startOffset: 0, endOffset: 2},
      {line: undefined, column: undefined}
    ])
    expect(file.messages[1]).not.toHaveProperty('startOffset')
  })

  it('captures no stack trace, and leaves the process’s stack trace limit as it was', () => {
    const file = new VFile('Do utilize it.')
    const before = Error.stackTraceLimit
    // A limit no earlier report could have left behind, so a report that does not restore it is seen.
    Error.stackTraceLimit = 7
    try {
      report(file, meta, {messageId: 'found', node: node as never})
      expect(Error.stackTraceLimit).toBe(7)
    } finally {
      Error.stackTraceLimit = before
    }
    expect(file.messages[0]!.stack).not.toMatch(/\n\s+at /u)
  })

  it('refuses a message id the rule does not have, naming both', () => {
    expect(() => report(new VFile(''), meta, {messageId: 'lost'})).toThrow('Rule sample has no message "lost"')
  })
})

describe('keepSummary', () => {
  it('keeps one summary per rule on the file, beside the others', () => {
    const file = new VFile('')
    keepSummary(file, meta, {count: 1})
    keepSummary(file, {...meta, id: 'other'}, [2])
    keepSummary(file, meta, {count: 3})
    expect(file.data.summaries).toEqual({sample: {count: 3}, other: [2]})
  })
})
