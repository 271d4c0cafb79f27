// Fixing until nothing more can be fixed, as ESLint does. One pass (fix.ts) takes the
// fixes that do not overlap; a fix that overlapped, or a problem the first fixes
// uncovered, waits for the draft to be linted again. At most MAX_FIX_PASSES passes,
// so two fixes that undo each other cannot loop forever.
import type {Diagnostic} from '../results.js'
import {applyFixes} from './fix.js'

export const MAX_FIX_PASSES = 10

/** Lints, fixes and lints again until no fix applies; `first` is the lint of `text` when the caller has it already. */
export async function fixUntilStable<T extends {messages: readonly Diagnostic[]}>(
  text: string,
  lint: (text: string) => Promise<T>,
  first?: T
): Promise<{output: string; result: T; passes: number}> {
  let output = text
  let result = first ?? (await lint(text))
  let passes = 0
  while (passes < MAX_FIX_PASSES) {
    const fixed = applyFixes(output, result.messages)
    if (fixed.applied === 0 || fixed.output === output) break
    output = fixed.output
    result = await lint(output)
    passes++
  }
  return {output, result, passes}
}
