// A RuleTester as strict as ESLint's: `valid` texts must produce nothing at all;
// `invalid` texts list every problem the rule reports, each with every property
// (position, severity, fix, suggestions), the fixed text when the rule fixes
// something, and each suggestion's result. Anything not listed fails the case.
import {describe, expect, it} from 'vitest'
import type {Fix, Language, Locale, Platform, PublishedPost, RuleModule} from '../../rules/types.js'
import {applyFixes} from '../../src/engine/fix.js'
import type {Diagnostic} from '../../src/results.js'
import {lintText} from './lint-text.js'

export type Case = {
  text: string
  name?: string
  options?: Record<string, unknown>
  lang?: Language | 'auto'
  /** The language of the messages (English by default). */
  locale?: Locale
  platform?: Platform
  account?: Record<string, unknown>
  values?: Record<string, unknown>
  /** The office's published posts and its opponents', for a rule that learns from them. */
  history?: readonly PublishedPost[]
  opponents?: readonly PublishedPost[]
}

/** A problem as the case expects it: every property of the diagnostic, and what each suggestion makes of the text. */
export type ExpectedProblem = {
  messageId: string
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  severity: 1 | 2
  fix?: Fix
  suggestions?: {desc: string; fix: Fix; output: string}[]
}

/** `output`: the text after the engine applies the fixes; required exactly when some problem has a fix. */
export type InvalidCase = Case & {errors: ExpectedProblem[]; output?: string}

const PLACEHOLDER = /\{\{\s*\w+\s*\}\}/u

function run(rule: RuleModule, item: Case): Promise<Diagnostic[]> {
  return lintText(item.text, {
    lang: item.lang,
    locale: item.locale,
    platform: item.platform,
    account: item.account,
    values: item.values,
    history: item.history,
    opponents: item.opponents,
    rules: {[rule.meta.id]: {severity: 2, options: item.options ?? {}}},
    registry: [rule]
  })
}

/** What must hold of every diagnostic, whatever the case expects. */
function checkEach(rule: RuleModule, found: Diagnostic[]) {
  expect(
    found.filter((diagnostic) => diagnostic.fatal),
    'a fatal message: the post could not be parsed, or the rule threw'
  ).toEqual([])
  expect(
    found.filter((diagnostic) => diagnostic.ruleId !== rule.meta.id),
    'messages that are not the rule’s (front matter or directive problems in the case text)'
  ).toEqual([])
  for (const diagnostic of found) {
    expect(Object.keys(rule.meta.messages), 'the messageId is in the rule’s messages table').toContain(diagnostic.messageId)
    for (const text of [diagnostic.message, ...(diagnostic.suggestions ?? []).map((suggestion) => suggestion.desc)]) {
      expect(text, 'a {{placeholder}} left unfilled').not.toMatch(PLACEHOLDER)
    }
    if (diagnostic.fix) expect(rule.meta.fixable, 'a rule that fixes must say so in meta.fixable').toBe(true)
  }
}

export async function checkValid(rule: RuleModule, item: Case): Promise<void> {
  const found = await run(rule, item)
  checkEach(rule, found)
  expect(found).toEqual([])
}

export async function checkInvalid(rule: RuleModule, item: InvalidCase): Promise<void> {
  const found = await run(rule, item)
  checkEach(rule, found)
  expect(found.length, `should report ${item.errors.length} problem(s), reported ${found.length}`).toBe(item.errors.length)
  const withOutputs = found.map((diagnostic) =>
    diagnostic.suggestions
      ? {...diagnostic, suggestions: diagnostic.suggestions.map((suggestion) => ({...suggestion, output: applyFixes(item.text, [{...diagnostic, fix: suggestion.fix}]).output}))}
      : diagnostic
  )
  expect(withOutputs).toEqual(item.errors.map((expected) => ({ruleId: rule.meta.id, ...expected})))
  const fixed = applyFixes(item.text, found)
  if (fixed.applied > 0) expect(fixed.output, 'the text after the fixes (output)').toBe(item.output)
  else expect(item.output, 'the case gives an output, but the rule fixed nothing').toBeUndefined()
}

export function ruleTester(rule: RuleModule, cases: {valid: (Case | string)[]; invalid: InvalidCase[]}) {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const entry of cases.valid) {
        const item = typeof entry === 'string' ? {text: entry} : entry
        it(item.name ?? item.text, () => checkValid(rule, item))
      }
    })
    describe('invalid', () => {
      for (const item of cases.invalid) it(item.name ?? item.text, () => checkInvalid(rule, item))
    })
  })
}
