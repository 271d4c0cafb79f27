// ESLint's JSON shape, which editors and CI tools already read.
import type {Formatter} from './types.js'

export const json: Formatter = (results) =>
  JSON.stringify(
    results.map((result) => ({
      filePath: result.filePath,
      messages: result.messages,
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: result.fatalErrorCount,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      usedDeprecatedRules: []
    }))
  )
