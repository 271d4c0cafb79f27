// Binary search over anything sorted: the engine and the rules use it to look up offsets
// among ranges in O(log n), where a scan per look-up would be quadratic in a long post.

/** The first index in [0, length) for which `before(index)` is false; `before` must be true, then false. */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0
  let high = length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (before(middle)) low = middle + 1
    else high = middle
  }
  return low
}
