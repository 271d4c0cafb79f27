// The shape of what a run produces, shared by the engine and the formatters.
// It follows ESLint's JSON output, which other tools already read.
import type {Fix, Suggestion} from '../rules/types.js'

export type Diagnostic = {
  ruleId: string | null
  messageId?: string
  severity: 1 | 2
  fatal?: true
  message: string
  line: number
  column: number
  endLine?: number
  endColumn?: number
  fix?: Fix
  suggestions?: Suggestion[]
}

export type LintResult = {
  /** Absolute path, or "<text>" for standard input without --stdin-filename. */
  filePath: string
  messages: Diagnostic[]
  errorCount: number
  fatalErrorCount: number
  warningCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The fixed text, when --fix or --fix-dry-run changed the draft (as in ESLint's results). */
  output?: string
  /** The post's language, declared or detected ("und" when none could be told); absent for a file that was not linted. */
  lang?: string
  /** The draft as linted, and the length of each of its parts on its platform: only for reports that show the post (html). */
  source?: string
  lengths?: PostLength[]
  /** Ranges of `source` that will not be published (front matter, parllint comments). */
  notPosted?: [number, number][]
  /** A file named on the command line that an ignore rule matches: its notice never counts toward --max-warnings. */
  ignored?: true
}

/** The length of a post, or of part `part` of a thread of `of` parts, as its platform counts it; `unit` in the user's locale. */
export type PostLength = {count: number; limit: number; unit: string; platform: string; part: number; of: number}

export type ResultExtras = Partial<Pick<LintResult, 'lang' | 'source' | 'lengths' | 'notPosted' | 'ignored'>>

export function toResult(filePath: string, messages: Diagnostic[], output?: string, extras?: ResultExtras): LintResult {
  const result: LintResult = {
    filePath,
    messages,
    ...(output === undefined ? {} : {output}),
    ...extras,
    errorCount: 0,
    fatalErrorCount: 0,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0
  }
  for (const message of messages) {
    if (message.severity === 2) {
      result.errorCount++
      if (message.fatal) result.fatalErrorCount++
      if (message.fix) result.fixableErrorCount++
    } else {
      result.warningCount++
      if (message.fix) result.fixableWarningCount++
    }
  }
  return result
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? '')
}
