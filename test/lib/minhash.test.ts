// MinHash signatures and the band search (rules/lib/minhash.ts), on their own: what
// makes two posts the same, where the thresholds fall, and what is compared.
import {describe, expect, it} from 'vitest'
import {SIGNATURE_SIZE, signature, similarPairs, similarity} from '../../rules/lib/minhash.js'

const words = (count: number, prefix = 'w') => Array.from({length: count}, (_, index) => `${prefix}${index}`)

describe('signature', () => {
  it('needs at least minWords words, and never fewer than one 3-word shingle', () => {
    expect(signature(words(7), 8)).toBeUndefined()
    expect(signature(words(8), 8)).toHaveLength(SIGNATURE_SIZE)
    expect(signature(words(2), 1)).toBeUndefined()
    expect(signature(words(3), 1)).toHaveLength(SIGNATURE_SIZE)
  })

  it('is the same for the same words, and differs when any 3-gram differs: first, last or order', () => {
    const base = ['tax', 'cuts', 'now', 'for', 'working', 'families']
    const same = (other: string[]) => similarity(signature(base, 3)!, signature(other, 3)!)
    expect(same([...base])).toBe(1)
    expect(same(['new', ...base.slice(1)])).toBeLessThan(1)
    expect(same([...base.slice(0, -1), 'parents'])).toBeLessThan(1)
    expect(same(['now', 'tax', 'cuts', 'for', 'working', 'families'])).toBeLessThan(1)
  })
})

describe('similarity', () => {
  it('is the share of equal positions', () => {
    const a = Uint32Array.from({length: SIGNATURE_SIZE}, (_, index) => index)
    const b = a.map((value, index) => (index < 32 ? value : value + 1))
    expect(similarity(a, b)).toBe(0.25)
    expect(similarity(a, a)).toBe(1)
  })
})

/** The pairs similarPairs finds, every post looked at, with how many comparisons it made. */
function pairsOf(signatures: Uint32Array[], threshold: number) {
  const pairs: [number, number, number][] = []
  const {compared} = similarPairs(signatures, threshold, () => true, (earlier, later, value) => pairs.push([earlier, later, value]))
  return {pairs, compared}
}

describe('similarPairs', () => {
  const post = signature(words(40), 8)!
  const nearly = signature([...words(39), 'other'], 8)!
  const unrelated = signature(words(40, 'u'), 8)!

  it('pairs identical posts with the first of them, without comparing them', () => {
    expect(pairsOf([post, unrelated, post, post], 0.85)).toEqual({
      pairs: [
        [0, 2, 1],
        [0, 3, 1]
      ],
      compared: 0
    })
  })

  it('compares a pair that shares bands once, and keeps it from the threshold up', () => {
    const value = similarity(post, nearly)
    expect(value).toBeGreaterThan(0.85)
    expect(value).toBeLessThan(1)
    expect(pairsOf([post, nearly, unrelated], value)).toEqual({pairs: [[0, 1, value]], compared: 1})
    expect(pairsOf([post, nearly, unrelated], value + 1 / SIGNATURE_SIZE)).toEqual({pairs: [], compared: 1})
  })
})
