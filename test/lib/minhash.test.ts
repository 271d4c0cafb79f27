// MinHash signatures and the band search (rules/lib/minhash.ts), on their own: what
// makes two posts the same, where the thresholds fall, and what is compared.
import {describe, expect, it} from 'vitest'
import {CANDIDATES_PER_POST, SIGNATURE_SIZE, signature, similarPairs, similarity} from '../../rules/lib/minhash.js'

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

describe('similarPairs: what is paired and what the budget allows', () => {
  /** `count` signatures alike in all but their last band, each one different there. */
  const family = (count: number) =>
    Array.from({length: count}, (_, index) => {
      const sig = Uint32Array.from({length: SIGNATURE_SIZE}, (__, at) => at * 7919)
      sig[SIGNATURE_SIZE - 1] = 1_000_000 + index
      return sig
    })

  it('reports a copy only for a post that looks, not for a published one', () => {
    const post = signature(words(40), 8)!
    const pairs: number[][] = []
    similarPairs([post, post, post], 0.85, (index) => index === 2, (earlier, later, value) => pairs.push([earlier, later, value]))
    expect(pairs).toEqual([[0, 2, 1]])
  })

  it('does not take two signatures with the same hash for copies', () => {
    // FNV over the rows: change the next-to-last row, then pick the last row that restores the hash.
    const prime = 0x01000193
    const a = Uint32Array.from({length: SIGNATURE_SIZE}, (_, at) => at + 1)
    let hash = 0x811c9dc5
    for (let at = 0; at < SIGNATURE_SIZE - 2; at++) hash = Math.imul(hash ^ a[at]!, prime)
    const b = a.slice()
    b[SIGNATURE_SIZE - 2] = 999
    const before = Math.imul(hash ^ a[SIGNATURE_SIZE - 2]!, prime)
    const after = Math.imul(hash ^ b[SIGNATURE_SIZE - 2]!, prime)
    b[SIGNATURE_SIZE - 1] = (before ^ a[SIGNATURE_SIZE - 1]! ^ after) >>> 0
    expect(pairsOf([a, b], 0.85)).toEqual({pairs: [[0, 1, 126 / SIGNATURE_SIZE]], compared: 1})
  })

  it('finds posts that share one band, and only that band (4 rows)', () => {
    const a = Uint32Array.from({length: SIGNATURE_SIZE}, (_, at) => at)
    const b = Uint32Array.from({length: SIGNATURE_SIZE}, (_, at) => (at < 4 ? at : at + 1000))
    expect(pairsOf([a, b], 0)).toEqual({pairs: [[0, 1, 4 / SIGNATURE_SIZE]], compared: 1})
  })

  it('lets a lone draft look at every look-alike in a large history', () => {
    const sigs = family(100)
    const found: number[] = []
    const {compared} = similarPairs(sigs, 0.9, (index) => index === 99, (earlier) => found.push(earlier))
    expect(compared).toBe(99)
    expect(found).toHaveLength(99)
  })

  it('stops each post after its share of the budget when every post looks', () => {
    const {compared} = pairsOf(family(100), 0.9)
    // Post r compares min(r, 64) earlier posts.
    const expected = Array.from({length: 100}, (_, rank) => Math.min(rank, CANDIDATES_PER_POST)).reduce((a, b) => a + b, 0)
    expect(compared).toBe(expected)
  })
})

// The band hash of minhash.ts, and its inverse, to build posts whose band keys are chosen.
function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}
const inverse = (odd: number) => {
  let x = odd
  for (let step = 0; step < 5; step++) x = Math.imul(x, 2 - Math.imul(odd, x))
  return x
}
function unmix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, inverse(0xc2b2ae35))
  h ^= (h >>> 13) ^ (h >>> 26)
  h = Math.imul(h, inverse(0x85ebca6b))
  h ^= h >>> 16
  return h >>> 0
}
const firstBandKey = (sig: Uint32Array) => {
  let key = 0
  for (let row = 0; row < 4; row++) key = mix(key ^ sig[row]!)
  return key
}

describe('similarPairs: the sorted bands', () => {
  it('keeps the last of three posts apart from a post whose band key is one more', () => {
    const post = (seed: number) => Uint32Array.from({length: SIGNATURE_SIZE}, (_, at) => mix(seed * 1000 + at))
    const [a, b, c] = [post(1), post(2), post(3)]
    // b's first band hashes to c's plus one; the three share no band.
    const h = mix(mix(mix(0 ^ b[0]!) ^ b[1]!) ^ b[2]!)
    b[3] = (unmix((firstBandKey(c) + 1) >>> 0) ^ h) >>> 0
    expect(firstBandKey(b)).toBe((firstBandKey(c) + 1) >>> 0)
    expect(pairsOf([a, b, c], 0)).toEqual({pairs: [], compared: 0})
  })
})
