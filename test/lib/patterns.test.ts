// Lexicon patterns (rules/lib/patterns.ts): every apostrophe a lexicon author writes, escaped
// or not, in a character class or out of one, matches the typographic ones phones type; a
// pattern left broken by a typo fails loudly instead of becoming another pattern.
import {describe, expect, it} from 'vitest'
import {lexiconPattern} from '../../rules/lib/patterns.js'

describe('lexiconPattern', () => {
  it('matches every apostrophe for one after the first character of a class', () => {
    // "d’abord" or "d abord": the apostrophe is not the class's first character, and the word edge after the class is still one.
    const pattern = lexiconPattern("\\bd[ ']abord\\b")
    for (const text of ['d’abord', "d'abord", 'd abord', 'Tout d‘abord']) expect(pattern.test(text), text).toBe(true)
    expect(pattern.test('d’abordage')).toBe(false)
  })

  it('reads an escaped apostrophe as an apostrophe, in a class and out of one', () => {
    for (const source of ["\\bl\\'a traitée\\b", "\\bl[\\' ]a traitée\\b"]) {
      const pattern = lexiconPattern(source)
      expect(pattern.test('Il l’a traitée de folle.'), source).toBe(true)
      expect(pattern.test("Il l'a traitée de folle."), source).toBe(true)
      expect(pattern.test('Il la traitée de folle.'), source).toBe(false)
    }
  })

  it('refuses a pattern that ends in a lone backslash', () => {
    expect(() => lexiconPattern('\\bmadame\\')).toThrow(SyntaxError)
  })
})
