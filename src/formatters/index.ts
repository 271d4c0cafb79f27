import {compact} from './compact.js'
import {github} from './github.js'
import {html} from './html.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Formatter, FormatContext, Totals} from './types.js'
import type {LintResult} from '../results.js'

export const formatters: Record<string, Formatter> = {stylish, json, compact, sarif, github, junit, html}
export type {FormatContext, Formatter, FormatterRun, RuleInfo, Totals} from './types.js'

/** Formats a whole set of results at once (for tests and small runs). */
export function formatAll(formatter: Formatter, results: readonly LintResult[], context: FormatContext): string {
  const run = formatter(context)
  const totals: Totals = {errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0}
  let output = ''
  for (const result of results) {
    output += run.file(result)
    addTotals(totals, result)
  }
  return output + run.end(totals)
}

export function addTotals(totals: Totals, result: LintResult): void {
  totals.errorCount += result.errorCount
  totals.warningCount += result.warningCount
  totals.fixableErrorCount += result.fixableErrorCount
  totals.fixableWarningCount += result.fixableWarningCount
}
