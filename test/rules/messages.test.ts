// Every rule's messages table, in each locale it has been translated to: a
// translation says something, and fills the same placeholders as the English,
// so no locale shows a {{placeholder}} or drops a figure the English gives.
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {placeholders} from '../../src/lang/messages.js'

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  const tables = {...rule.meta.messages, ...Object.fromEntries(Object.entries(rule.meta.fragments ?? {}).map(([key, template]) => [`fragment ${key}`, template]))}
  it.each(Object.entries(tables))('%s', (_key, template) => {
    const english = placeholders(template.en)
    for (const [locale, text] of Object.entries(template)) {
      expect(text.trim(), locale).not.toBe('')
      expect(placeholders(text), locale).toEqual(english)
    }
  })
})
