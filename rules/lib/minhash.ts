// Near-duplicate search over many posts without comparing every pair: each post
// is reduced to a MinHash signature of its word 3-grams (512 bytes, never the
// text), and locality-sensitive hashing puts posts that share a band of the
// signature in one bucket; only those candidates are compared.
import {partitionPoint} from './search.js'

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

// Each post that looks for its earlier near-duplicates compares at most this many
// candidates on average over the run; a run with few such posts (one draft against a large
// history) lets each of them look further. This keeps the search O(n) in time and memory
// however many posts share buckets (a template used ten thousand times), at the cost of
// missing a near-duplicate hidden among more than that many look-alikes.
export const CANDIDATES_PER_POST = 64

/**
 * Calls `onPair(earlier, later, similarity)` for pairs of posts at least `threshold` alike,
 * where `later` is a post that `looks` for its repeats (a draft; a published post does not
 * look, but is found). Identical signatures are paired first, by hash, so a thousand copies
 * cost a thousand look-ups. Then, for each band, the posts are sorted by the band's hash
 * (n log n); a looking post walks its bucket back from itself, nearest earlier post first,
 * one band after the other, until its share of the budget is spent. Memory: 8 bytes per
 * post and band, whatever the number of pairs. `compared` counts similarity calls.
 */
export function similarPairs(
  signatures: readonly Uint32Array[],
  threshold: number,
  looks: (index: number) => boolean,
  onPair: (earlier: number, later: number, value: number) => void
): {compared: number} {
  const n = signatures.length
  let compared = 0
  const firstOf = new Map<number, number[]>()
  const representatives: number[] = []
  for (let index = 0; index < n; index++) {
    const sig = signatures[index]!
    const key = hashSignature(sig)
    const firsts = firstOf.get(key)
    const first = firsts?.find((other) => similarity(signatures[other]!, sig) === 1)
    if (first !== undefined) {
      if (looks(index)) onPair(first, index, 1)
    } else {
      if (firsts) firsts.push(index)
      else firstOf.set(key, [index])
      representatives.push(index)
    }
  }
  firstOf.clear()

  const count = representatives.length
  const lookers = representatives.filter(looks).length
  if (lookers === 0) return {compared}
  const budget = Math.max(CANDIDATES_PER_POST, Math.floor((CANDIDATES_PER_POST * n) / lookers))
  const bands = Array.from({length: BANDS}, (_, band) => sortedBand(band, representatives, signatures))
  // stamp[i] === looker + 1 when post i was already a candidate of this looker (no per-post set).
  const stamp = new Int32Array(count)
  const cursor = new Int32Array(BANDS)
  const keys = new Uint32Array(BANDS)
  for (let rank = 0; rank < count; rank++) {
    const index = representatives[rank]!
    if (!looks(index)) continue
    for (let band = 0; band < BANDS; band++) {
      const {order, keys: sorted, keyOf} = bands[band]!
      keys[band] = keyOf(rank)
      cursor[band] = positionOf(order, sorted, keys[band]!, rank) - 1
    }
    // Each step takes one candidate or skips one already taken, and a candidate is met
    // at most once per band: a post costs at most BANDS × its budget steps.
    let left = budget
    for (let active = true; active && left > 0; ) {
      active = false
      for (let band = 0; band < BANDS && left > 0; band++) {
        const at = cursor[band]!
        if (at < 0) continue
        const {order, keys: sorted} = bands[band]!
        if (sorted[at] !== keys[band]) {
          cursor[band] = -1
          continue
        }
        cursor[band] = at - 1
        active = true
        const other = order[at]!
        if (stamp[other] === rank + 1) continue
        stamp[other] = rank + 1
        left--
        compared++
        const value = similarity(signatures[representatives[other]!]!, signatures[index]!)
        if (value >= threshold) onPair(representatives[other]!, index, value)
      }
    }
  }
  return {compared}
}

type Band = {order: Int32Array; keys: Uint32Array; keyOf: (rank: number) => number}

/** The representatives (by rank) sorted by their hash of one band, then by rank. */
function sortedBand(band: number, representatives: readonly number[], signatures: readonly Uint32Array[]): Band {
  const count = representatives.length
  const rankBits = Math.max(1, Math.ceil(Math.log2(count + 1)))
  // Key and rank packed in one float (53 bits) so a typed-array sort does the work; past
  // 2^21 posts the key keeps fewer bits, which only adds candidates.
  const keyBits = Math.min(32, 53 - rankBits)
  const keyOf = (rank: number) => {
    const sig = signatures[representatives[rank]!]!
    let key = band
    for (let row = band * ROWS; row < (band + 1) * ROWS; row++) key = mix(key ^ sig[row]!)
    return keyBits === 32 ? key : key >>> (32 - keyBits)
  }
  const packed = new Float64Array(count)
  for (let rank = 0; rank < count; rank++) packed[rank] = keyOf(rank) * 2 ** rankBits + rank
  packed.sort()
  const order = new Int32Array(count)
  const keys = new Uint32Array(count)
  for (let at = 0; at < count; at++) {
    const value = packed[at]!
    const rank = value % 2 ** rankBits
    order[at] = rank
    keys[at] = (value - rank) / 2 ** rankBits
  }
  return {order, keys, keyOf}
}

/** Where `rank` sits in its band's sorted order (binary search on key, then rank). */
function positionOf(order: Int32Array, keys: Uint32Array, key: number, rank: number): number {
  return partitionPoint(order.length, (at) => keys[at]! < key || (keys[at] === key && order[at]! < rank))
}
