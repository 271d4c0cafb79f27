// Reading units and the hardest one (rules/lib/readability.ts), beyond the formula values in
// test/readability.test.ts: where a unit starts, its lowercased words, what starts a list
// item, which words count as long, and which unit is the hardest on a tie.
import {describe, expect, it} from 'vitest'
import {proseSentences} from '../../rules/lib/prose.js'
import {readability, readingUnits} from '../../rules/lib/readability.js'
import type {Language} from '../../rules/types.js'
import {createProcessorCache, parseProse} from '../../src/engine/processor.js'

const processors = createProcessorCache([])
const unitsOf = async (text: string, lang: Language) => {
  const tree = parseProse(await processors.get(lang, {}), text)
  return readingUnits(proseSentences(tree, text), text)
}

describe('reading units', () => {
  it('start where the sentence starts (a bullet or a quote mark), and hold the lowercased words of their own line', async () => {
    const units = await unitsOf('- Vote today.\n- Fine now.', 'en')
    expect(units.map(({start, end, lower}) => ({start, end, lower}))).toStrictEqual([
      {start: 0, end: 13, lower: ['vote', 'today']},
      {start: 14, end: 25, lower: ['fine', 'now']}
    ])
  })

  it('split after a bullet only before a capitalised word, not before "iPhone"', async () => {
    const units = await unitsOf('Nuevo plan - iPhone para todos.', 'es')
    expect(units.map((unit) => unit.lower)).toStrictEqual([['nuevo', 'plan', 'iphone', 'para', 'todos']])
    const split = await unitsOf('Nuevo plan · Teléfonos para todos.', 'es')
    expect(split.map((unit) => unit.lower)).toStrictEqual([['nuevo', 'plan'], ['teléfonos', 'para', 'todos']])
  })
})

describe('readability', () => {
  it('counts a long word with a capital inside as long; only a capital first letter marks a name', async () => {
    // en: a long word has 7 letters or more. "eCommerce" (9) is long; "Manchester" is a name.
    const result = readability(await unitsOf('We back eCommerce in Manchester.', 'en'), 'en')!
    expect(result.hardest.longWords).toBe(1)
  })

  it('names the first of two equally hard sentences the hardest', async () => {
    const result = readability(await unitsOf('We vote today. We meet later.', 'en'), 'en')!
    expect(result.hardest.unit.lower).toStrictEqual(['we', 'vote', 'today'])
  })
})
