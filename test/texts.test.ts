// parllint's own texts (every src/**/texts.ts, found by name, so a new table is checked
// without being listed here): each in all four locales, none empty, each filling the same
// placeholders as the English. test/rules/messages.test.ts does the same for the rules.
import {readdirSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {LOCALES} from '../src/lang/languages.js'
import {placeholders} from '../src/lang/messages.js'

const SRC = fileURLToPath(new URL('../src/', import.meta.url))
const files = (readdirSync(SRC, {recursive: true}) as string[]).filter((file) => /(?:^|\/)texts\.ts$/u.test(file)).sort()

describe('text tables', () => {
  it('are found in every part of src/ that speaks', () => {
    expect(files).toEqual(['config/texts.ts', 'engine/texts.ts', 'formatters/texts.ts', 'inputs/texts.ts', 'lsp/texts.ts', 'post/texts.ts', 'texts.ts'])
  })
})

describe.each(files)('%s', async (file) => {
  const tables = Object.entries((await import(`../src/${file.replace(/\.ts$/u, '.js')}`)) as Record<string, Record<string, Record<string, string>>>)
  const entries = tables.flatMap(([table, texts]) => Object.entries(texts).map(([key, text]) => [`${table}.${key}`, text] as const))

  it.each(entries)('%s', (_key, text) => {
    expect(Object.keys(text).sort()).toEqual([...LOCALES].sort())
    const english = placeholders(text.en!)
    for (const locale of LOCALES) {
      expect(text[locale]!.trim(), locale).not.toBe('')
      expect(placeholders(text[locale]!), locale).toEqual(english)
    }
  })
})
