// Every rule's texts (its name, description, messages and fragments) in all four
// locales: none missing or empty, and each filling the same placeholders as the
// English, so no locale shows a {{placeholder}} or drops a figure the English gives.
import {describe, expect, it} from 'vitest'
import {rules} from '../../rules/index.js'
import {LOCALES} from '../../src/lang/languages.js'
import {placeholders} from '../../src/lang/messages.js'

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (_id, rule) => {
  const {name, description, messages, fragments = {}} = rule.meta
  const tables = {name, description, ...messages, ...Object.fromEntries(Object.entries(fragments).map(([key, template]) => [`fragment ${key}`, template]))}
  it.each(Object.entries(tables))('%s', (_key, template) => {
    expect(Object.keys(template).sort()).toEqual([...LOCALES].sort())
    const english = placeholders(template.en)
    for (const locale of LOCALES) {
      expect(template[locale].trim(), locale).not.toBe('')
      expect(placeholders(template[locale]), locale).toEqual(english)
    }
  })
})
