// plain-language's wordy phrases (rules/lib/wordy.ts), beyond test/rules/plain-language.test.ts:
// a French phrase with an elided word inside it (the word after the elision must match too),
// and a retext-simplify phrase whose advice is to remove it.
import {describe, expect, it, vi} from 'vitest'
import {rule} from '../../rules/plain-language.js'
import {ruleTester} from '../helpers/rule-tester.js'

describe('wordy phrases', () => {
  ruleTester(rule, {
    valid: [{name: 'French: a longer set phrase kept whole, “au niveau de la mer”', lang: 'fr', text: 'La ville est au niveau de la mer.'}],
    invalid: [
      {
        name: 'French: “à l’heure actuelle”, an elided article inside the phrase',
        lang: 'fr',
        text: "À l'heure actuelle, nous votons la loi.",
        output: "Aujourd'hui, nous votons la loi.",
        errors: [
          {
            messageId: 'simplify',
            message: "“À l'heure actuelle” is not plain language: write “Aujourd'hui” instead.",
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 19,
            severity: 2,
            fix: {range: [0, 18], text: "Aujourd'hui"},
            suggestions: [{desc: "Replace “À l'heure actuelle” with “Aujourd'hui”.", fix: {range: [0, 18], text: "Aujourd'hui"}, output: "Aujourd'hui, nous votons la loi."}]
          }
        ]
      },
      {
        name: 'a retext-simplify phrase to remove or replace: both are said',
        text: 'On the other hand, the bill helps farmers.',
        errors: [
          {
            messageId: 'simplify',
            message: '“On the other hand” is not plain language: remove it, or write “But” or “So”.',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 18,
            severity: 2,
            suggestions: [
              {desc: 'Replace “On the other hand” with “But”.', fix: {range: [0, 17], text: 'But'}, output: 'But, the bill helps farmers.'},
              {desc: 'Replace “On the other hand” with “So”.', fix: {range: [0, 17], text: 'So'}, output: 'So, the bill helps farmers.'}
            ]
          }
        ]
      },
      {
        name: 'a retext-simplify phrase to remove: “be advised”',
        text: 'Please be advised that the office is closed today.',
        errors: [
          {
            messageId: 'simplify',
            message: '“be advised” is not plain language: remove it.',
            line: 1,
            column: 8,
            endLine: 1,
            endColumn: 18,
            severity: 2
          }
        ]
      }
    ]
  })
})

// A lexicon as a maintainer could break it, and an entry with `notBefore` (none ships yet).
describe('compileWordy on a hand-made lexicon', () => {
  const load = async (lexicon: unknown) => {
    vi.resetModules()
    vi.doMock('../../rules/lib/lexicon.js', async (importOriginal) => ({
      ...(await importOriginal<typeof import('../../rules/lib/lexicon.js')>()),
      loadLexicon: (_lang: string, name: string, fallback: unknown) => (name === 'wordy' ? lexicon : fallback)
    }))
    const {compileWordy} = await import('../../rules/lib/wordy.js')
    const {profileFor} = await import('../../rules/lib/profile.js')
    vi.doUnmock('../../rules/lib/lexicon.js')
    return compileWordy(profileFor('es'), new Set())
  }
  const unit = (words: string[]) => {
    let at = 0
    const spans = words.map((text) => ({text, start: at, end: (at += text.length + 1) - 1, quoted: false}))
    return {start: 0, end: at - 1, words: spans, lower: words} as unknown as Parameters<Awaited<ReturnType<typeof load>>['match']>[0]
  }

  it('names the lexicon, its language and the missing reason', async () => {
    await expect(load({reasons: {}, entries: [{phrase: 'a fin de', replace: ['para'], reason: 'nope'}]})).rejects.toThrow('wordy.json (es) has no reason "nope"')
  })

  it('skips a phrase before a word of its notBefore, and only there', async () => {
    const wordy = await load({reasons: {r: {en: 'r'}}, entries: [{phrase: 'en base a', replace: ['según'], reason: 'r', notBefore: ['ello']}]})
    const hits = (words: string[]) => wordy.match(unit(words), words.join(' ')).map((found) => [found.start, found.end])
    expect(hits(['en', 'base', 'a', 'ello'])).toStrictEqual([])
    expect(hits(['en', 'base', 'a', 'datos'])).toStrictEqual([[0, 9]])
    expect(hits(['ello', 'en', 'base', 'a'])).toStrictEqual([[5, 14]])
  })
})
