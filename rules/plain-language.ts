// plain-language: every post in plain and direct wording.
// Built on retext-readability and retext-simplify; their findings are re-keyed
// to this rule's stable id, with the sub-check in the messageId.
import retextReadability from 'retext-readability'
import retextSimplify from 'retext-simplify'
import type {Root} from 'nlcst'
import {VFile} from 'vfile'
import {report} from './report.js'
import type {RuleAttacher, RuleMeta, RuleModule} from './types.js'

export const meta: RuleMeta = {
  id: 'plain-language',
  description: 'Posts use plain and direct wording: readable sentences, no bureaucratic words.',
  guideline: {
    section: 'Engage in real-time dialogue and generate content',
    summary: 'Each post should be written in plain and direct language.'
  },
  docs: 'docs/rules/plain-language.md',
  defaultSeverity: 'warn',
  schema: {
    type: 'object',
    properties: {
      maxGrade: {
        type: 'number',
        minimum: 1,
        maximum: 20,
        default: 8,
        description: 'Highest US school grade a sentence may need to be understood.'
      },
      accept: {
        type: 'array',
        items: {type: 'string', minLength: 1},
        default: [],
        description: 'Words and phrases the office accepts (names of bills, programmes).'
      }
    },
    additionalProperties: false
  },
  defaultOptions: {maxGrade: 8, accept: []},
  fixable: false,
  messages: {
    readability:
      'This sentence is hard to read: {{agree}} of 7 readability formulas rate it above grade {{maxGrade}}. Split it into shorter sentences or use shorter words.',
    simplify: '“{{actual}}” is not plain language: {{advice}}.'
  }
}

// US school grade to the age retext-readability expects (it adds 5 likewise).
const gradeToAge = (grade: number) => grade + 5

const attacher: RuleAttacher = (options) => {
  const maxGrade = options.maxGrade as number
  const accept = (options.accept as string[]).map((phrase) => phrase.toLowerCase())
  const readability = retextReadability({age: gradeToAge(maxGrade)})
  const simplify = retextSimplify({ignore: accept})

  return (tree, file) => {
    // Readability formulas and the simplify word list are English-only.
    if (file.data.post?.lang !== 'en') return
    const scratch = new VFile()
    readability(tree as Root, scratch)
    simplify(tree as Root, scratch)
    for (const found of scratch.messages) {
      const start = found.place && 'start' in found.place ? found.place.start : undefined
      const end = found.place && 'end' in found.place ? found.place.end : undefined
      const span =
        start?.offset !== undefined && end?.offset !== undefined
          ? {start: start.offset, end: end.offset}
          : undefined
      if (found.source === 'retext-readability') {
        const agree = /(\d+) out of|all/.exec(found.reason)
        report(file, meta, {
          messageId: 'readability',
          span,
          data: {agree: agree?.[1] ?? 7, maxGrade}
        })
        continue
      }
      const actual = found.actual ?? ''
      const expected = found.expected ?? []
      report(file, meta, {
        messageId: 'simplify',
        span,
        actual,
        expected,
        data: {actual, advice: advice(found.reason, expected)},
        suggestions:
          span === undefined
            ? undefined
            : expected.map((word) => ({
                desc: `Replace “${actual}” with “${matchCase(word, actual)}”.`,
                fix: {range: [span.start, span.end], text: matchCase(word, actual)}
              }))
      })
    }
  }
}

function advice(reason: string, expected: string[]): string {
  const quoted = expected.map((word) => `“${word}”`).join(' or ')
  const omit = reason.includes('remove it')
  if (expected.length === 0) return 'remove it'
  return omit ? `remove it, or write ${quoted}` : `write ${quoted} instead`
}

function matchCase(word: string, like: string): string {
  const first = like.charAt(0)
  return first !== first.toLowerCase() ? word.charAt(0).toUpperCase() + word.slice(1) : word
}

export const rule: RuleModule = {meta, attacher}
