import {describe, expect, it} from 'vitest'
import {easeToGrade, lixGrade} from '../rules/lib/readability.js'
import {countSyllables} from '../rules/lib/syllables.js'

describe('syllables', () => {
  it.each([
    ['amor', 'es', 2],
    ['agua', 'es', 2],
    ['país', 'es', 2],
    ['ciudadanía', 'es', 5],
    ['democracia', 'es', 4],
    ['parlement', 'fr', 2],
    ['legislation', 'en', 4]
  ] as const)('%s (%s) has %i', (word, lang, count) => {
    expect(countSyllables(word, lang)).toBe(count)
  })
})

describe('grade scales', () => {
  it('maps Flesch reading ease onto Flesch’s grade table', () => {
    expect(easeToGrade(95)).toBe(5.5)
    expect(easeToGrade(65)).toBe(8.5)
    expect(easeToGrade(35)).toBe(11.5)
  })
  it('maps LIX onto grades: 40 (newspapers) about 8.6, 60 (very difficult) about 14', () => {
    expect(lixGrade(20, 5)).toBeCloseTo((20 + 25 - 10) / 3.5)
  })
})
