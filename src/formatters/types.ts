import path from 'node:path'
import type {ChalkInstance} from 'chalk'
import type {Locale} from '../lang/languages.js'
import {fill, plural} from '../lang/messages.js'
import type {LintResult} from '../results.js'
import {TEXTS} from './texts.js'

/** What report formats say about a rule (SARIF and html list them), in the user's locale; `docs` is an absolute URL. */
export type RuleInfo = {id: string; name: string; description: string; docs: string}

/**
 * `canFix` says whether this run offers --fix, so the summary does not point at a flag that is not there.
 * `version` and `rules` describe the tool, for formats that carry it (SARIF, html).
 * `locale`: the language of what the report says itself (default English).
 */
export type FormatContext = {cwd: string; color: ChalkInstance; canFix: boolean; version?: string; rules?: readonly RuleInfo[]; locale?: Locale}

export type Totals = {errorCount: number; warningCount: number; fixableErrorCount: number; fixableWarningCount: number}

/**
 * A formatter writes as results arrive, so a run over tens of thousands of drafts
 * never holds every result in memory: `file` returns the text for one draft, `end`
 * the text after the last one.
 */
export type FormatterRun = {file(result: LintResult): string; end(totals: Totals): string}
export type Formatter = (context: FormatContext) => FormatterRun

/** The path as the user would type it from the working folder; "<text>" stays as is. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath.startsWith('<')) return filePath
  return path.relative(cwd, filePath) || filePath
}

/** "1 error", "2 warnings", "0 erreur": a count in the locale's plural form. */
export function counted(kind: 'problems' | 'errors' | 'warnings', count: number, locale: Locale): string {
  return fill(TEXTS[`${kind}-${plural(count, locale)}`], {count}, locale)
}
