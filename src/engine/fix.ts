// Applies the rules' fixes to a draft in one pass: sorted by position, and a fix
// that overlaps one already taken waits for the next run (ESLint's rule).
import type {Diagnostic} from '../results.js'

export function applyFixes(text: string, diagnostics: readonly Diagnostic[]): {output: string; applied: number} {
  const fixes = diagnostics
    .flatMap((diagnostic) => (diagnostic.fix ? [diagnostic.fix] : []))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  let output = ''
  let last = 0
  let applied = 0
  for (const {range, text: replacement} of fixes) {
    if (range[0] < last) continue
    output += text.slice(last, range[0]) + replacement
    last = range[1]
    applied++
  }
  return {output: output + text.slice(last), applied}
}
