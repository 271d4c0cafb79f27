// A RuleTester in ESLint's shape: `valid` texts must produce nothing from the
// rule; `invalid` texts list every message the rule must produce, exactly.
import {describe, expect, it} from 'vitest'
import type {Language, Platform, RuleModule} from '../../rules/types.js'
import type {Diagnostic} from '../../src/results.js'
import {lintText} from './lint-text.js'

type Case = {
  text: string
  name?: string
  options?: Record<string, unknown>
  lang?: Language | 'auto'
  platform?: Platform
  account?: Record<string, unknown>
  values?: Record<string, unknown>
}

type Expected = Partial<Pick<Diagnostic, 'fix' | 'suggestions' | 'endLine' | 'endColumn' | 'severity'>> &
  Pick<Diagnostic, 'messageId' | 'message' | 'line' | 'column'>

export function ruleTester(rule: RuleModule, cases: {valid: (Case | string)[]; invalid: (Case & {errors: Expected[]})[]}) {
  const run = async (item: Case) => {
    const diagnostics = await lintText(item.text, {
      lang: item.lang,
      platform: item.platform,
      account: item.account,
      values: item.values,
      rules: Object.fromEntries(
        [rule.meta.id].map((id) => [id, {severity: 2 as const, options: item.options ?? {}}])
      ),
      registry: [rule]
    })
    return diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.meta.id)
  }

  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const entry of cases.valid) {
        const item = typeof entry === 'string' ? {text: entry} : entry
        it(item.name ?? item.text, async () => {
          expect(await run(item)).toEqual([])
        })
      }
    })
    describe('invalid', () => {
      for (const item of cases.invalid) {
        it(item.name ?? item.text, async () => {
          const found = await run(item)
          const picked = found.map((diagnostic, index) => {
            const expected = item.errors[index]
            const keys = expected ? (Object.keys(expected) as (keyof Diagnostic)[]) : (Object.keys(diagnostic) as (keyof Diagnostic)[])
            return Object.fromEntries(keys.map((key) => [key, diagnostic[key]]))
          })
          expect(picked).toEqual(item.errors)
        })
      }
    })
  })
}
