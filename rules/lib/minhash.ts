// Near-duplicate search over many posts without comparing every pair: each post
// is reduced to a MinHash signature of its word 3-grams (512 bytes, never the
// text), and locality-sensitive hashing puts posts that share a band of the
// signature in one bucket; only those candidates are compared.

export const SIGNATURE_SIZE = 128
const BANDS = 32 // 32 bands of 4 rows: a pair at 85% similarity shares a band with probability > 0.9999
const ROWS = SIGNATURE_SIZE / BANDS
const SHINGLE = 3

const SEEDS = Uint32Array.from({length: SIGNATURE_SIZE}, (_, index) => mix(0x9e3779b9 ^ Math.imul(index + 1, 0x85ebca6b)))

function mix(value: number): number {
  let h = value >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** The signature of a list of words, or undefined when there are too few to judge. */
export function signature(words: readonly string[], minWords: number): Uint32Array | undefined {
  if (words.length < Math.max(minWords, SHINGLE)) return undefined
  const result = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff)
  const hashes = words.map(fnv1a)
  for (let start = 0; start + SHINGLE <= words.length; start++) {
    // Order matters: "tax cuts now" and "now tax cuts" are different 3-grams.
    const shingle = mix(mix(mix(hashes[start]!) ^ hashes[start + 1]!) ^ hashes[start + 2]!)
    for (let index = 0; index < SIGNATURE_SIZE; index++) {
      const value = mix(shingle ^ SEEDS[index]!)
      if (value < result[index]!) result[index] = value
    }
  }
  return result
}

function hashSignature(sig: Uint32Array): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < SIGNATURE_SIZE; index++) hash = Math.imul(hash ^ sig[index]!, 0x01000193)
  return hash >>> 0
}

/** Estimated Jaccard similarity of the two posts' 3-gram sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0
  for (let index = 0; index < SIGNATURE_SIZE; index++) if (a[index] === b[index]) same++
  return same / SIGNATURE_SIZE
}

/**
 * Pairs [i, j] (i < j) whose similarity is at least `threshold`, with it. Identical
 * signatures are grouped first, so a thousand copies of one post cost a thousand
 * look-ups, not half a million comparisons. `compared` counts similarity calls.
 */
export function similarPairs(signatures: readonly Uint32Array[], threshold: number) {
  const pairs: [number, number, number][] = []
  let compared = 0
  const firstOf = new Map<number, number[]>()
  const representatives: number[] = []
  signatures.forEach((sig, index) => {
    const key = hashSignature(sig)
    const firsts = firstOf.get(key)
    const first = firsts?.find((other) => similarity(signatures[other]!, sig) === 1)
    if (first !== undefined) pairs.push([first, index, 1])
    else {
      if (firsts) firsts.push(index)
      else firstOf.set(key, [index])
      representatives.push(index)
    }
  })

  const seen = new Set<number>()
  const n = signatures.length
  for (let band = 0; band < BANDS; band++) {
    const buckets = new Map<number, number[]>()
    for (const index of representatives) {
      const sig = signatures[index]!
      let key = band
      for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix(key ^ sig[row]!)
      const bucket = buckets.get(key)
      if (!bucket) {
        buckets.set(key, [index])
        continue
      }
      for (const other of bucket) {
        const pairKey = other * n + index
        if (seen.has(pairKey)) continue
        seen.add(pairKey)
        compared++
        const value = similarity(signatures[other]!, sig)
        if (value >= threshold) pairs.push([other, index, value])
      }
      bucket.push(index)
    }
  }
  return {pairs, compared}
}
