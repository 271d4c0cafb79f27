import type {ChalkInstance} from 'chalk'
import type {LintResult} from '../results.js'

export type FormatContext = {cwd: string; color: ChalkInstance}
export type Formatter = (results: readonly LintResult[], context: FormatContext) => string

export function relativePath(filePath: string, cwd: string, relative: (from: string, to: string) => string): string {
  if (filePath.startsWith('<')) return filePath
  return relative(cwd, filePath) || filePath
}
