import {existsSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {rules} from '../rules/index.js'
import {ruleTable, withRuleTable} from '../src/docs.js'

const root = new URL('../', import.meta.url)

describe('generated documentation', () => {
  it('the README rule table is up to date (run `npm run docs`)', () => {
    const readme = readFileSync(new URL('README.md', root), 'utf8')
    expect(readme).toContain(ruleTable(rules))
    expect(withRuleTable(readme, rules)).toBe(readme)
  })

  it.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('%s has its docs page, citing its guideline section', (id, meta) => {
    expect(meta.docs).toBe(`docs/rules/${id}.md`)
    const page = new URL(meta.docs, root)
    expect(existsSync(page)).toBe(true)
    expect(readFileSync(page, 'utf8')).toContain(meta.guideline.section)
  })

  it.each(rules.map((rule) => [rule.meta.id, rule.meta] as const))('%s uses every messageId in its docs', (_id, meta) => {
    const page = readFileSync(new URL(meta.docs, root), 'utf8')
    for (const messageId of Object.keys(meta.messages)) expect(page).toContain(`\`${messageId}\``)
  })
})
