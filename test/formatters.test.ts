import path from 'node:path'
import {Chalk} from 'chalk'
import {describe, expect, it} from 'vitest'
import {formatAll, formatters} from '../src/formatters/index.js'
import {toResult, type Diagnostic} from '../src/results.js'

const cwd = '/drafts'
const plain = {cwd, color: new Chalk({level: 0}), canFix: true}
const warning: Diagnostic = {ruleId: 'plain-language', messageId: 'simplify', severity: 1, message: '“utilize” is not plain language: write “use” instead.', line: 3, column: 9, endLine: 3, endColumn: 16}
const error: Diagnostic = {ruleId: 'gendered-abuse', severity: 2, message: 'A slur.', line: 12, column: 1, fix: {range: [0, 1], text: ''}}
const results = [
  toResult(path.join(cwd, 'a.txt'), [warning, error]),
  toResult(path.join(cwd, 'clean.txt'), []),
  toResult(path.join(cwd, 'sub/b.md'), [{ruleId: null, severity: 2, fatal: true, message: 'This file is binary.', line: 0, column: 0}])
]

describe('stylish', () => {
  it('lays out rows as ESLint does', () => {
    expect(formatAll(formatters.stylish!, results, plain)).toBe(
      [
        '',
        'a.txt',
        '   3:9  warning  “utilize” is not plain language: write “use” instead  plain-language',
        '  12:1  error    A slur                                                gendered-abuse',
        '',
        'sub/b.md',
        '  0:0  error  This file is binary',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  1 error and 0 warnings potentially fixable with the `--fix` option.',
        ''
      ].join('\n')
    )
  })

  it('mentions --fix only when the run offers it', () => {
    expect(formatAll(formatters.stylish!, results, {...plain, canFix: false})).not.toContain('--fix')
  })

  it('prints nothing when there is no problem', () => {
    expect(formatAll(formatters.stylish!, [toResult('/drafts/a.txt', [])], plain)).toBe('')
  })

  it('colours the summary red when there are errors', () => {
    const colored = formatAll(formatters.stylish!, results, {cwd, color: new Chalk({level: 1}), canFix: true})
    expect(colored).toContain('\u001b[31m\u001b[1m✖ 3 problems')
    expect(colored).toContain('\u001b[4ma.txt\u001b[24m')
  })
})

describe('json', () => {
  it('has ESLint’s shape', () => {
    const parsed = JSON.parse(formatAll(formatters.json!, results, plain))
    expect(parsed[0]).toEqual({
      filePath: '/drafts/a.txt',
      messages: [warning, error],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 0,
      warningCount: 1,
      fixableErrorCount: 1,
      fixableWarningCount: 0,
      usedDeprecatedRules: []
    })
    expect(parsed[1].messages).toEqual([])
  })
})

describe('compact', () => {
  it('prints one line per problem', () => {
    expect(formatAll(formatters.compact!, results, plain)).toBe(
      [
        'a.txt: line 3, col 9, Warning - “utilize” is not plain language: write “use” instead. (plain-language)',
        'a.txt: line 12, col 1, Error - A slur. (gendered-abuse)',
        'sub/b.md: line 0, col 0, Error - This file is binary.',
        '',
        '3 problems',
        ''
      ].join('\n')
    )
  })
})
